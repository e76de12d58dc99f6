package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.credit.Receivables;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InvoiceView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One customer before taking an order: who they are and how much credit is left, as of the last sync. */
final class CustomerScreen implements Screen {

    /** Credit use above which the bar turns amber: the next big order may go on hold. */
    private static final double TIGHT = 0.8;
    private static final int RECENT_ORDERS = 5;

    private final DeviceSync sync;
    private final CustomerView initial;
    private final BorderPane view = new BorderPane();
    private final Label limit = new Label();
    private final Label receivables = new Label();
    private final Label overdue = new Label();
    private final MessageLine overdueNote = new MessageLine();
    private final Label openOrders = new Label();
    private final Label available = new Label();
    private final MessageLine creditNote = new MessageLine();
    private final Label heading = Widgets.label("", "screen-heading");
    private final Label detail = Widgets.label("", "screen-subheading");
    private final ProgressBar usage = new ProgressBar();
    private final VBox recentOrders = new VBox();
    private final ContactCard contact;

    CustomerScreen(DeviceSync sync, CustomerView customer, RepScreens screens) {
        this.sync = sync;
        this.initial = customer;
        this.contact = new ContactCard(() -> screens.openContactEdit(current()));
        available.setId("credit-available");
        creditNote.setId("credit-note");
        overdue.setId("receivables-overdue");
        overdueNote.setId("overdue-note");
        usage.getStyleClass().add("credit-bar");
        usage.setMaxWidth(Double.MAX_VALUE);
        recentOrders.getStyleClass().add("lines");
        VBox credit = Widgets.card(Widgets.label("Credit", "card-title"), usage,
                Widgets.row("Credit limit", limit),
                Widgets.row("Open invoices", receivables),
                Widgets.row("Overdue", overdue),
                Widgets.row("Open orders", openOrders),
                Widgets.row("Available", available),
                overdueNote,
                creditNote);
        Button newOrder = Widgets.primaryButton("New order", () -> screens.openNewOrder(current()));
        newOrder.setId("new-order");
        ScrollPane scroll = new ScrollPane(Widgets.column(heading, detail, credit, contact,
                Widgets.label("Recent orders", "section-title"), recentOrders));
        scroll.setFitToWidth(true);
        VBox footer = new VBox(newOrder);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        refresh();
    }

    /** The customer as the replica now has it: a sync may have brought a new limit. */
    private CustomerView current() {
        return sync.localState().replica().customer(initial.id()).orElse(initial);
    }

    @Override
    public void refresh() {
        CustomerView customer = current();
        heading.setText(customer.name());
        detail.setText(customer.code() + " · " + customer.city() + " · price list " + customer.priceList());
        limit.setText(Formats.money(customer.creditLimit()));
        receivables.setText(Formats.money(customer.openReceivables()));
        openOrders.setText(Formats.money(customer.openOrders()));
        showOverdue(customer);
        showUsage(customer);
        showRecentOrders(customer);
        boolean editWaits = sync.localState().pending().contains(new EntityKey(CustomerView.TYPE, customer.id()));
        contact.show(customer.contact(), editWaits ? ContactCard.Source.UNSYNCED_EDIT : ContactCard.Source.OFFICE);
        CreditLeft left = CreditLeft.of(customer);
        available.setText(left.text());
        if (left.isOverLimit()) {
            creditNote.show("Already over the limit: new orders wait for credit approval.", Tone.WARNING);
        } else {
            creditNote.clear();
        }
    }

    /** Aged with this device's calendar: an invoice falls overdue at midnight, synced or not. */
    private void showOverdue(CustomerView customer) {
        List<InvoiceView> invoices = sync.localState().replica().all(InvoiceView.class)
                .filter(i -> customer.id().equals(i.customerId())).toList();
        Receivables aged = Receivables.of(invoices, LocalDate.now(sync.clock()), customer.creditLimit().currency());
        overdue.setText(Formats.money(aged.overdue()));
        if (aged.hasOverdue()) {
            overdueNote.show(aged.overdueInvoices() + (aged.overdueInvoices() == 1 ? " invoice is" : " invoices are")
                    + " past due, the oldest by " + aged.oldestDaysOverdue() + (aged.oldestDaysOverdue() == 1 ? " day" : " days")
                    + ": ask about payment.", Tone.WARNING);
        } else {
            overdueNote.clear();
        }
    }

    private void showUsage(CustomerView customer) {
        BigDecimal limitAmount = customer.creditLimit().amount();
        double used = limitAmount.signum() == 0 ? 1
                : customer.exposure().total().amount().divide(limitAmount, 4, RoundingMode.HALF_UP).doubleValue();
        usage.setProgress(Math.min(1, Math.max(0, used)));
        usage.getStyleClass().removeAll("credit-tight", "credit-over");
        if (used > 1) {
            usage.getStyleClass().add("credit-over");
        } else if (used > TIGHT) {
            usage.getStyleClass().add("credit-tight");
        }
    }

    private void showRecentOrders(CustomerView customer) {
        List<OrderView> orders = sync.localState().replica().all(OrderView.class)
                .filter(o -> customer.id().equals(o.customerId()))
                .sorted(Comparator.comparing(OrderView::placedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed())
                .limit(RECENT_ORDERS)
                .toList();
        recentOrders.getChildren().setAll(orders.stream().map(CustomerScreen::orderLine).toList());
        if (orders.isEmpty()) {
            recentOrders.getChildren().add(Widgets.label("No orders on this device yet.", "hint"));
        }
    }

    private static HBox orderLine(OrderView order) {
        boolean waiting = order.status() == OrderStatus.AWAITING_SYNC;
        HBox line = new HBox(10, Widgets.label(waiting ? "New order" : order.number(), "cell-title"), Widgets.grow(),
                Widgets.label(Formats.money(order.total()), "row-value"),
                Widgets.label(order.status().title(), "chip", waiting ? "chip-waiting"
                        : "chip-order-" + order.status().name().toLowerCase(Locale.ROOT)));
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("card");
        return line;
    }

    @Override
    public String title() {
        return "Customer";
    }

    @Override
    public Node view() {
        return view;
    }
}
