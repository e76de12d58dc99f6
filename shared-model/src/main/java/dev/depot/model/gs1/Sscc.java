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

    @Override
    public String toString() {
        return digits;
    }
}
