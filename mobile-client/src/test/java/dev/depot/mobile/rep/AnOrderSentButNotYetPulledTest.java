package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The server answered an order but no pull has brought its copy back yet (its changes may still be
 * above the feed's horizon): the rep keeps seeing the order, as waiting, with what the server said.
 */
class AnOrderSentButNotYetPulledTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();

    @Test
    void theOrderStaysInMyOrdersAsWaitingWithTheServersAnswerAndCountsAgainstCredit() {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), ReplicaSeed.BOLT.id(),
                List.of(new PlaceOrder.Line(ReplicaSeed.GLOVES.id(), BigDecimal.TEN, null, ReplicaSeed.usd("8.10"))),
                ReplicaSeed.usd("87.68"), null, null);
        DeviceOnScreen app = screen.offline(directory, journal -> {
            DeviceRegistration rita = ReplicaSeed.rep();
            journal.register(rita);
            journal.commit(ReplicaSeed.forRep().firstPull(Instant.now()));
            CommandEnvelope sent = new CommandEnvelope(UUID.randomUUID(), rita.deviceId(), 1, Instant.now(), Map.of(), order);
            journal.append(sent);
            journal.commit(JournalUpdate.answers(List.of(new CommandResult(sent.commandId(), 1, Outcome.PENDING_APPROVAL,
                    "CREDIT_HOLD", "waits for credit approval", null, Map.of("orderNumber", "SO-000013"))), Instant.now()));
        });

        robot.clickOn("#customer-search").write("Bolt");
        assertThat(app.text("#customer-list .cell-figure")).as("2,000.00 less the order").isEqualTo("$1,912.32");
        robot.clickOn("#tab-my-orders");

        assertThat(app.text("#status-" + order.orderId())).isEqualTo("Waiting to sync");
        assertThat(app.text("#answer-" + order.orderId())).isEqualTo("SO-000013 waits for approval: waits for credit approval");
        assertThat(app.text("#outbox-summary")).isEqualTo("Everything is sent. 1 command waits for the office's copy to come back.");
        assertThat(app.journal().pending()).hasSize(1);
    }
}
