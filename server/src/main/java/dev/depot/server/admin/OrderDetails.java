package dev.depot.server.admin;

import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.orders.OrderEvent;
import dev.depot.server.orders.OrderLine;
import dev.depot.server.orders.Orders;
import dev.depot.server.orders.SalesOrder;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.waves.Priority;
import dev.depot.server.waves.Waves;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads one order, its lines and its timeline into the order page's panel, with the actions this person may take. */
final class OrderDetails {

    private final Orders orders;
    private final Inventory inventory;
    private final Waves waves;
    private final Display display;

    OrderDetails(Orders orders, Inventory inventory, Waves waves, Display display) {
        this.orders = orders;
        this.inventory = inventory;
        this.waves = waves;
        this.display = display;
    }

    static String path(UUID orderId) {
        return OrderListView.PATH + "/" + orderId;
    }

    /** What the panel shows besides the order itself: a message, a field error, the form token. */
    record Extras(Notice notice, String reasonError) {
    }

    OrderDetailView.Panel panel(EntityManager em, UUID orderId, AdminSession session, Extras extras) {
        SalesOrder order = orders.byId(em, orderId).orElseThrow(() -> ProblemException.notFound("order " + orderId));
        String warehouse = inventory.warehouse(em, order.warehouseId()).map(Warehouse::name).orElse("");
        List<OrderAction> actions = Arrays.stream(OrderAction.values())
                .filter(a -> a.isOffered(order.status(), session.caller().role()))
                .filter(a -> a != OrderAction.RUSH || order.priority() != Priority.RUSH)
                .toList();
        String carrier = order.carrierCode() == null ? "—"
                : waves.carrier(em, order.carrierCode()).map(c -> c.name() + " · " + c.cutoff()).orElse(order.carrierCode());
        return new OrderDetailView.Panel(header(order, warehouse, carrier), order.lines().stream().map(this::line).toList(),
                new OrderDetailView.Totals(display.money(order.subtotal()), display.money(order.tax()), display.money(order.total())),
                orders.timeline(em, orderId).stream().map(this::step).toList(), actions, extras.notice(), extras.reasonError(),
                session.csrf());
    }

    private OrderDetailView.Header header(SalesOrder order, String warehouse, String carrier) {
        return new OrderDetailView.Header(path(order.id()), order.number(), order.customerName(), order.status(),
                Display.capitalized(order.holdReason()), display.time(order.placedAt()), warehouse, order.customerReference(),
                order.shipTo(), carrier, order.priority() == Priority.RUSH);
    }

    private OrderDetailView.LineRow line(OrderLine line) {
        return new OrderDetailView.LineRow(line.lineNumber(), line.sku(), line.itemName(), Display.quantity(line.quantity()),
                Display.quantity(line.reserved()), Display.quantity(line.backordered()), Display.quantity(line.picked()),
                Display.quantity(line.shipped()), display.money(line.unitPrice()), Display.percent(line.discountPercent()),
                display.money(line.net()));
    }

    private OrderDetailView.TimelineRow step(OrderEvent event) {
        return new OrderDetailView.TimelineRow(display.time(event.at()), event.at().toString(), what(event.kind()),
                Display.capitalized(event.detail()), event.actor());
    }

    /** CREDIT_HOLD reads "Credit hold": event kinds are named for people already, only in capitals. */
    static String what(String kind) {
        String words = Arrays.stream(kind.split("_")).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        return words.isEmpty() ? kind : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
