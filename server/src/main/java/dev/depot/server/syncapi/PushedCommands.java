package dev.depot.server.syncapi;

import dev.depot.model.commands.Outcome;
import dev.depot.server.platform.Ids;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The commands devices pushed, as the back office counts them. */
public final class PushedCommands {

    private static final String PER_DEVICE = "select c.deviceId, count(c) from PushedCommand c where c.deviceId in :devices";
    private static final String GROUPED = " group by c.deviceId";

    private final EntityManager em;

    public PushedCommands(EntityManager em) {
        this.em = em;
    }

    /** How many commands each device pushed and how many of them were rejected; a device that pushed nothing is absent. */
    public Map<UUID, Tally> tallies(Collection<UUID> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> devices = List.copyOf(deviceIds);
        Map<UUID, Long> pushed = counts(em.createQuery(PER_DEVICE + GROUPED, Object[].class).setParameter("devices", devices));
        Map<UUID, Long> rejected = counts(em.createQuery(PER_DEVICE + " and c.outcome = :outcome" + GROUPED, Object[].class)
                .setParameter("devices", devices)
                .setParameter("outcome", Outcome.REJECTED));
        Map<UUID, Tally> tallies = new HashMap<>();
        pushed.forEach((device, count) -> tallies.put(device, new Tally(count, rejected.getOrDefault(device, 0L))));
        return tallies;
    }

    private static Map<UUID, Long> counts(TypedQuery<Object[]> query) {
        Map<UUID, Long> counts = new HashMap<>();
        query.getResultStream().forEach(row -> counts.put(Ids.fromColumn(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** A device's pushed commands: all of them, and those the server rejected. */
    public record Tally(long pushed, long rejected) {

        public static final Tally NONE = new Tally(0, 0);
    }
}
