package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.StockLevelView;
import dev.depot.server.partners.Partners;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.protocol.PullResponse;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scopes that are about selling: a rep holds the stock of the warehouses that serve their
 * customers and only the price lists those customers buy from; warehouse staff hold their own
 * warehouse's stock. Each change of a stock level reaches them under a new version.
 */
class WhatEachRoleHoldsTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures.TestWarehouse main;
    static Fixtures.TestWarehouse east;
    static Fixtures.TestItem gloves;
    static RunningDepot.TestUser rep;
    static UUID customer;

    @BeforeAll
    static void twoWarehousesAndTwoPriceLists() {
        Fixtures fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        east = fixtures.warehouse("EAST");
        gloves = fixtures.item("GLOVES", "8.90");
        fixtures.stock(gloves, main, "A-01-1", 40);
        fixtures.stock(gloves, east, "A-01-1", 7);
        depot.server().capabilities().transactions().run(em -> {
            depot.server().capabilities().pricing().addPriceList(em, "TRADE", "Trade counter", Fixtures.CURRENCY);
            depot.server().capabilities().pricing().setPrice(em, "TRADE",
                    new ItemPrice(gloves.id(), List.of(new PriceBreak(BigDecimal.ONE, Money.of("7.50", Fixtures.CURRENCY)))));
        });
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
    }

    @Test
    void aRepHoldsTheStockOfTheirCustomersWarehouseAndOnlyTheirPriceLists() {
        TestDevice phone = TestDevice.of(depot, rep);

        assertThat(phone.views(StockLevelView.class)).singleElement().satisfies(level -> {
            assertThat(level.warehouseId()).isEqualTo(main.id());
            assertThat(level.available()).isEqualByComparingTo("40");
        });
        assertThat(phone.views(ItemPriceView.class)).extracting(ItemPriceView::priceList).containsOnly(Fixtures.PRICE_LIST);
        assertThat(phone.copy().scopes()).contains("prices:" + Fixtures.PRICE_LIST, "stock:" + main.id())
                .doesNotContain("prices:TRADE", "stock:" + east.id());
    }

    @Test
    void aRepWhoTakesOnACustomerOfAnotherListAndWarehouseGetsTheirPricesAndStock() {
        RunningDepot.TestUser otherRep = depot.addUser(Role.REP);
        depot.server().capabilities().transactions().run(em -> depot.server().capabilities().partners().addCustomer(em,
                new Partners.NewCustomer("C-EAST", "East Trading", "Dayton OH", "TRADE", TaxRate.of("0"),
                        Money.of("5000.00", Fixtures.CURRENCY), otherRep.id(), east.id())));

        TestDevice phone = TestDevice.of(depot, otherRep);

        assertThat(phone.views(ItemPriceView.class)).singleElement().satisfies(price -> assertThat(price.priceList()).isEqualTo("TRADE"));
        assertThat(phone.views(StockLevelView.class)).singleElement()
                .satisfies(level -> assertThat(level.available()).isEqualByComparingTo("7"));
    }

    @Test
    void anOrderLowersWhatIsAvailableOnTheRepsPhoneAndThePickersHandheld() {
        TestDevice phone = TestDevice.of(depot, rep);
        TestDevice scanner = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        PullResponse before = scanner.copy();
        StockLevelView was = level(before);

        phone.send(new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(gloves.id(), new BigDecimal("5"), null,
                gloves.unitPrice())), null, null, null));

        PullResponse after = scanner.pullUntil(before.cursor(), page -> page.changes().stream().anyMatch(c -> c.payload() instanceof StockLevelView));
        ChangeEntry change = after.changes().stream().filter(c -> c.payload() instanceof StockLevelView).reduce((a, b) -> b).orElseThrow();
        StockLevelView now = (StockLevelView) change.payload();
        assertThat(now.id()).isEqualTo(was.id());
        assertThat(now.reserved()).isEqualByComparingTo(was.reserved().add(new BigDecimal("5")));
        assertThat(now).as("the level as published equals the level in a fresh copy").isEqualTo(level(scanner.copy()));
        assertThat(phone.views(StockLevelView.class)).singleElement().isEqualTo(now);
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPullNarrowedToAScopeTheDeviceMayNotSeeIsRefusedAndChangesNothing() {
        TestDevice phone = TestDevice.of(depot, rep);
        ApiClient asThePhone = new ApiClient(depot.uri(), phone.registration().token());
        Object lastSeen = depot.sql().single("SELECT last_seen_at FROM device WHERE id = ?", phone.registration().deviceId());

        ApiResponse anotherWarehouse = asThePhone.get("sync/pull?scope=stock:" + east.id());
        ApiResponse nonsense = asThePhone.get("sync/pull?scope=everything");

        assertThat(anotherWarehouse.status()).isEqualTo(403);
        assertThat(anotherWarehouse.contentType()).isEqualTo("application/problem+json");
        assertThat(anotherWarehouse.json().getString("detail")).isEqualTo("scope stock:" + east.id() + " is not one of this device's");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(depot.sql().single("SELECT last_seen_at FROM device WHERE id = ?", phone.registration().deviceId()))
                .as("a refused pull changes nothing").isEqualTo(lastSeen);

        ApiResponse catalogOnly = asThePhone.get("sync/pull?scope=catalog");
        assertThat(catalogOnly.status()).isEqualTo(200);
        assertThat(catalogOnly.json().getJsonArray("scopes").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("catalog");
    }

    private static StockLevelView level(PullResponse copy) {
        return copy.changes().stream().map(ChangeEntry::payload).filter(StockLevelView.class::isInstance)
                .map(StockLevelView.class::cast).reduce((a, b) -> b).orElseThrow();
    }
}
