package dev.depot.server.admin;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How the admin writes amounts, quantities and times for people: one place, so every page agrees. */
public final class Display {

    private static final Locale LOCALE = Locale.US;

    private final DateTimeFormatter dateTime;
    private final Clock clock;
    private final DateTimeFormatter date;

    Display(ZoneId zone, Clock clock) {
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE).withZone(zone);
        this.clock = clock;
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE).withZone(zone);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }

    /** Whole quantities without decimals, grouped: 1,200 and 2.5. */
    static String quantity(BigDecimal quantity) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(LOCALE)).format(quantity);
    }

    /** A discount as people say it: 5%, 12.5%, or a dash when there is none. */
    static String percent(BigDecimal percent) {
        return percent.signum() == 0 ? "—" : quantity(percent) + "%";
    }

    /** Messages from the use cases start in lower case, as they are written to be embedded; on a page they start a line. */
    static String capitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A sentence continued after a colon: "The hold is still on: say why …". */
    static String uncapitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    String time(Instant instant) {
        return dateTime.format(instant);
    }

    /** How long something has waited since {@code since}, as {@link #age(Duration)} says it. */
    String ageSince(Instant since) {
        return age(waitedSince(since));
    }

    Duration waitedSince(Instant since) {
        return Duration.between(since, clock.instant());
    }

    /** How long something has waited, as people say it: "just now", "12 min", "3 h 5 min", "2 d 4 h". */
    static String age(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** A due date, and whether it has passed. */
    String day(LocalDate day) {
        return date.format(day);
    }

    /** The time of day now, where the warehouse keeps its cut-offs. */
    LocalTime timeOfDay() {
        return LocalTime.ofInstant(clock.instant(), date.getZone());
    }

    boolean isPast(LocalDate day) {
        return day.isBefore(LocalDate.now(clock.withZone(date.getZone())));
    }

    String date(Instant instant) {
        return date.format(instant);
    }
}
