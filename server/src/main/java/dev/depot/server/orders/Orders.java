package dev.depot.server.orders;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.OrderStatus;
import dev.depot.server.audit.Actor;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.model.views.OrderView;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sales orders, and the two things every order use case does after changing one: write its
 * timeline and publish its new state to the devices of its customer and of the person who placed it.
 */
public final class Orders implements SnapshotSource {

    private final ChangeLog changes;
    private final Clock clock;

    public Orders(ChangeLog changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Optional<SalesOrder> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(SalesOrder.class, id));
    }

    /** The order, locked to the end of the transaction: one change at a time. */
    SalesOrder lock(EntityManager em, UUID id) {
        SalesOrder order = em.find(SalesOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw ProblemException.notFound("order " + id);
        }
        return order;
    }

    /** The orders of a warehouse in this status, oldest first: a queue on the floor. */
    public List<SalesOrder> inWarehouse(EntityManager em, UUID warehouseId, OrderStatus status) {
        return em.createQuery("select o from SalesOrder o where o.warehouseId = :w and o.status = :status order by o.placedAt, o.number",
                        SalesOrder.class)
                .setParameter("w", warehouseId).setParameter("status", status).getResultList();
    }

    /** Orders newest first, optionally only one status, optionally matching a number or customer name. */
    public List<SalesOrder> search(EntityManager em, OrderStatus status, String text, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select o from SalesOrder o where 1 = 1");
        if (status != null) {
            jpql.append(" and o.status = :status");
        }
        boolean hasText = text != null && !text.isBlank();
        if (hasText) {
            jpql.append(" and (lower(o.number) like :text or lower(o.customerName) like :text)");
        }
        jpql.append(" order by o.placedAt desc, o.number desc");
        TypedQuery<SalesOrder> query = em.createQuery(jpql.toString(), SalesOrder.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (hasText) {
            query.setParameter("text", "%" + text.strip().toLowerCase() + "%");
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many orders stand in each status (statuses without orders are absent): one grouped query. */
    public Map<OrderStatus, Long> countByStatus(EntityManager em) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        em.createQuery("select o.status, count(o) from SalesOrder o group by o.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OrderStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<OrderEvent> timeline(EntityManager em, UUID orderId) {
        return em.createQuery("select e from OrderEvent e where e.orderId = :id order by e.at, e.id", OrderEvent.class)
                .setParameter("id", orderId).getResultList();
    }

    Instant now() {
        return clock.instant();
    }

    void record(EntityManager em, SalesOrder order, String kind, String detail, Actor actor) {
        em.persist(new OrderEvent(UuidV7.next(), order.id(), clock.instant(), kind, detail, actor.name()));
    }

    /**
     * Publishes the order's new state. The version is forced up, because a change to its lines alone
     * would leave the order's version where it was and devices would ignore the news.
     */
    void publish(EntityManager em, SalesOrder order) {
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        changes.publish(em, order.view(), order.version(), List.of(Scope.customer(order.customerId()), Scope.user(order.placedBy())));
    }

    @Override
    public String entityType() {
        return OrderView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        String field = switch (scope.kind()) {
            case "customer" -> "customerId";
            case "user" -> "placedBy";
            default -> null;
        };
        if (field == null) {
            return List.of();
        }
        return page.upserts(em.createQuery("select o from SalesOrder o where o." + field + " = :id and o.id > :after order by o.id",
                        SalesOrder.class).setParameter("id", scope.id()),
                scope, SalesOrder::view, SalesOrder::version);
    }
}
