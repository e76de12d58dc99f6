package dev.depot.model.gs1;

import java.util.Objects;

/**
 * A Global Trade Item Number. GTIN-8, -12 (UPC-A), -13 (EAN) and -14 are accepted and kept as
 * the 14-digit form padded with leading zeros, so one number compares equal however many digits it
 * was printed with. Nothing else is normalised: a case label's GTIN-14 (its own indicator and
 * check digit) is another GTIN than the unit's, and telling which unit a case holds is the
 * catalog's business.
 */
public record Gtin(String digits) {

    public Gtin {
        Objects.requireNonNull(digits, "digits");
        if (!Mod10.allDigits(digits)) {
            throw new Gs1FormatException("a GTIN has only digits, got '" + digits + "'");
        }
        if (digits.length() != 8 && digits.length() != 12 && digits.length() != 13 && digits.length() != 14) {
            throw new Gs1FormatException("a GTIN has 8, 12, 13 or 14 digits, got " + digits.length() + " in " + digits);
        }
        if (!Mod10.hasValidCheckDigit(digits)) {
            throw new Gs1FormatException("GTIN " + digits + " has a wrong check digit (expected "
                    + Mod10.checkDigit(digits.substring(0, digits.length() - 1)) + ")");
        }
        digits = "0".repeat(14 - digits.length()) + digits;
    }

    public static Gtin parse(String text) {
        return new Gtin(text.strip());
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (Gs1FormatException e) {
            return false;
        }
    }

    /** Appends the check digit to a GTIN body (7, 11, 12 or 13 digits). */
    public static Gtin withCheckDigit(String body) {
        return new Gtin(body + Mod10.checkDigit(body));
    }

    /** The shortest standard form: GTIN-13 for EAN products, GTIN-12 for UPC, as printed under the bars. */
    public String shortForm() {
        if (digits.startsWith("000000")) {
            return digits.substring(6);
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
