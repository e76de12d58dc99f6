package dev.depot.mobile.rep;

import dev.depot.mobile.rep.OrderDraft.DraftLine;
import dev.depot.mobile.scan.ItemScan;
import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import dev.depot.model.views.StockLevelView;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Taking an order: scan items (or type to search), adjust quantities and discounts, see the
 * total the server will compute, and place the order, online or not.
 */
public final class OrderEntryScreen implements Screen {

    private final DeviceSync sync;
    private final OrderDraft draft;
    private final ItemFinder finder;
    private final Gs1Parser gs1;
    private final Consumer<PlaceOrder> placed;

    private final BorderPane view = new BorderPane();
    private final ScanField scanField = new ScanField("Scan, or type a name or SKU");
    private final MessageLine message = new MessageLine();
    private final VBox searchResults = new VBox();
    private final VBox lines = new VBox();
    private final Label emptyHint = Widgets.label("Scan a barcode to add an item. Each scan adds one.", "hint");
    private final Map<UUID, OrderLineRow> rows = new HashMap<>();
    private final OrderTotals totals = new OrderTotals();
    private final TextField customerReference = new TextField();
    /** Where the order goes: the customer's default ship-to unless the rep picks another; absent without ship-tos. */
    private final ComboBox<ShipTo> shipTo = new ComboBox<>();
    /** What the customer's warehouse had at the last sync, by item: shown per line, decided by the server. */
    private final Map<UUID, StockLevelView> stock;
    private final Button placeOrder = Widgets.primaryButton("Place order", this::placeOrder);

    /**
     * @param placed called after the order is in the outbox
     */
    public OrderEntryScreen(DeviceSync sync, CustomerView customer, Consumer<PlaceOrder> placed) {
        this.sync = sync;
        this.placed = placed;
        Replica replica = sync.localState().replica();
        this.draft = new OrderDraft(customer, replica);
        this.finder = new ItemFinder(replica);
        this.stock = replica.stockIn(customer.homeWarehouseId());
        this.gs1 = new Gs1Parser(sync.clock());

        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        message.setId("order-message");
        searchResults.setId("search-results");
        searchResults.getStyleClass().add("search-results");
        lines.setId("order-lines");
        lines.getStyleClass().add("lines");
        customerReference.setId("customer-reference");
        customerReference.setPromptText("Customer PO (optional)");
        customerReference.setTextFormatter(new TextFormatter<String>(this::keepReferenceStorable));
        placeOrder.setId("place-order");
        shipTo.setId("ship-to");
        shipTo.getStyleClass().add("ship-to");
        shipTo.setMaxWidth(Double.MAX_VALUE);
        shipTo.setCellFactory(list -> new ShipToCell(false));
        shipTo.setButtonCell(new ShipToCell(true));
        shipTo.getItems().setAll(customer.shipTos());
        customer.defaultShipTo().ifPresent(shipTo::setValue);

        Label customerName = Widgets.label(customer.name(), "screen-heading");
        Label customerDetail = Widgets.label(customer.code() + " · " + customer.city() + " · price list " + customer.priceList(),
                "screen-subheading");
        VBox column = Widgets.column(customerName, customerDetail, scanField, message, searchResults, emptyHint, lines,
                customerReference);
        if (!customer.shipTos().isEmpty()) { // where it goes belongs with whom it is for: one line under the name
            column.getChildren().add(2, shipTo);
        }
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        VBox footer = new VBox(totals, placeOrder);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        render();
    }

    @Override
    public String title() {
        return "New order";
    }

    @Override
    public Node view() {
        return view;
    }

    private void scanned(String text) {
        showResults(List.of());
        Optional<ItemScan> scan;
        try {
            scan = ItemScan.read(text, gs1);
        } catch (Gs1FormatException e) {
            message.show("Cannot read this barcode: " + e.getMessage(), Tone.ERROR);
            return;
        }
        if (scan.isPresent()) {
            ItemScan item = scan.get();
            finder.scanned(item).ifPresentOrElse(found -> add(found, item.count()),
                    () -> message.show("No item with GTIN " + item.gtin().shortForm() + " on this device", Tone.ERROR));
            return;
        }
        List<ItemView> found = finder.search(text);
        if (found.isEmpty()) {
            message.show("No item matches “" + text + "”", Tone.WARNING);
        } else {
            message.show(found.size() == 1 ? "Tap the item to add it" : found.size() + " items match: tap one to add it", Tone.INFO);
            showResults(found);
        }
    }

    private void add(ItemView item, BigDecimal count) {
        if (!draft.sells(item)) {
            message.show(item.name() + " has no price on list " + draft.customer().priceList() + ": it cannot be sold to "
                    + draft.customer().name(), Tone.ERROR);
            return;
        }
        draft.add(item, count);
        message.show("Added " + Formats.quantity(count) + " × " + item.name(), Tone.SUCCESS);
        render();
    }

    private void showResults(List<ItemView> found) {
        searchResults.getChildren().setAll(found.stream().map(this::resultButton).toList());
        Widgets.show(searchResults, !found.isEmpty());
    }

    private Button resultButton(ItemView item) {
        Button button = Widgets.button(item.name() + "\n" + item.sku(), () -> {
            showResults(List.of());
            add(item, BigDecimal.ONE);
        }, "search-result");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private void render() {
        Optional<PricedOrder> priced = draft.priced();
        List<DraftLine> current = draft.lines();
        rows.keySet().retainAll(current.stream().map(l -> l.item().id()).toList());
        for (int i = 0; i < current.size(); i++) {
            DraftLine line = current.get(i);
            OrderLineRow row = rows.computeIfAbsent(line.item().id(), id -> new OrderLineRow(line,
                    (changed, quantity) -> edited(() -> draft.changeQuantity(changed.item().id(), quantity)),
                    (changed, discount) -> edited(() -> draft.changeDiscount(changed.item().id(), discount)),
                    problem -> message.show(problem, Tone.ERROR)));
            row.show(line, priced.orElseThrow().lines().get(i), Optional.ofNullable(stock.get(line.item().id())));
        }
        lines.getChildren().setAll(current.stream().map(l -> rows.get(l.item().id())).toList());
        Widgets.show(emptyHint, current.isEmpty());
        totals.show(priced, draft.credit());
        placeOrder.setDisable(current.isEmpty());
    }

    private void edited(Runnable change) {
        change.run();
        message.clear();
        render();
    }

    /** A ship-to: in the closed box one line, "Deliver to" its name; in the list two, its name over its street and town. */
    private static final class ShipToCell extends ListCell<ShipTo> {

        private final boolean closed;

        ShipToCell(boolean closed) {
            this.closed = closed;
        }

        @Override
        protected void updateItem(ShipTo address, boolean empty) {
            super.updateItem(address, empty);
            if (empty || address == null) {
                setText(null);
            } else {
                setText(closed ? "Deliver to " + address.name()
                        : address.name() + "\n" + address.street() + ", " + address.postalCode() + " " + address.city());
            }
        }
    }

    /** Refuses typing or pasting past the length the server keeps, and says why nothing appeared. */
    private TextFormatter.Change keepReferenceStorable(TextFormatter.Change change) {
        String next = change.getControlNewText();
        if (next.codePointCount(0, next.length()) <= PlaceOrder.CUSTOMER_REFERENCE_LENGTH) {
            return change;
        }
        message.show("A customer reference has at most " + PlaceOrder.CUSTOMER_REFERENCE_LENGTH + " characters", Tone.WARNING);
        return null;
    }

    private void placeOrder() {
        PlaceOrder order = draft.toCommand(UuidV7.next(), customerReference.getText(), shipTo.getValue());
        try {
            sync.record(order, draft.seenRecords());
        } catch (InvalidCommandException e) {
            message.show("This order cannot be placed: " + e.getMessage(), Tone.ERROR);
            return;
        }
        placed.accept(order);
    }
}
