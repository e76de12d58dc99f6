package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.views.Replica;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class RepTakesAnOrderOfflineTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsARepWithAReplicaAndAnEarlierOrderTheServerAdjusted() {
        app = screen.offline(directory, journal -> {
            DeviceRegistration rita = ReplicaSeed.rep();
            Instant earlier = Instant.now().minus(Duration.ofHours(2));
            journal.register(rita);
            CommandEnvelope earlierOrder = ReplicaSeed.earlierOrderCommand(rita, earlier);
            journal.append(earlierOrder);
            journal.commit(ReplicaSeed.forRep().add(ReplicaSeed.syncedOrder(rita, earlier)).firstPull(Instant.now()));
            journal.commit(ReplicaSeed.pulledThrough(1, List.of(ReplicaSeed.backordered(earlierOrder)), Instant.now()));
        });
    }

    @Test
    void aRepOfflineScansItemsSeesTheRulebookTotalAndPlacesAnOrderThatWaitsToSyncAcrossARestart() {
        app.screenshot("mobile-customers");
        robot.clickOn("#customer-search").write("acme");
        robot.clickOn("Acme Hardware");
        app.screenshot("mobile-customer");
        robot.clickOn("#new-order");

        app.scan(ReplicaSeed.GLOVES.gtin());
        app.scan("]C101" + Gtin.parse(ReplicaSeed.TAPE.gtin()).digits() + "3012"); // a case label: AI 01 GTIN, AI 30 count 12
        app.scan(ReplicaSeed.GLOVES.gtin());

        assertThat(app.text("#quantity-GLV-100")).isEqualTo("2");
        assertThat(app.text("#quantity-TPE-48")).isEqualTo("12");
        assertThat(app.text("#stock-GLV-100")).isEqualTo("35 available");
        assertThat(app.text("#stock-TPE-48")).as("the rep sees what would be backordered before promising it")
                .isEqualTo("Only 6 available: 6 will be backordered");
        PricedOrder expected = rulebookPrice();
        assertThat(app.text("#order-subtotal")).isEqualTo(Formats.money(expected.subtotal()));
        assertThat(app.text("#order-tax")).isEqualTo(Formats.money(expected.tax()));
        assertThat(app.text("#order-total")).isEqualTo(Formats.money(expected.total()));
        assertThat(robot.lookup("#credit-warning").queryLabeled().isVisible()).isFalse();
        app.screenshot("mobile-order-entry");

        robot.clickOn("#place-order");

        List<CommandEnvelope> outbox = app.journal().pending();
        assertThat(outbox).extracting(CommandEnvelope::seq).containsExactly(2L);
        PlaceOrder order = (PlaceOrder) outbox.getFirst().command();
        assertThat(order.customerId()).isEqualTo(ReplicaSeed.ACME.id());
        assertThat(order.shipToId()).as("the customer's default site, unless the rep picks another")
                .isEqualTo(ReplicaSeed.ACME.defaultShipTo().orElseThrow().id());
        assertThat(order.expectedTotal()).isEqualTo(expected.total());
        assertThat(order.lines()).extracting(PlaceOrder.Line::itemId, PlaceOrder.Line::quantity, PlaceOrder.Line::expectedUnitPrice)
                .containsExactly(
                        tuple(ReplicaSeed.GLOVES.id(), new BigDecimal("2"), ReplicaSeed.usd("8.90")),
                        tuple(ReplicaSeed.TAPE.id(), new BigDecimal("12"), ReplicaSeed.usd("2.35")));
        assertWaitingToSyncInMyOrders(order);
        assertThat(app.text("#outbox-summary")).isEqualTo("1 command waits in the outbox to be sent.");
        assertThat(robot.from(robot.lookup("#command-results").queryParent()).lookup(".label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).containsExactly("SO-000012 adjusted: 2 backordered");
        assertThat(robot.lookup("#my-orders .cell-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Not yet numbered", "SO-000012");
        app.screenshot("mobile-my-orders");

        app.restart();
        robot.clickOn("#tab-my-orders");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(order);
        assertWaitingToSyncInMyOrders(order);
    }

    @Test
    void aRepSendsAnOrderToAnotherOfTheCustomersSitesAndSeesWhereItGoes() {
        ShipTo yard = ReplicaSeed.BOLT.shipTos().stream().filter(s -> !s.isDefault()).findFirst().orElseThrow();
        robot.clickOn("Bolt & Nut Supply");
        robot.clickOn("#new-order");
        app.scan(ReplicaSeed.GLOVES.gtin());

        assertThat(robot.lookup("#ship-to").<ShipTo>queryComboBox().getValue()).isEqualTo(ReplicaSeed.BOLT.defaultShipTo().orElseThrow());
        robot.clickOn("#ship-to").clickOn(robot.lookup((Labeled cell) -> cell.getText() != null
                && cell.getText().startsWith(yard.name() + "\n")).queryLabeled());
        app.screenshot("mobile-order-ship-to");
        robot.clickOn("#place-order");

        PlaceOrder order = (PlaceOrder) app.journal().pending().getLast().command();
        assertThat(order.shipToId()).isEqualTo(yard.id());
        assertWaitingToSyncInMyOrders(order);
        robot.clickOn("#order-" + order.orderId());
        assertThat(app.text("#order-ship-to")).isEqualTo("Deliver to " + yard.oneLine());
        app.screenshot("mobile-order-waiting");
    }

    @Test
    void aRepIsWarnedWhenTheOrderTakesTheCustomerOverTheCreditLimit() {
        robot.clickOn("Corner Store");
        robot.clickOn("#new-order");
        robot.write("nitrile").type(KeyCode.ENTER); // typed text searches by name
        robot.clickOn(".search-result");
        robot.doubleClickOn("#quantity-GLV-100").write("10").type(KeyCode.ENTER);

        assertThat(app.text("#order-total")).isEqualTo("$87.68"); // 10 × 8.10 at the 10+ break, plus 8.25 % tax
        assertThat(app.text("#credit-warning")).isEqualTo("Over the credit limit by $37.68. The order will wait for credit approval.");
    }

    private PricedOrder rulebookPrice() {
        Replica replica = new Replica(app.journal().base().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().view())));
        return OrderPricing.price(List.of(Replica.line(ReplicaSeed.GLOVES.id(), new BigDecimal("2"), null),
                        Replica.line(ReplicaSeed.TAPE.id(), new BigDecimal("12"), null)),
                replica.priceListFor(ReplicaSeed.ACME), TaxRate.of("8.25"));
    }

    private void assertWaitingToSyncInMyOrders(PlaceOrder order) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#order-" + order.orderId()).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the order does not show in My orders", e);
        }
        VBox card = robot.lookup("#order-" + order.orderId()).queryAs(VBox.class);
        assertThat(robot.from(card).lookup("#status-" + order.orderId()).queryLabeled().getText()).isEqualTo("Waiting to sync");
        assertThat(robot.from(card).lookup(".cell-detail").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anySatisfy(line -> assertThat(line).contains(Formats.money(order.expectedTotal())));
    }
}
