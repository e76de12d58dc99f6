package dev.depot.server.admin;

import dev.depot.model.views.OrderStatus;
import java.util.List;

/** The orders page: the search as typed, the status chips, one page of orders, and what to say when there are none. */
public record OrderListView(Layout layout, String query, List<StatusChip> chips, List<OrderRow> rows, PageLinks paging,
                            String emptyMessage) {

    public static final String PATH = "/admin/orders";

    /** One order in the table. */
    public record OrderRow(String href, String number, String customer, OrderStatus status, String placedAt, String total) {
    }

    /** A status filter with how many orders have that status; {@code value} is empty for "all". */
    public record StatusChip(String value, String label, long count, boolean selected) {

        public String id() {
            return "status-" + (value.isEmpty() ? "all" : value.toLowerCase());
        }
    }

    public String path() {
        return PATH;
    }
}
