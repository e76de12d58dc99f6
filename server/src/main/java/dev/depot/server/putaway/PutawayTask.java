package dev.depot.server.putaway;

import dev.depot.model.views.PutawayRule;
import dev.depot.model.views.PutawayTaskView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Goods received sound, to be moved from receiving into a bin: open until all of it is put away. */
@Entity
@Table(name = "putaway_task")
public class PutawayTask {

    @Id
    private UUID id;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "goods_receipt_id")
    private UUID goodsReceiptId;
    @Column(name = "transfer_receipt_id")
    private UUID transferReceiptId;
    @Column(name = "purchase_order_number")
    private String purchaseOrderNumber;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private String gtin;
    @Column(name = "item_name")
    private String itemName;
    private String lot;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "from_location_id")
    private UUID fromLocationId;
    @Column(name = "from_code")
    private String fromCode;
    private BigDecimal quantity;
    @Column(name = "put_away_quantity")
    private BigDecimal putAwayQuantity;
    @Column(name = "suggested_location_id")
    private UUID suggestedLocationId;
    @Column(name = "suggested_code")
    private String suggestedCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_rule")
    private PutawayRule suggestionRule;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Version
    private long version;

    /** Open while goods wait in receiving; done once all of them are in bins. */
    enum Status {
        OPEN,
        DONE
    }

    protected PutawayTask() {
    }

    PutawayTask(UUID id, Putaway.Arrival arrival) {
        this.id = id;
        this.warehouseId = arrival.from().warehouseId();
        this.goodsReceiptId = arrival.receipt().goodsReceiptId();
        this.transferReceiptId = arrival.receipt().transferReceiptId();
        this.purchaseOrderNumber = arrival.documentNumber();
        this.itemId = arrival.itemId();
        this.sku = arrival.sku();
        this.gtin = arrival.gtin();
        this.itemName = arrival.itemName();
        this.lot = arrival.lot();
        this.expiresOn = arrival.expiresOn();
        this.fromLocationId = arrival.from().id();
        this.fromCode = arrival.from().code();
        this.quantity = arrival.quantity();
        this.putAwayQuantity = BigDecimal.ZERO;
        this.status = Status.OPEN;
        this.receivedAt = arrival.receivedAt();
    }

    /** Where the rules send what is left, and why; none when no bin has room for it. */
    void suggest(PutawayRules.Suggestion suggestion) {
        suggestedLocationId = suggestion == null ? null : suggestion.bin().id();
        suggestedCode = suggestion == null ? null : suggestion.bin().code();
        suggestionRule = suggestion == null ? null : suggestion.rule();
    }

    /** Records what went into a bin; the task is done when nothing is left in receiving. */
    void putAway(BigDecimal moved, Instant at) {
        putAwayQuantity = putAwayQuantity.add(moved);
        if (remaining().signum() == 0 && status == Status.OPEN) {
            status = Status.DONE;
            doneAt = at;
            suggest(null);
        }
    }

    BigDecimal remaining() {
        return quantity.subtract(putAwayQuantity).max(BigDecimal.ZERO);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID id() {
        return id;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public String itemName() {
        return itemName;
    }

    public String lot() {
        return lot;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public UUID fromLocationId() {
        return fromLocationId;
    }

    public String fromCode() {
        return fromCode;
    }

    public UUID suggestedLocationId() {
        return suggestedLocationId;
    }

    public String suggestedCode() {
        return suggestedCode;
    }

    public PutawayRule suggestionRule() {
        return suggestionRule;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public long version() {
        return version;
    }

    public PutawayTaskView view() {
        return new PutawayTaskView(id, warehouseId, purchaseOrderNumber, itemId, sku, gtin, itemName, lot, expiresOn, fromCode, quantity,
                putAwayQuantity, suggestedCode, suggestionRule, receivedAt);
    }
}
