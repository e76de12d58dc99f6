package dev.depot.model.gs1;

import java.util.Objects;

/** A Serial Shipping Container Code: the 18-digit number of one pallet or carton (AI 00). */
public record Sscc(String digits) {

    public Sscc {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 18 || !Mod10.allDigits(digits)) {
            throw new Gs1FormatException("an SSCC has 18 digits, got '" + digits + "'");
        }
        if (!Mod10.hasValidCheckDigit(digits)) {
            throw new Gs1FormatException("SSCC " + digits + " has a wrong check digit");
        }
    }

    /**
     * The SSCC a shipper gives a container: the extension digit (0–9, the shipper's choice), its GS1
     * company prefix (7 to 10 digits) and a serial reference filling the rest of the 17 digits, then
     * the check digit.
     */
    public static Sscc of(int extension, String companyPrefix, long serial) {
        if (extension < 0 || extension > 9) {
            throw new Gs1FormatException("an SSCC's extension digit is 0 to 9, got " + extension);
        }
        if (companyPrefix == null || companyPrefix.length() < 7 || companyPrefix.length() > 10 || !Mod10.allDigits(companyPrefix)) {
            throw new Gs1FormatException("a GS1 company prefix has 7 to 10 digits, got '" + companyPrefix + "'");
        }
        String reference = Long.toString(serial);
        int width = 16 - companyPrefix.length();
        if (serial < 0 || reference.length() > width) {
            throw new Gs1FormatException("serial " + serial + " does not fit the " + width + " digits company prefix "
                    + companyPrefix + " leaves");
        }
        String body = extension + companyPrefix + "0".repeat(width - reference.length()) + reference;
        return new Sscc(body + Mod10.checkDigit(body));
    }

    /** As printed under the bars: {@code (00) 1 0614141 123456789 7} reads as {@code (00) 106141411234567897}. */
    public String humanReadable() {
        return "(00) " + digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
