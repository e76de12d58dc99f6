package dev.depot.server.admin;

import dev.depot.model.views.OrderStatus;
import java.util.List;

/** The order page: its frame and the panel that actions swap. */
public record OrderDetailView(Layout layout, Panel panel) {

    /** Everything about one order the back office acts on; re-rendered alone after an htmx action. */
    public record Panel(Header header, List<LineRow> lines, Totals totals, List<TimelineRow> timeline, List<OrderAction> actions,
                        Notice notice, String reasonError, String csrf) {

        public String actionPath(OrderAction action) {
            return header.path() + "/" + action.slug();
        }

        public String csrfField() {
            return Csrf.FIELD;
        }
    }

    /** Who and what the order is, and where it stands. */
    public record Header(String path, String number, String customer, OrderStatus status, String holdReason, String placedAt,
                         String warehouse, String reference, String shipTo, String carrier, boolean rush) {
    }

    /** One order line and what has happened to it so far. */
    public record LineRow(int number, String sku, String item, String quantity, String reserved, String backordered, String picked,
                          String shipped, String unitPrice, String discount, String net) {
    }

    /** The order's money. */
    public record Totals(String subtotal, String tax, String total) {
    }

    /** One step in the order's life: when, what, who. */
    public record TimelineRow(String at, String isoAt, String what, String detail, String who) {
    }
}
