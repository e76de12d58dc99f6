package dev.depot.server.purchasing;

import dev.depot.server.putaway.Putaway;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What inspection decided for some of a damaged receipt's goods, and the ledger line that moved them. */
@Entity
@Table(name = "quarantine_decision")
public class QuarantineDecision {

    @Id
    private UUID id;
    @Column(name = "goods_receipt_id")
    private UUID goodsReceiptId;
    @Column(name = "transfer_receipt_id")
    private UUID transferReceiptId;
    @Enumerated(EnumType.STRING)
    private Disposition disposition;
    private BigDecimal quantity;
    @Column(name = "movement_id")
    private UUID movementId;
    private String note;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected QuarantineDecision() {
    }

    QuarantineDecision(UUID id, Putaway.Receipt receipt, Inspection.Decision decision, UUID movementId, Instant decidedAt) {
        this.id = id;
        this.goodsReceiptId = receipt.goodsReceiptId();
        this.transferReceiptId = receipt.transferReceiptId();
        this.disposition = decision.disposition();
        this.quantity = decision.quantity();
        this.movementId = movementId;
        this.note = decision.note();
        this.decidedBy = decision.inspector().userId();
        this.decidedAt = decidedAt;
    }
}
