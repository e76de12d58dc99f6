package dev.depot.mobile.rep;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds catalog items on the device: by a scanned GTIN, or by words of the name or the SKU. */
final class ItemFinder {

    private static final int MOST_RESULTS = 20;

    private final List<ItemView> items;
    /** Items by barcode, built once per replica: a scan is a lookup, not a walk through the catalog. */
    private final Map<Gtin, ItemView> byGtin;

    ItemFinder(Replica replica) {
        this.items = replica.all(ItemView.class).filter(ItemView::active)
                .sorted(Comparator.comparing(ItemView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.byGtin = items.stream().filter(item -> item.gtin() != null && Gtin.isValid(item.gtin()))
                .collect(Collectors.toUnmodifiableMap(item -> Gtin.parse(item.gtin()), item -> item, (first, second) -> first));
    }

    Optional<ItemView> scanned(ItemScan scan) {
        return Optional.ofNullable(byGtin.get(scan.gtin()));
    }

    /** Items whose name or SKU contains every word typed, in any case. */
    List<ItemView> search(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return items.stream()
                .filter(item -> {
                    String haystack = (item.name() + " " + item.sku()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(haystack::contains);
                })
                .limit(MOST_RESULTS)
                .toList();
    }
}
