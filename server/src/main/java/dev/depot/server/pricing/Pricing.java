package dev.depot.server.pricing;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.views.ItemPriceView;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The pricing capability: price lists and the item prices on them. */
public final class Pricing implements SnapshotSource {

    private final ChangeLog changes;

    public Pricing(ChangeLog changes) {
        this.changes = changes;
    }

    public PriceListRecord addPriceList(EntityManager em, String code, String name, String currency) {
        PriceListRecord list = new PriceListRecord(code, name, currency);
        em.persist(list);
        return list;
    }

    /** Sets (or replaces) an item's breaks on a list; devices get the new prices with their next pull. */
    public void setPrice(EntityManager em, String priceList, ItemPrice price) {
        PriceListRecord list = em.find(PriceListRecord.class, priceList);
        if (list == null) {
            throw ProblemException.notFound("price list " + priceList);
        }
        if (!price.breaks().getFirst().unitPrice().currency().equals(list.currency())) {
            throw ProblemException.invalid("breaks", "price list " + priceList + " is in " + list.currency());
        }
        ItemPriceRecord record = find(em, priceList, List.of(price.itemId())).stream().findFirst().orElse(null);
        if (record == null) {
            record = new ItemPriceRecord(UuidV7.next(), priceList, price);
            em.persist(record);
        } else {
            record.replace(price);
        }
        em.flush();
        changes.publish(em, record.view(), record.version(), List.of(Scope.prices(priceList)));
    }

    /** The list with the prices of the given items only: what pricing one order needs. */
    public PriceList priceList(EntityManager em, String code, Collection<java.util.UUID> itemIds) {
        PriceListRecord list = em.find(PriceListRecord.class, code);
        if (list == null) {
            throw ProblemException.notFound("price list " + code);
        }
        List<ItemPrice> prices = find(em, code, itemIds).stream().map(ItemPriceRecord::price).toList();
        return PriceList.of(code, list.currency(), prices);
    }

    private static List<ItemPriceRecord> find(EntityManager em, String priceList, Collection<java.util.UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ItemPriceRecord p where p.priceList = :list and p.itemId in :items",
                        ItemPriceRecord.class)
                .setParameter("list", priceList)
                .setParameter("items", Set.copyOf(itemIds))
                .getResultList();
    }

    @Override
    public String entityType() {
        return ItemPriceView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("prices")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select p from ItemPriceRecord p where p.priceList = :list and p.id > :after order by p.id",
                        ItemPriceRecord.class).setParameter("list", scope.subject()),
                scope, ItemPriceRecord::view, ItemPriceRecord::version);
    }
}
