package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.model.views.OrderStatus;
import dev.depot.server.orders.OrderRoutes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The steps the back office takes on an order, each offered only where the order stands and to the
 * roles the API lets take it (the same role sets as {@link OrderRoutes}).
 */
public enum OrderAction {
    RELEASE("release", "Release to warehouse", OrderStatus.OPEN, OrderRoutes.RELEASERS, "Released to the warehouse."),
    RUSH("rush", "Rush", OrderStatus.OPEN, OrderRoutes.RELEASERS, "Marked rush: the wave planner puts it in the first waves."),
    RELEASE_HOLD("release-hold", "Release hold", OrderStatus.ON_HOLD, OrderRoutes.CREDIT_CONTROL,
            "Credit hold released: the order is open again."),
    SHIP("ship", "Confirm shipment", OrderStatus.PICKED, OrderRoutes.SHIPPERS, "Shipped: the goods issue is posted."),
    INVOICE("invoice", "Invoice", OrderStatus.SHIPPED, OrderRoutes.INVOICERS, "Invoiced.");

    private final String slug;
    private final String label;
    private final OrderStatus from;
    private final Set<Role> roles;
    private final String done;

    OrderAction(String slug, String label, OrderStatus from, Set<Role> roles, String done) {
        this.slug = slug;
        this.label = label;
        this.from = from;
        this.roles = roles;
        this.done = done;
    }

    static Optional<OrderAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }

    /** Whether to show the button: the order is where this step starts, and the role may take it. */
    boolean isOffered(OrderStatus status, Role role) {
        return status == from && roles.contains(role);
    }

    boolean isAllowedFor(Role role) {
        return roles.contains(role);
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return this == RELEASE_HOLD;
    }

    /** What the page says after the step, when the use case gives nothing more precise. */
    String done() {
        return done;
    }
}
