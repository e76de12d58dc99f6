package dev.depot.mobile.scan;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Label;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.gs1.Sscc;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a scan says about a product: its GTIN, and how many units the label stands for (AI 30 on a
 * GS1-128 label; 1 for a plain product barcode). Text that is not a barcode is not an item scan.
 */
public record ItemScan(Gtin gtin, BigDecimal count) {

    /**
     * Reads a scan: a plain GTIN (8 to 14 digits) or a GS1-128 element string carrying AI 01.
     *
     * @return empty when the text is no barcode at all (a name or SKU typed to search)
     * @throws Gs1FormatException when it is a barcode but a damaged or unsupported one; the message says why
     */
    public static Optional<ItemScan> read(String scan, Gs1Parser parser) {
        return readLabel(scan, parser).map(ItemScan::of);
    }

    /** What a product's label says about the product: its GTIN, and how many units it stands for. */
    public static ItemScan of(Gs1Label label) {
        return new ItemScan(label.gtin(), label.countIfAny().filter(c -> c.signum() > 0).orElse(BigDecimal.ONE));
    }

    /**
     * Reads a scan as a label naming a product: a GS1-128 element string carrying AI 01 (with its lot,
     * expiry, count and pallet when it has them), or a plain GTIN as a label with the GTIN alone.
     *
     * @return empty when the text is no barcode at all
     * @throws Gs1FormatException when it is a barcode but a damaged or unsupported one, or names no product
     */
    public static Optional<Gs1Label> readLabel(String scan, Gs1Parser parser) {
        String text = scan.strip();
        if (Gs1Parser.looksLikeGs1(text) || isBareElementString(text)) {
            Gs1Label label = parser.parse(text);
            if (label.gtinIfAny().isEmpty()) {
                throw new Gs1FormatException("this label names no product (no AI 01): scan the item's own barcode");
            }
            return Optional.of(label);
        }
        if (text.matches("\\d{8}|\\d{12,14}")) {
            // a wrong check digit throws with the reason
            return Optional.of(new Gs1Label(null, Gtin.parse(text), null, null, null));
        }
        return Optional.empty();
    }

    /**
     * Reads a scan as a pallet's label: a GS1-128 element string with a pallet (AI 00) and no product,
     * or the 18 digits of an SSCC alone.
     *
     * @return empty when the scan names a product, or is no barcode at all
     * @throws Gs1FormatException when it is a pallet label but a damaged one; the message says why
     */
    public static Optional<Sscc> readPallet(String scan, Gs1Parser parser) {
        String text = scan.strip();
        if (Gs1Parser.looksLikeGs1(text) || isBareElementString(text)) {
            Gs1Label label = parser.parse(text);
            return label.gtinIfAny().isPresent() ? Optional.empty() : label.ssccIfAny();
        }
        return text.matches("\\d{18}") ? Optional.of(new Sscc(text)) : Optional.empty();
    }

    /**
     * GS1-128 sent without the symbology prefix: longer than a GTIN and starting with a pallet (AI 00)
     * or a product (AI 01) in digits; a lot may follow in letters.
     */
    private static boolean isBareElementString(String text) {
        return text.length() > 14 && (text.startsWith("00") || text.startsWith("01"))
                && text.chars().limit(16).allMatch(Character::isDigit);
    }

    /** Whether a GTIN as the replica stores it (any length) names this scan's product. */
    public boolean names(String storedGtin) {
        return storedGtin != null && Gtin.isValid(storedGtin) && Gtin.parse(storedGtin).equals(gtin);
    }
}
