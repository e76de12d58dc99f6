package dev.depot.server.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registered devices. */
public final class Devices {

    private final EntityManager em;

    public Devices(EntityManager em) {
        this.em = em;
    }

    public Optional<Device> byTokenHash(String tokenHash) {
        return em.createQuery("select d from Device d where d.tokenHash = :hash", Device.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public Optional<Device> byId(UUID id) {
        return Optional.ofNullable(em.find(Device.class, id));
    }

    /**
     * Loads the device and locks its row until the transaction ends: the device's commands are
     * applied one at a time, in seq order, even when two pushes race.
     */
    public Device lockForCommands(UUID id) {
        Device device = em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (device == null) {
            throw new IllegalStateException("device " + id + " vanished");
        }
        return device;
    }

    public void add(Device device) {
        em.persist(device);
    }

    /**
     * Writes down a device's call: when, and the app version it runs. A plain update that leaves the
     * row's version alone: it is bookkeeping, and must never make a push that holds the row fail.
     */
    void checkIn(UUID id, Instant at, String appVersion) {
        em.createNativeQuery("UPDATE device SET last_seen_at = ?, app_version = ? WHERE id = ?")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, appVersion)
                .setParameter(3, id)
                .executeUpdate();
    }

    /**
     * One page of devices with their people, the most recently seen first; only those of people in
     * {@code warehouse} when it is given.
     */
    List<Registered> page(Optional<UUID> warehouse, int offset, int limit) {
        String where = warehouse.isPresent() ? " and u.warehouseId = :warehouse" : "";
        var query = em.createQuery("select d, u from Device d, UserAccount u where d.userId = u.id" + where
                        + " order by d.lastSeenAt desc, d.id", Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        warehouse.ifPresent(w -> query.setParameter("warehouse", w));
        return query.getResultStream().map(row -> new Registered((Device) row[0], (UserAccount) row[1])).toList();
    }

    /** A device and the person it was registered for. */
    public record Registered(Device device, UserAccount owner) {
    }
}
