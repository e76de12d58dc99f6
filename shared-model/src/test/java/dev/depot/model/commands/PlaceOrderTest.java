package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

    private static final UUID WIDGET = UUID.randomUUID();

    @Test
    void aCompleteOrderHasNoViolations() {
        PlaceOrder order = orderOf(line(WIDGET, "12", "5"), line(UUID.randomUUID(), "1", null));

        assertThat(order.violations()).isEmpty();
        assertThat(order.typeName()).isEqualTo("PlaceOrder");
        assertThat(order.isPhysicalFact()).as("an order is an intention: it may be rejected").isFalse();
    }

    @Test
    void anOrderWithoutIdOrCustomerNamesBoth() {
        PlaceOrder order = new PlaceOrder(null, null, List.of(line(WIDGET, "1", null)), null, null, null);

        assertThat(order.violations()).containsExactly(
                new Violation("orderId", "is required"),
                new Violation("customerId", "is required"));
    }

    @Test
    void anOrderWithoutLinesSaysSo() {
        assertThat(orderOf().violations())
                .containsExactly(new Violation("lines", "an order needs at least one line"));
        assertThat(new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(), null, null, null, null).violations())
                .extracting(Violation::field).containsExactly("lines");
    }

    @Test
    void eachBadLineIsNamedByItsPosition() {
        PlaceOrder order = orderOf(
                line(WIDGET, "1", null),
                null,
                line(null, null, null),
                line(WIDGET, "0", "-1"),
                line(UUID.randomUUID(), "-2", "100.5"));

        assertThat(order.violations()).containsExactly(
                new Violation("lines[1]", "is empty"),
                new Violation("lines[2].itemId", "is required"),
                new Violation("lines[2].quantity", "is required"),
                new Violation("lines[3].itemId", "the item is already on another line"),
                new Violation("lines[3].quantity", "must be more than zero, got 0"),
                new Violation("lines[3].discountPercent", "must be between 0 and 100, got -1"),
                new Violation("lines[4].quantity", "must be more than zero, got -2"),
                new Violation("lines[4].discountPercent", "must be between 0 and 100, got 100.5"));
    }

    @Test
    void aDiscountFinerThanTheRulebookPricesIsRefused() {
        PlaceOrder order = orderOf(line(WIDGET, "1", "5.12345"));

        assertThat(order.violations()).containsExactly(
                new Violation("lines[0].discountPercent", "has at most 4 decimals, got 5.12345"));
    }

    @Test
    void aQuantityTheServerCannotStoreIsRefused() {
        PlaceOrder order = orderOf(line(WIDGET, "1.2345", null), line(UUID.randomUUID(), "1234567890123", null),
                line(UUID.randomUUID(), "1.2340", null), line(UUID.randomUUID(), "999999999999.999", null));

        assertThat(order.violations()).containsExactly(
                new Violation("lines[0].quantity", "has at most 3 decimals, got 1.2345"),
                new Violation("lines[1].quantity", "has at most 12 digits before the point, got 1234567890123"));
    }

    @Test
    void aCustomerReferenceLongerThanTheServerKeepsIsRefused() {
        String sixty = "P".repeat(60);

        assertThat(withReference(sixty).violations()).isEmpty();
        assertThat(withReference(sixty + "O").violations())
                .containsExactly(new Violation("customerReference", "has at most 60 characters, got 61"));
        assertThat(withReference("\uD83D\uDCE6".repeat(60)).violations()).as("characters, not UTF-16 units").isEmpty();
    }

    @Test
    void aViolationReadsAsFieldAndMessage() {
        assertThat(new Violation("orderId", "is required")).hasToString("orderId: is required");
    }

    private static PlaceOrder orderOf(PlaceOrder.Line... lines) {
        return new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(), Arrays.asList(lines), Money.of("10.00", "USD"), "PO-1", null);
    }

    private static PlaceOrder withReference(String reference) {
        return new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(), List.of(line(WIDGET, "1", null)), Money.of("10.00", "USD"),
                reference, null);
    }

    private static PlaceOrder.Line line(UUID itemId, String quantity, String discount) {
        return new PlaceOrder.Line(itemId, quantity == null ? null : new BigDecimal(quantity),
                discount == null ? null : new BigDecimal(discount), null);
    }
}
