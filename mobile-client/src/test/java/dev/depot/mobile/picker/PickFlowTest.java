package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.ItemView;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickFlowTest {

    private final List<ItemView> catalog = List.of(ReplicaSeed.GLOVES, ReplicaSeed.TAPE, ReplicaSeed.LABELS);
    private final PickFlow flow = new PickFlow(ReplicaSeed.FIRST_TASK, new Gs1Parser(Clock.systemUTC()),
            scan -> catalog.stream().filter(item -> scan.names(item.gtin())).findFirst());

    @Test
    void aWrongBinIsRefusedWithWhereToGoAndTheFlowStaysAtTheBin() {
        PickFlow.Answer answer = flow.scan("B-02-1");

        assertThat(answer).isEqualTo(new PickFlow.Answer.Refused("Wrong bin: scanned B-02-1, go to A-01-3"));
        assertThat(flow.step()).isEqualTo(PickFlow.Step.SCAN_BIN);
    }

    @Test
    void aWrongItemIsRefusedByNameWhenTheDeviceKnowsIt() {
        flow.scan("A-01-3");

        assertThat(flow.scan(ReplicaSeed.TAPE.gtin()).message())
                .isEqualTo("Wrong item: scanned Packing tape 48 mm, pick Nitrile gloves, box of 100 (GLV-100)");
        assertThat(flow.scan("4006381333931").message())
                .isEqualTo("Wrong item: scanned 4006381333931, pick Nitrile gloves, box of 100 (GLV-100)");
        assertThat(flow.step()).isEqualTo(PickFlow.Step.SCAN_ITEM);
    }

    @Test
    void binThenItemThenQuantityMakesThePickFact() {
        assertThat(flow.scan("a-01-3")).isInstanceOf(PickFlow.Answer.Taken.class);
        assertThat(flow.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(30)6")).isInstanceOf(PickFlow.Answer.Taken.class);

        assertThat(flow.confirm(new BigDecimal("5")))
                .isEqualTo(new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", Gtin.parse(ReplicaSeed.GLOVES.gtin()).digits(),
                        new BigDecimal("5")));
    }

    @Test
    void theSkuTypedFromTheShelfLabelStandsInForAnUnreadableBarcode() {
        flow.scan("A-01-3");

        assertThat(flow.scan("glv-100")).isInstanceOf(PickFlow.Answer.Taken.class);
        assertThat(flow.confirm(BigDecimal.ONE).itemCode()).isEqualTo("GLV-100");
    }

    @Test
    void nothingCanBeConfirmedBeforeBinAndItemAreScanned() {
        assertThatThrownBy(() -> flow.confirm(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
        flow.scan("A-01-3");
        assertThatThrownBy(() -> flow.confirm(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFurtherScanWhileConfirmingIsRefusedWithWhatToDo() {
        flow.scan("A-01-3");
        flow.scan(ReplicaSeed.GLOVES.gtin());

        assertThat(flow.scan("B-02-1")).isInstanceOf(PickFlow.Answer.Refused.class);
        assertThat(flow.step()).isEqualTo(PickFlow.Step.CONFIRM_QUANTITY);
        assertThat(flow.confirm(BigDecimal.TEN).binCode()).isEqualTo("A-01-3");
    }
}
