package dev.depot.server.pricing;

import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.ItemPriceView;
import dev.depot.sync.protocol.SyncJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One item's quantity breaks on one price list. The break schedule is one value (it is always read
 * and replaced whole), so it is stored as one JSON column.
 */
@Entity
@Table(name = "item_price")
public class ItemPriceRecord {

    private static final Type BREAKS = new ArrayList<PriceBreak>() { }.getClass().getGenericSuperclass();

    @Id
    private UUID id;
    @Column(name = "price_list")
    private String priceList;
    @Column(name = "item_id")
    private UUID itemId;
    private String breaks;
    @Version
    private long version;

    protected ItemPriceRecord() {
    }

    public ItemPriceRecord(UUID id, String priceList, ItemPrice price) {
        this.id = id;
        this.priceList = priceList;
        this.itemId = price.itemId();
        this.breaks = SyncJson.toJson(price.breaks());
    }

    public void replace(ItemPrice price) {
        this.breaks = SyncJson.toJson(price.breaks());
    }

    public UUID itemId() {
        return itemId;
    }

    public long version() {
        return version;
    }

    public ItemPrice price() {
        List<PriceBreak> schedule = SyncJson.fromJson(breaks, BREAKS);
        return new ItemPrice(itemId, schedule);
    }

    public ItemPriceView view() {
        return new ItemPriceView(id, priceList, itemId, price().breaks());
    }
}
