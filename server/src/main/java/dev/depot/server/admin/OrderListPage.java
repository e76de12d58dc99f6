package dev.depot.server.admin;

import dev.depot.model.views.OrderStatus;
import dev.depot.server.orders.Orders;
import dev.depot.server.orders.SalesOrder;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin} and {@code /admin/orders}: the order desk's list, newest first, searched by number or
 * customer and filtered by status. An htmx search gets only the results back; without JavaScript the
 * same address answers the whole page.
 */
final class OrderListPage implements HttpService {

    static final int PAGE_SIZE = 25;
    private static final List<OrderStatus> CHIPS = List.of(OrderStatus.ON_HOLD, OrderStatus.OPEN, OrderStatus.RELEASED,
            OrderStatus.PICKED, OrderStatus.SHIPPED, OrderStatus.INVOICED, OrderStatus.CANCELLED);

    private final Transactions transactions;
    private final Orders orders;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    OrderListPage(Transactions transactions, Orders orders, AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.orders = orders;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", guard.page(this::list))
                .get("/orders", guard.page(this::list));
    }

    private void list(ServerRequest req, ServerResponse res, AdminSession session) {
        String text = req.query().first("q").orElse("").strip();
        OrderStatus status = status(req.query().first("status").orElse(""));
        PageRequest page = PageRequest.of(req, PAGE_SIZE);
        record Found(List<OrderListView.OrderRow> rows, Map<OrderStatus, Long> counts) {
        }
        Found found = transactions.inTransaction(em -> new Found(
                orders.search(em, status, text, page.offset(), page.limit() + 1).stream().map(this::row).toList(),
                orders.countByStatus(em)));
        List<OrderListView.OrderRow> rows = found.rows().stream().limit(page.limit()).toList();
        PageLinks paging = PageLinks.of(page, rows.size(), found.rows().size() > page.limit(), offset -> address(text, status, offset));
        OrderListView view = new OrderListView(Layout.of("Orders", Layout.Section.ORDERS, session), text,
                chips(found.counts(), status), rows, paging, emptyMessage(text, status, found.counts()));
        pages.render(res, Pages.wantsFragment(req) ? "orderResults" : "orders", view);
    }

    private OrderListView.OrderRow row(SalesOrder order) {
        return new OrderListView.OrderRow(OrderDetails.path(order.id()), order.number(), order.customerName(), order.status(),
                display.time(order.placedAt()), display.money(order.total()));
    }

    private static List<OrderListView.StatusChip> chips(Map<OrderStatus, Long> counts, OrderStatus selected) {
        List<OrderListView.StatusChip> chips = new ArrayList<>();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        chips.add(new OrderListView.StatusChip("", "All", all, selected == null));
        for (OrderStatus status : CHIPS) {
            long count = counts.getOrDefault(status, 0L);
            if (status != OrderStatus.CANCELLED || count > 0) {
                chips.add(new OrderListView.StatusChip(status.name(), status.title(), count, status == selected));
            }
        }
        return chips;
    }

    private static String emptyMessage(String text, OrderStatus status, Map<OrderStatus, Long> counts) {
        if (counts.isEmpty()) {
            return "No orders yet. Orders taken by reps and the order desk appear here as soon as they are placed.";
        }
        String which = status == null ? "orders" : status.title().toLowerCase() + " orders";
        return text.isEmpty() ? "No " + which + " right now." : "No " + which + " match \u201c" + text + "\u201d.";
    }

    private static String address(String text, OrderStatus status, int offset) {
        StringBuilder url = new StringBuilder(OrderListView.PATH).append("?q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        if (status != null) {
            url.append("&status=").append(status.name());
        }
        return url.append("&offset=").append(offset).toString();
    }

    /** An unknown status in the address shows all orders rather than an error. */
    private static OrderStatus status(String text) {
        return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }
}
