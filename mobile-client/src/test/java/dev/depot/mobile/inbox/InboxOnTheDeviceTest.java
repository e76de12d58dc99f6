package dev.depot.mobile.inbox;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.identity.Role;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.StockLevelView;
import dev.depot.server.identity.Caller;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The inbox on the real app over a real server: what the office decided reaches the rep's and the
 * picker's phone with a badge, an entry opens the order it is about, and reading it is a command
 * that works while the server is down.
 */
class InboxOnTheDeviceTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path phone;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    private static Fixtures.TestWarehouse main;
    private static Fixtures.TestItem gloves;
    private static RunningDepot.TestUser rep;
    private static UUID customer;

    @BeforeAll
    static void aCustomerWithASmallCreditLimit() {
        Fixtures fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        gloves = fixtures.item("GLOVES", "8.90");
        fixtures.stock(gloves, main, "A-01-1", 40);
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-7", rep.id(), main, "50.00", "0");
    }

    @Test
    void aRepSeesTheHoldAndItsReleaseAndReadsThemOffline() {
        app = screen.connectedTo(phone, depot.uri());
        app.signIn(rep.username(), RunningDepot.PASSWORD);
        waitUntil("the phone has the customer", () -> app.device().sync().localState().replica().customer(customer).isPresent());
        robot.clickOn("C-7 Trading");
        robot.clickOn("#new-order");
        for (int i = 0; i < 10; i++) {
            app.scan(gloves.gtin());
        }
        robot.clickOn("#place-order");
        // The app may already have synced it away from the outbox: the order is in what the person sees either way.
        UUID orderId = app.device().sync().localState().replica().all(OrderView.class).findFirst().orElseThrow().id();

        app.device().background().syncSoon();
        waitUntil("the hold is in the inbox", () -> inbox().size() == 1);
        assertThat(app.text("#inbox-badge")).isEqualTo("1");

        ApiClient creditControl = depot.as(Role.ACCOUNTANT);
        assertThat(creditControl.post("api/orders/" + orderId + "/release-hold", Map.of("reason", "Paid by card")).status())
                .isEqualTo(200);
        app.device().background().syncSoon();
        waitUntil("the release is in the inbox", () -> inbox().size() == 2);
        assertThat(app.text("#inbox-badge")).isEqualTo("2");

        robot.clickOn("#app-bar-inbox");
        assertThat(app.text("#inbox-summary")).isEqualTo("2 unread");
        assertThat(robot.lookup("#inbox-entries .inbox-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly(inbox().get(1).title(), inbox().get(0).title());
        assertThat(inbox().get(1).title()).endsWith("released from credit hold");
        app.screenshot("mobile-inbox");

        depot.stopServer();
        InboxEntryView released = inbox().get(1);
        robot.clickOn("#inbox-entry-" + released.id());

        assertThat(app.text("#order-number")).isEqualTo(released.about().orderNumber());
        assertThat(app.text("#order-status")).isEqualTo("Open");
        assertThat(app.text("#inbox-badge")).as("read offline: the badge goes down at once").isEqualTo("1");
        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(new AcknowledgeInbox(released.id()));
        app.screenshot("mobile-inbox-order");

        depot.startServer();
        app.device().background().syncSoon();
        waitUntil("the read reached the server", () -> app.journal().pending().isEmpty());
        assertThat(depot.sql().count("SELECT count(*) FROM inbox_entry WHERE id = ? AND read_at IS NOT NULL", released.id()))
                .isEqualTo(1);
        assertThat(app.text("#inbox-badge")).isEqualTo("1");
    }

    @Test
    void aPickerIsToldHowTheSupervisorResolvedTheirShortPick() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER, main.id());
        UUID orderId = releasedOrderForFiveGloves();
        app = screen.connectedTo(phone, depot.uri());
        app.signIn(picker.username(), RunningDepot.PASSWORD);
        waitUntil("the handheld has the task", () -> task(orderId).isPresent());
        PickTaskView task = task(orderId).orElseThrow();
        robot.interact(() -> app.device().sync().record(new ConfirmPick(task.id(), task.binCode(), task.gtin(), new BigDecimal("3"), null),
                Set.of()));

        app.device().background().syncSoon();
        waitUntil("the difference is in the inbox", () -> inbox().size() == 1);
        assertThat(inbox().getFirst().explanation()).as("nothing else holds gloves: the two missing are backordered")
                .contains(gloves.sku() + " in A-01-1 is on hold until counted", "2 backordered");
        waitUntil("the handheld sees the bin's gloves on hold", () -> glovesOnHand().signum() == 0);
        UUID exception = UUID.fromString(depot.sql().single("SELECT id FROM warehouse_exception WHERE task_id = ?", task.id()).toString());
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.exceptionQueue().resolve().resolve(em, exception, "Found two more behind the bin",
                new Caller(UUID.randomUUID(), "sue", "Sue Supervisor", Role.SUPERVISOR, main.id(), null)));
        app.device().background().syncSoon();
        waitUntil("the resolution is in the inbox", () -> inbox().size() == 2);
        assertThat(glovesOnHand()).as("the note does not lift the hold: the count does").isZero();
        waitUntil("the handheld has the count of the bin", () -> countOfTheBin().isPresent());
        CountTaskView count = countOfTheBin().orElseThrow();
        robot.interact(() -> app.device().sync().record(new CountStock(count.id(), count.binCode(), task.gtin(), new BigDecimal("37")),
                Set.of()));
        app.device().background().syncSoon();
        waitUntil("counted: the bin's 37 gloves count again", () -> glovesOnHand().compareTo(new BigDecimal("37")) == 0);

        robot.clickOn("#app-bar-inbox");
        robot.clickOn("#inbox-entry-" + inbox().get(1).id());

        assertThat(app.text("#inbox-summary")).isEqualTo("1 unread");
        app.screenshot("mobile-picker-inbox");
        assertThat(inbox().get(1).explanation()).endsWith("Sue Supervisor resolved it: Found two more behind the bin");
        assertThat(app.text("#inbox-badge")).isEqualTo("1");
    }

    /** The inbox as the device shows it, oldest first. */
    private List<InboxEntryView> inbox() {
        return app.device().sync().localState().replica().all(InboxEntryView.class)
                .sorted(Comparator.comparing(InboxEntryView::at)).toList();
    }

    private BigDecimal glovesOnHand() {
        StockLevelView level = app.device().sync().localState().replica().stockIn(main.id()).get(gloves.id());
        return level == null ? BigDecimal.ONE.negate() : level.onHand();
    }

    private Optional<CountTaskView> countOfTheBin() {
        return app.device().sync().localState().replica().all(CountTaskView.class).filter(c -> c.itemId().equals(gloves.id())).findFirst();
    }

    private Optional<PickTaskView> task(UUID orderId) {
        return app.device().sync().localState().replica().all(PickTaskView.class).filter(t -> t.orderId().equals(orderId)).findFirst();
    }

    private static UUID releasedOrderForFiveGloves() {
        UUID bigCustomer = new Fixtures(depot).customer("C-" + UUID.randomUUID().toString().substring(0, 6), null, main, "100000.00",
                "0");
        ApiClient desk = depot.as(Role.ORDER_DESK);
        String id = desk.post("api/orders", Map.of("customerId", bigCustomer, "lines", List.of(Map.of("itemId", gloves.id(),
                "quantity", 5)))).json().getJsonObject("order").getString("id");
        assertThat(desk.post("api/orders/" + id + "/release").status()).isEqualTo(200);
        return UUID.fromString(id);
    }
}
