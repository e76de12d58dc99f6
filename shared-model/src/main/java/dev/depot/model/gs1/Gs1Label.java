package dev.depot.model.gs1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a GS1-128 label says: the pallet (AI 00), the product (01), its lot (10), best-before or
 * expiry (17) and the count of items (30). Each part is absent when the label does not carry it.
 *
 * <p>A label can be written back as an element string (to print or encode) and read again by
 * {@link Gs1Parser} to the same values, as long as the expiry lies within the parser's
 * century window (49 years back, 50 ahead).
 */
public record Gs1Label(Sscc sscc, Gtin gtin, String lot, LocalDate expiry, BigDecimal count) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final BigDecimal MAX_COUNT = new BigDecimal("99999999");

    public Gs1Label {
        if (lot != null && (lot.isEmpty() || lot.length() > 20 || lot.indexOf(Gs1Parser.GROUP_SEPARATOR) >= 0)) {
            throw new Gs1FormatException("a lot has 1 to 20 characters and no separator, got '" + lot + "'");
        }
        if (count != null && (count.signum() < 0 || count.stripTrailingZeros().scale() > 0 || count.compareTo(MAX_COUNT) > 0)) {
            throw new Gs1FormatException("a count is a whole number from 0 to 99999999, got " + count.toPlainString());
        }
    }

    public Optional<Sscc> ssccIfAny() {
        return Optional.ofNullable(sscc);
    }

    public Optional<Gtin> gtinIfAny() {
        return Optional.ofNullable(gtin);
    }

    public Optional<String> lotIfAny() {
        return Optional.ofNullable(lot);
    }

    public Optional<LocalDate> expiryIfAny() {
        return Optional.ofNullable(expiry);
    }

    public Optional<BigDecimal> countIfAny() {
        return Optional.ofNullable(count);
    }

    /**
     * The element string as a scanner delivers it, without a symbology identifier: fixed-length
     * fields first, then the variable-length ones, each but the last ended by the group separator.
     */
    public String elementString() {
        StringBuilder text = new StringBuilder();
        ssccIfAny().ifPresent(s -> text.append("00").append(s.digits()));
        gtinIfAny().ifPresent(g -> text.append("01").append(g.digits()));
        expiryIfAny().ifPresent(e -> text.append("17").append(e.format(YYMMDD)));
        if (lot != null) {
            text.append("10").append(lot);
            if (count != null) {
                text.append(Gs1Parser.GROUP_SEPARATOR);
            }
        }
        countIfAny().ifPresent(c -> text.append("30").append(c.toBigIntegerExact()));
        return text.toString();
    }

    /** The text printed under the bars, with each application identifier in brackets. */
    public String humanReadable() {
        StringBuilder text = new StringBuilder();
        ssccIfAny().ifPresent(s -> text.append("(00)").append(s.digits()));
        gtinIfAny().ifPresent(g -> text.append("(01)").append(g.digits()));
        expiryIfAny().ifPresent(e -> text.append("(17)").append(e.format(YYMMDD)));
        lotIfAny().ifPresent(l -> text.append("(10)").append(l));
        countIfAny().ifPresent(c -> text.append("(30)").append(c.toBigIntegerExact()));
        return text.toString();
    }
}
