package dev.depot.mobile.ui;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Money, quantities and times as people read them on the device, in the device's locale and zone. */
public final class Formats {

    private static final Locale LOCALE = readableLocale();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    private Formats() {
    }

    public static String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }

    public static String quantity(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "10:42" today, "22 Nov 10:42" another day. */
    public static String when(Instant instant, ZoneId zone, LocalDate today) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DAY_AND_TIME.format(local);
    }

    /** "22 Nov 10:42": for text read on another day than it was written. */
    public static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }

    /** "31 May 2027": a due date, an expiry. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** A POSIX "C" locale has no country and no currency symbols; read money the US way then. */
    private static Locale readableLocale() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        return locale.getCountry().isEmpty() ? Locale.US : locale;
    }
}
