package dev.depot.server.transfers;

import dev.depot.model.money.Money;
import dev.depot.model.views.TransferView;
import dev.depot.server.catalog.Item;
import dev.depot.server.inventory.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One item on a transfer: asked for, loaded, received, where to take it from, and the cost it travels at once dispatched. */
@Entity
@Table(name = "transfer_line")
public class TransferLine {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "transfer_id")
    private Transfer transfer;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private String gtin;
    @Column(name = "item_name")
    private String itemName;
    private BigDecimal quantity;
    @Column(name = "loaded_quantity")
    private BigDecimal loaded;
    @Column(name = "received_quantity")
    private BigDecimal received;
    @Column(name = "from_location_id")
    private UUID fromLocationId;
    @Column(name = "from_code")
    private String fromCode;
    @Column(name = "from_walk_sequence")
    private int fromWalkSequence;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;
    private String currency;

    protected TransferLine() {
    }

    TransferLine(UUID id, Transfer transfer, int lineNumber, Item item, BigDecimal quantity, Location from) {
        this.id = id;
        this.transfer = transfer;
        this.lineNumber = lineNumber;
        this.itemId = item.id();
        this.sku = item.sku();
        this.gtin = item.gtin() == null ? null : item.gtin().digits();
        this.itemName = item.name();
        this.quantity = quantity;
        this.loaded = BigDecimal.ZERO;
        this.received = BigDecimal.ZERO;
        this.fromLocationId = from == null ? null : from.id();
        this.fromCode = from == null ? null : from.code();
        this.fromWalkSequence = from == null ? Integer.MAX_VALUE : from.walkSequence();
    }

    /** The currency the line travels at; null before dispatch. */
    public String currency() {
        return currency;
    }

    public UUID id() {
        return id;
    }

    Transfer transfer() {
        return transfer;
    }

    /** The bin suggested to load from; null when the sender held none of it when the transfer was opened. */
    public String fromCode() {
        return fromCode;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public String gtin() {
        return gtin;
    }

    public String itemName() {
        return itemName;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal loaded() {
        return loaded;
    }

    public BigDecimal received() {
        return received;
    }

    /** The cost one each travels at, fixed at dispatch; empty before. */
    Money unitCost() {
        return new Money(unitCost, currency);
    }

    void load(BigDecimal more) {
        loaded = loaded.add(more);
    }

    void receive(BigDecimal more) {
        received = received.add(more);
    }

    void dispatchedAt(Money cost) {
        unitCost = cost.amount();
        currency = cost.currency();
    }

    TransferView.Line view() {
        return new TransferView.Line(id, lineNumber, itemId, sku, gtin, itemName, quantity, loaded, received, fromCode,
                fromWalkSequence);
    }
}
