package dev.depot.server.catalog;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.quantity.Packaging;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.model.views.ItemView;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog capability: items, found by id, SKU, barcode or text; every change reaches devices. */
public final class Catalog implements SnapshotSource {

    private final ChangeLog changes;

    public Catalog(ChangeLog changes) {
        this.changes = changes;
    }

    /** A new item; SKU and GTIN must be unused. */
    public Item addItem(EntityManager em, NewItem item) {
        if (bySku(em, item.sku()).isPresent()) {
            throw ProblemException.invalid("sku", "SKU " + item.sku() + " is taken");
        }
        if (byGtin(em, item.gtin()).isPresent()) {
            throw ProblemException.invalid("gtin", "GTIN " + item.gtin() + " already belongs to another item");
        }
        Item created = new Item(UuidV7.next(), item.sku(), item.gtin(), item.name(), item.packaging(), item.standardCost());
        em.persist(created);
        em.flush();
        changes.publish(em, created.view(), created.version(), List.of(Scope.CATALOG));
        return created;
    }

    /**
     * The barcode on the item's case (a GTIN-14, usually the each's with an indicator digit in front):
     * scanning it names so many eaches. It may name no other item, nor any other item's case.
     */
    public void setCaseGtin(EntityManager em, Item item, Gtin caseGtin) {
        if (caseGtin.equals(item.gtin())) {
            throw ProblemException.invalid("caseGtin", "GTIN " + caseGtin + " is the barcode of one " + item.sku() + ", not of its case");
        }
        Optional<Item> holder = em.createQuery("select i from Item i where i.id <> :item and (i.gtin = :code or i.caseGtin = :code)",
                        Item.class)
                .setParameter("item", item.id()).setParameter("code", caseGtin.digits()).getResultStream().findFirst();
        if (holder.isPresent()) {
            Item other = holder.get();
            throw ProblemException.invalid("caseGtin", "GTIN " + caseGtin + " already names "
                    + (other.gtin().equals(caseGtin) ? "" : "the case of ") + other.sku() + " (" + other.name() + ")");
        }
        item.caseBarcode(caseGtin);
    }

    public Optional<Item> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Item.class, id));
    }

    /** The items with these ids; ids that do not exist are simply absent. */
    public Map<UUID, Item> byIds(EntityManager em, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i from Item i where i.id in :ids", Item.class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
    }

    public Optional<Item> bySku(EntityManager em, String sku) {
        return em.createQuery("select i from Item i where i.sku = :sku", Item.class)
                .setParameter("sku", sku).getResultStream().findFirst();
    }

    public Optional<Item> byGtin(EntityManager em, Gtin gtin) {
        return em.createQuery("select i from Item i where i.gtin = :gtin", Item.class)
                .setParameter("gtin", gtin.digits()).getResultStream().findFirst();
    }

    /** Items whose SKU or name contains the text (any case), by SKU, one page at a time. */
    public List<Item> search(EntityManager em, String text, int offset, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return em.createQuery("select i from Item i where lower(i.sku) like :p or lower(i.name) like :p order by i.sku", Item.class)
                .setParameter("p", pattern)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public String entityType() {
        return ItemView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.equals(Scope.CATALOG)) {
            return List.of();
        }
        return page.upserts(em.createQuery("select i from Item i where i.id > :after order by i.id", Item.class),
                Scope.CATALOG, Item::view, Item::version);
    }

    /** What it takes to add an item. */
    public record NewItem(String sku, Gtin gtin, String name, Packaging packaging, Money standardCost) {
    }
}
