package dev.depot.server.purchasing;

import dev.depot.model.views.PurchaseOrderView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A pallet a supplier announced in its advance ship notice: its SSCC and what is on it. Received
 * once a receipt on its order carries its SSCC, so the same pallet is never received twice by its
 * label.
 */
@Entity
@Table(name = "asn_pallet")
public class AsnPallet {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder order;
    private String sscc;
    @Column(name = "announced_at")
    private Instant announcedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @OneToMany(mappedBy = "pallet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id") // time-ordered ids: as the notice listed them
    private List<AsnPalletLine> lines = new ArrayList<>();

    protected AsnPallet() {
    }

    AsnPallet(UUID id, PurchaseOrder order, String sscc, Instant announcedAt) {
        this.id = id;
        this.order = order;
        this.sscc = sscc;
        this.announcedAt = announcedAt;
    }

    void add(AsnPalletLine line) {
        lines.add(line);
    }

    public String sscc() {
        return sscc;
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    void received(Instant at) {
        if (receivedAt == null) {
            receivedAt = at;
        }
    }

    PurchaseOrderView.Pallet view() {
        return new PurchaseOrderView.Pallet(sscc, lines.stream().map(AsnPalletLine::view).toList(), isReceived());
    }
}
