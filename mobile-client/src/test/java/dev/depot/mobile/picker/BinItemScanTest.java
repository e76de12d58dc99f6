package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.ItemView;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan discipline at a bin, as a picker walks it for the first task: bin, item, then quantity. */
class BinItemScanTest {

    private static final PickTaskView TASK = ReplicaSeed.FIRST_TASK;

    private final List<ItemView> catalog = List.of(ReplicaSeed.GLOVES, ReplicaSeed.TAPE, ReplicaSeed.LABELS);
    private final BinItemScan flow = new BinItemScan(PickScreen.spot(TASK), PickScreen.WORDS, new Gs1Parser(Clock.systemUTC()),
            scan -> catalog.stream().filter(item -> scan.names(item.gtin())).findFirst());

    @Test
    void aWrongBinIsRefusedWithWhereToGoAndTheFlowStaysAtTheBin() {
        BinItemScan.Answer answer = flow.scan("B-02-1");

        assertThat(answer).isEqualTo(new BinItemScan.Answer.Refused("Wrong bin: scanned B-02-1, go to A-01-3"));
        assertThat(flow.step()).isEqualTo(BinItemScan.Step.SCAN_BIN);
    }

    @Test
    void aWrongItemIsRefusedByNameWhenTheDeviceKnowsIt() {
        flow.scan("A-01-3");

        assertThat(flow.scan(ReplicaSeed.TAPE.gtin()).message())
                .isEqualTo("Wrong item: scanned Packing tape 48 mm, pick Nitrile gloves, box of 100 (GLV-100)");
        assertThat(flow.scan("4006381333931").message())
                .isEqualTo("Wrong item: scanned 4006381333931, pick Nitrile gloves, box of 100 (GLV-100)");
        assertThat(flow.step()).isEqualTo(BinItemScan.Step.SCAN_ITEM);
    }

    @Test
    void binThenItemLeaveTheQuantityWithTheItemAsScanned() {
        assertThat(flow.scan("a-01-3")).isInstanceOf(BinItemScan.Answer.Taken.class);
        assertThat(flow.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(30)6"))
                .isEqualTo(new BinItemScan.Answer.Taken("Item is right. Take the quantity and confirm."));

        assertThat(flow.step()).isEqualTo(BinItemScan.Step.ENTER_QUANTITY);
        assertThat(flow.itemCode()).isEqualTo(Gtin.parse(ReplicaSeed.GLOVES.gtin()).digits());
    }

    @Test
    void aLotThatIsNotTheTasksIsRefusedWithTheLotThatExpiresFirst() {
        flow.scan("A-01-3");

        assertThat(flow.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(10)L2502B"))
                .isEqualTo(new BinItemScan.Answer.Refused("Wrong lot: scanned lot L2502B, take lot L2411A, best before 31 Mar 2027: "
                        + "it expires first"));
        assertThat(flow.step()).isEqualTo(BinItemScan.Step.SCAN_ITEM);

        assertThat(flow.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(10)L2411A")).isInstanceOf(BinItemScan.Answer.Taken.class);
        assertThat(flow.lot()).isEqualTo("L2411A");
    }

    @Test
    void aLabelWithoutALotLeavesTheLotToTheTask() {
        flow.scan("A-01-3");
        flow.scan(ReplicaSeed.GLOVES.gtin());

        assertThat(flow.lot()).as("the server takes the task's lot").isNull();
    }

    @Test
    void theSkuTypedFromTheShelfLabelStandsInForAnUnreadableBarcode() {
        flow.scan("A-01-3");

        assertThat(flow.scan("glv-100")).isInstanceOf(BinItemScan.Answer.Taken.class);
        assertThat(flow.itemCode()).isEqualTo("GLV-100");
    }

    @Test
    void thereIsNoItemCodeBeforeBinAndItemAreScanned() {
        assertThatThrownBy(flow::itemCode).isInstanceOf(IllegalStateException.class);
        flow.scan("A-01-3");
        assertThatThrownBy(flow::itemCode).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFurtherScanWhileConfirmingIsRefusedWithWhatToDo() {
        flow.scan("A-01-3");
        flow.scan(ReplicaSeed.GLOVES.gtin());

        assertThat(flow.scan("B-02-1"))
                .isEqualTo(new BinItemScan.Answer.Refused("Bin and item are checked: confirm the quantity, or change it for a short pick"));
        assertThat(flow.step()).isEqualTo(BinItemScan.Step.ENTER_QUANTITY);
    }
}
