package dev.depot.server.testing;

import dev.depot.model.contact.ShipTo;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.quantity.Packaging;
import dev.depot.server.DepotServer;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.purchasing.Supplier;
import dev.depot.server.waves.Carrier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import dev.depot.server.inventory.BinRules;
import dev.depot.server.inventory.PickFaceLevels;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.partners.Partners;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-data builders over the real use cases: a warehouse with bins along a pick path, priced items
 * with opening stock, customers. Each builder writes in its own transaction, like a back office
 * setting things up before the story starts.
 */
public final class Fixtures {

    public static final String CURRENCY = "USD";
    public static final String PRICE_LIST = "STD";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final DepotServer.Capabilities depot;
    private final Sql sql;

    public Fixtures(RunningDepot running) {
        this.depot = running.server().capabilities();
        this.sql = running.sql();
        depot.transactions().run(em -> {
            if (em.createQuery("select count(p) from PriceListRecord p", Long.class).getSingleResult() == 0) {
                depot.pricing().addPriceList(em, PRICE_LIST, "Standard", CURRENCY);
            }
        });
    }

    /** A warehouse with a receiving dock, four bins (A-01-1 … A-02-2, walked in that order), a pack station and a dock. */
    public TestWarehouse warehouse(String code) {
        return depot.transactions().inTransaction(em -> {
            UUID id = depot.inventory().addWarehouse(em, code, code + " warehouse").id();
            Map<String, UUID> locations = new LinkedHashMap<>();
            locations.put("RCV-01", depot.inventory().addLocation(em, id, "RCV-01", LocationType.RECEIVING, 0).id());
            locations.put("QUA-01", depot.inventory().addLocation(em, id, "QUA-01", LocationType.QUARANTINE, 1).id());
            List<String> bins = List.of("A-01-1", "A-01-2", "A-02-1", "A-02-2");
            for (int i = 0; i < bins.size(); i++) {
                locations.put(bins.get(i), depot.inventory().addLocation(em, id, bins.get(i), LocationType.STORAGE, 10 * (i + 1)).id());
            }
            locations.put("PACK-01", depot.inventory().addLocation(em, id, "PACK-01", LocationType.PACK, 900).id());
            locations.put("SHIP-01", depot.inventory().addLocation(em, id, "SHIP-01", LocationType.SHIP, 950).id());
            return new TestWarehouse(id, code, locations);
        });
    }

    /** Putaway rules for one of a warehouse's bins: its zone, its capacity in eaches, the item it is the pick face of (or none). */
    public void binRules(TestWarehouse warehouse, String bin, String zone, int capacity, TestItem pickFaceFor) {
        depot.transactions().run(em -> depot.inventory().setBinRules(em, warehouse.locations().get(bin),
                new BinRules(zone, BigDecimal.valueOf(capacity), pickFaceFor == null ? null : pickFaceFor.id())));
    }

    /** What the books say a location of the warehouse (by its code) holds of the item: zero when it never held any. */
    public BigDecimal balance(TestItem item, TestWarehouse warehouse, String location) {
        return sql.decimal("SELECT COALESCE(SUM(b.quantity), 0) FROM stock_balance b JOIN location l ON l.id = b.location_id "
                + "WHERE b.item_id = ? AND l.warehouse_id = ? AND l.code = ?", item.id(), warehouse.id(), location);
    }

    /** A bin made the item's pick face, topped up from reserve to {@code max} when it holds {@code min} or less. */
    public void pickFace(TestWarehouse warehouse, String bin, TestItem item, int min, int max) {
        binRules(warehouse, bin, null, 1000, item);
        depot.transactions().run(em -> depot.inventory().setPickFaceLevels(em, warehouse.locations().get(bin),
                new PickFaceLevels(BigDecimal.valueOf(min), BigDecimal.valueOf(max))));
    }

    /** An item on the price list at {@code unitPrice} (10 % off from a case of 12), costing 60 % of it; its case has a barcode. */
    public TestItem item(String sku, String unitPrice) {
        return item(sku, unitPrice, true);
    }

    /** An item as {@link #item} makes it, but the catalog knows no barcode for its case. */
    public TestItem itemWithoutCaseBarcode(String sku, String unitPrice) {
        return item(sku, unitPrice, false);
    }

    private TestItem item(String sku, String unitPrice, boolean caseBarcode) {
        int reference = SEQUENCE.incrementAndGet();
        Gtin gtin = Gtin.withCheckDigit("0614141" + String.format("%05d", reference));
        Money price = Money.of(unitPrice, CURRENCY);
        return depot.transactions().inTransaction(em -> {
            Item item = depot.catalog().addItem(em, new Catalog.NewItem(sku, gtin, sku + " test item", new Packaging(12, 40),
                    price.times(new BigDecimal("0.60"))));
            if (caseBarcode) {
                depot.catalog().setCaseGtin(em, item, caseOf(gtin));
            }
            depot.pricing().setPrice(em, PRICE_LIST, new ItemPrice(item.id(), List.of(new PriceBreak(BigDecimal.ONE, price),
                    new PriceBreak(BigDecimal.valueOf(12), price.times(new BigDecimal("0.90"))))));
            return new TestItem(item.id(), sku, gtin.digits(), price);
        });
    }

    /** The barcode of a test item's case of 12: indicator digit 1 in front of the each's GTIN, a new check digit. */
    public static Gtin caseOf(Gtin each) {
        return Gtin.withCheckDigit("1" + each.digits().substring(1, 13));
    }

    /** Opening stock of an item in a bin, at the item's cost, posted to the journal. */
    public void stock(TestItem item, TestWarehouse warehouse, String bin, int quantity) {
        depot.transactions().run(em -> {
            Location location = depot.inventory().location(em, warehouse.locations().get(bin));
            Item stocked = depot.catalog().byId(em, item.id()).orElseThrow();
            Money value = depot.inventory().receive(em, new Movement(item.id(), null, location, BigDecimal.valueOf(quantity),
                    MovementReason.OPENING_STOCK, new Movement.SourceDocument("OPENING_STOCK", item.id()), Instant.now(), null),
                    stocked.standardCost()).value();
            depot.accounting().post(em, PostingRules.openingStock(item.id(), value));
        });
    }

    /**
     * A purchase order for {@code warehouse}, due tomorrow, from a new supplier who may deliver up to
     * {@code tolerancePercent} over: {@code quantity} of each item at the item's cost.
     */
    public PurchaseOrderView purchaseOrder(TestWarehouse warehouse, String tolerancePercent, int quantity, TestItem... items) {
        return purchaseOrder(warehouse, LocalDate.now().plusDays(1), tolerancePercent, quantity, items);
    }

    /** A purchase order as {@link #purchaseOrder(TestWarehouse, String, int, TestItem...)} places it, due on a given day. */
    public PurchaseOrderView purchaseOrder(TestWarehouse warehouse, LocalDate due, String tolerancePercent, int quantity, TestItem... items) {
        return depot.transactions().inTransaction(em -> {
            PurchaseOrders purchasing = depot.purchaseOrders();
            Supplier supplier = purchasing.addSupplier(em, "S-" + SEQUENCE.incrementAndGet(), "Test supplier", new BigDecimal(tolerancePercent));
            List<PurchaseOrders.OrderedItem> ordered = Arrays.stream(items).map(item -> {
                Item catalogItem = depot.catalog().byId(em, item.id()).orElseThrow();
                return new PurchaseOrders.OrderedItem(catalogItem, BigDecimal.valueOf(quantity), catalogItem.standardCost().amount());
            }).toList();
            return purchasing.open(em, new PurchaseOrders.NewPurchaseOrder(supplier.id(), warehouse.id(), due, CURRENCY, ordered)).view();
        });
    }

    /** A customer on the standard price list, served by {@code rep} from {@code warehouse}. */
    public UUID customer(String code, UUID rep, TestWarehouse warehouse, String creditLimit, String taxRate) {
        return depot.transactions().inTransaction(em -> depot.partners().addCustomer(em, new Partners.NewCustomer(code,
                code + " Trading", "Columbus OH", PRICE_LIST, TaxRate.of(taxRate), Money.of(creditLimit, CURRENCY), rep,
                warehouse.id())).id());
    }

    /** A carrier ("<code> Freight") that collects every day at {@code cutoff}, unless one with the code is there. */
    public void carrier(String code, LocalTime cutoff) {
        depot.transactions().run(em -> {
            if (em.find(Carrier.class, code) == null) {
                depot.waves().addCarrier(em, code, code + " Freight", cutoff);
            }
        });
    }

    /** The carrier (made as {@link #carrier} does) that takes this customer's orders from now on. */
    public void shipsWith(UUID customer, String carrierCode, LocalTime cutoff) {
        carrier(carrierCode, cutoff);
        depot.transactions().run(em -> depot.partners().shipWith(depot.partners().byId(em, customer).orElseThrow(), carrierCode));
    }

    /** A delivery address for a customer; its first one is its default. */
    public ShipTo shipTo(UUID customer, String name, boolean isDefault) {
        return depot.transactions().inTransaction(em -> depot.partners().addShipTo(em, depot.partners().byId(em, customer).orElseThrow(),
                new Partners.NewShipTo(name, "1 Test Street", "43215", "Columbus", "US", isDefault)));
    }

    /** A warehouse built for a test, with its locations by code. */
    public record TestWarehouse(UUID id, String code, Map<String, UUID> locations) {
    }

    /** An item built for a test. */
    public record TestItem(UUID id, String sku, String gtin, Money unitPrice) {
    }
}
