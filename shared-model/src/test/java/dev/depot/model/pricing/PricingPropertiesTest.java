package dev.depot.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PricingPropertiesTest {

    private static final BigDecimal HALF_A_CENT = new BigDecimal("0.005");

    /** An order and the list it is priced from; every line's item is on the list. */
    record Case(PriceList priceList, List<OrderLineRequest> lines, TaxRate taxRate) {

        PricedOrder priced() {
            return OrderPricing.price(lines, priceList, taxRate);
        }
    }

    @Property
    void theTotalIsTheSubtotalPlusTax(@ForAll("orders") Case order) {
        PricedOrder priced = order.priced();

        assertThat(priced.total()).isEqualTo(priced.subtotal().plus(priced.tax()));
    }

    @Property
    void theSubtotalIsTheSumOfTheLineNets(@ForAll("orders") Case order) {
        PricedOrder priced = order.priced();

        Money sum = priced.lines().stream().map(PricedLine::net).reduce(Money.zero("USD"), Money::plus);
        assertThat(priced.subtotal()).isEqualTo(sum);
    }

    @Property
    void taxIsTheRateOfTheSubtotalRoundedOnce(@ForAll("orders") Case order) {
        PricedOrder priced = order.priced();

        BigDecimal exact = priced.subtotal().amount().multiply(order.taxRate().rate().fraction());
        assertThat(priced.tax().amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_A_CENT);
    }

    @Property
    void eachLineNetIsWithinHalfACentOfPriceTimesQuantityLessDiscount(@ForAll("orders") Case order) {
        for (PricedLine line : order.priced().lines()) {
            BigDecimal exact = line.unitPrice().amount().multiply(line.quantity())
                    .multiply(BigDecimal.ONE.subtract(line.discount().fraction()));
            assertThat(line.net().amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_A_CENT);
            assertThat(line.unitPrice()).isEqualTo(order.priceList().unitPrice(line.itemId(), line.quantity()));
        }
    }

    @Property
    void moreDiscountNeverRaisesALinesNet(@ForAll("orders") Case order, @ForAll("percentages") Percentage a,
                                          @ForAll("percentages") Percentage b) {
        OrderLineRequest line = order.lines().getFirst();
        Percentage less = a.value().compareTo(b.value()) <= 0 ? a : b;
        Percentage more = less == a ? b : a;

        Money netWithLess = OrderPricing.priceLine(1, new OrderLineRequest(line.itemId(), line.quantity(), less), order.priceList()).net();
        Money netWithMore = OrderPricing.priceLine(1, new OrderLineRequest(line.itemId(), line.quantity(), more), order.priceList()).net();

        assertThat(netWithMore).isLessThanOrEqualTo(netWithLess);
    }

    @Property
    void theAppliedBreakIsTheOneWithTheHighestMinimumNotAboveTheQuantity(@ForAll("itemPrices") ItemPrice price,
                                                                          @ForAll("quantities") BigDecimal quantity) {
        PriceBreak expected = price.breaks().stream()
                .filter(b -> b.minimumQuantity().compareTo(quantity) <= 0)
                .max(Comparator.comparing(PriceBreak::minimumQuantity))
                .orElse(price.breaks().getFirst());

        assertThat(price.unitPriceFor(quantity)).isEqualTo(expected.unitPrice());
    }

    @Property
    void aBiggerQuantityNeverPaysAHigherUnitPriceWhenBreaksDescend(@ForAll("descendingItemPrices") ItemPrice price,
                                                                    @ForAll("quantities") BigDecimal a,
                                                                    @ForAll("quantities") BigDecimal b) {
        BigDecimal smaller = a.min(b);
        BigDecimal bigger = a.max(b);

        assertThat(price.unitPriceFor(bigger)).isLessThanOrEqualTo(price.unitPriceFor(smaller));
    }

    @Provide
    Arbitrary<Case> orders() {
        return itemPrices().list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(ItemPrice::itemId)
                .flatMap(list -> {
                    PriceList priceList = PriceList.of("STD", "USD", list);
                    Arbitrary<List<OrderLineRequest>> lines = Arbitraries.of(list).list().ofMinSize(1).ofMaxSize(list.size())
                            .uniqueElements(ItemPrice::itemId)
                            .flatMap(items -> Combinators.combine(
                                            quantities().list().ofSize(items.size()),
                                            percentages().list().ofSize(items.size()))
                                    .as((quantities, discounts) -> linesFor(items, quantities, discounts)));
                    return Combinators.combine(lines, percentages().map(TaxRate::new))
                            .as((l, tax) -> new Case(priceList, l, tax));
                });
    }

    private static List<OrderLineRequest> linesFor(List<ItemPrice> items, List<BigDecimal> quantities,
                                                   List<Percentage> discounts) {
        List<OrderLineRequest> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new OrderLineRequest(items.get(i).itemId(), quantities.get(i), discounts.get(i)));
        }
        return lines;
    }

    @Provide
    Arbitrary<ItemPrice> itemPrices() {
        return breaks(unitPrices().list().ofMinSize(1).ofMaxSize(5));
    }

    @Provide
    Arbitrary<ItemPrice> descendingItemPrices() {
        return breaks(unitPrices().list().ofMinSize(1).ofMaxSize(5)
                .map(prices -> prices.stream().sorted(Comparator.reverseOrder()).toList()));
    }

    /** Breaks from 1 (or 0) upwards at rising minimums, with the given unit prices in that order. */
    private static Arbitrary<ItemPrice> breaks(Arbitrary<List<Money>> prices) {
        Arbitrary<UUID> itemIds = Arbitraries.longs().map(n -> new UUID(0x7000L, n));
        return prices.flatMap(unitPrices -> Combinators.combine(
                        itemIds,
                        Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE),
                        Arbitraries.integers().between(1, 500).list().ofSize(unitPrices.size() - 1))
                .as((itemId, first, steps) -> {
                    List<PriceBreak> breaks = new ArrayList<>();
                    BigDecimal minimum = first;
                    for (int i = 0; i < unitPrices.size(); i++) {
                        breaks.add(new PriceBreak(minimum, unitPrices.get(i)));
                        minimum = i < steps.size() ? minimum.add(BigDecimal.valueOf(steps.get(i))) : minimum;
                    }
                    return new ItemPrice(itemId, breaks);
                }));
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("10000")).ofScale(3);
    }

    @Provide
    Arbitrary<Percentage> percentages() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(4).map(Percentage::new);
    }

    private static Arbitrary<Money> unitPrices() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2)
                .map(amount -> Money.of(amount.toPlainString(), "USD"));
    }
}
