package dev.depot.model.changes;

import static dev.depot.model.testdata.Catalog.anItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.views.ItemView;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeEntryTest {

    @Test
    void anUpsertCarriesTheViewItsKeyAndItsScope() {
        ItemView widget = anItem(UUID.randomUUID(), "WID-1", "Widget");

        ChangeEntry entry = ChangeEntry.upsert(widget, 4, Scope.CATALOG);

        assertThat(entry.op()).isEqualTo(ChangeOp.UPSERT);
        assertThat(entry.key()).isEqualTo(new EntityKey("item", widget.id()));
        assertThat(entry.version()).isEqualTo(4);
        assertThat(entry.scope()).isEqualTo("catalog");
        assertThat(entry.payload()).isEqualTo(widget);
    }

    @Test
    void aDeleteCarriesNoPayload() {
        UUID id = UUID.randomUUID();

        ChangeEntry entry = ChangeEntry.delete(ItemView.TYPE, id, 9, Scope.CATALOG);

        assertThat(entry.op()).isEqualTo(ChangeOp.DELETE);
        assertThat(entry.payload()).isNull();
        assertThat(entry.key()).isEqualTo(new EntityKey("item", id));
    }

    @Test
    void scopesNameTheSliceAndWhoseItIs() {
        UUID id = UUID.fromString("0192f3a4-5b6c-7d8e-9f00-112233445566");

        assertThat(Scope.customer(id).key()).isEqualTo("customer:0192f3a4-5b6c-7d8e-9f00-112233445566");
        assertThat(Scope.user(id)).hasToString("user:" + id);
        assertThat(Scope.warehouse(id).key()).startsWith("warehouse:");
        assertThat(new Scope("catalog")).isEqualTo(Scope.CATALOG);
        assertThat(Scope.stock(id).id()).isEqualTo(id);
        assertThat(Scope.prices("STD")).satisfies(prices -> {
            assertThat(prices.kind()).isEqualTo("prices");
            assertThat(prices.subject()).isEqualTo("STD");
        });
    }

    @Test
    void anythingElseIsNotAScope() {
        assertThatThrownBy(() -> new Scope("pricing")).isInstanceOf(IllegalArgumentException.class).hasMessage("not a scope: pricing");
        assertThatThrownBy(() -> new Scope("customer:42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.prices("STD,customer:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntityKey(null, UUID.randomUUID())).isInstanceOf(NullPointerException.class);
    }
}
