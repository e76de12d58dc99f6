package dev.depot.server.purchasing;

import dev.depot.model.views.PurchaseOrderView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** So many eaches of an order line's item on an announced pallet, with their lot and expiry. */
@Entity
@Table(name = "asn_pallet_line")
public class AsnPalletLine {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "pallet_id")
    private AsnPallet pallet;
    @Column(name = "purchase_order_line_id")
    private UUID purchaseOrderLineId;
    private BigDecimal quantity;
    private String lot;
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected AsnPalletLine() {
    }

    AsnPalletLine(UUID id, AsnPallet pallet, UUID purchaseOrderLineId, BigDecimal quantity, String lot, LocalDate expiresOn) {
        this.id = id;
        this.pallet = pallet;
        this.purchaseOrderLineId = purchaseOrderLineId;
        this.quantity = quantity;
        this.lot = lot;
        this.expiresOn = expiresOn;
    }

    PurchaseOrderView.PalletLine view() {
        return new PurchaseOrderView.PalletLine(purchaseOrderLineId, quantity, lot, expiresOn);
    }
}
