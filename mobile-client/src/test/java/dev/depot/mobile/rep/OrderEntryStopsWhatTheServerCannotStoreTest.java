package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The order entry screen stops, as it is typed, what the server could not store. */
class OrderEntryStopsWhatTheServerCannotStoreTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startANewOrderForAcmeWithGloves() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.rep());
            journal.commit(ReplicaSeed.forRep().firstPull(Instant.now()));
        });
        robot.clickOn("Acme Hardware");
        robot.clickOn("#new-order");
        app.scan(ReplicaSeed.GLOVES.gtin());
    }

    @Test
    void aCustomerReferenceStopsAtSixtyCharactersAndTheRepIsToldWhy() {
        String sixty = "PO-" + "7".repeat(57);

        robot.clickOn("#customer-reference").write(sixty + "8");

        assertThat(app.text("#customer-reference")).isEqualTo(sixty);
        assertThat(app.text("#order-message")).isEqualTo("A customer reference has at most 60 characters");
        robot.clickOn("#place-order");
        assertThat(placed().customerReference()).isEqualTo(sixty);
    }

    @Test
    void aQuantityWithMoreThanThreeDecimalsIsRefusedAndTheLineKeepsItsQuantity() {
        robot.doubleClickOn("#quantity-GLV-100").write("1.2345").type(KeyCode.ENTER);

        assertThat(app.text("#order-message")).isEqualTo("A quantity has at most 3 decimals, got 1.2345");
        assertThat(app.text("#quantity-GLV-100")).isEqualTo("1");
        robot.clickOn("#place-order");
        assertThat(placed().lines()).extracting(PlaceOrder.Line::quantity).containsExactly(BigDecimal.ONE);
    }

    private PlaceOrder placed() {
        assertThat(app.journal().pending()).hasSize(1);
        CommandEnvelope envelope = app.journal().pending().getFirst();
        return (PlaceOrder) envelope.command();
    }
}
