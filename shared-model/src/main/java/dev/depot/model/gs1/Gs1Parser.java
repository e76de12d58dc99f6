package dev.depot.model.gs1;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GS1-128 element strings as scanners deliver them: with or without a symbology identifier
 * ({@code ]C1}, {@code ]d2}, {@code ]Q3}, {@code ]e0}), variable-length fields ended by the group
 * separator (FNC1, ASCII 29), or the human-readable form with the AIs in brackets.
 *
 * <p>Supported application identifiers: 00 (SSCC), 01 (GTIN), 10 (batch/lot), 17 (expiry date),
 * 30 (variable count). Anything else is refused with the position, so a person can tell a damaged
 * label from an unsupported one. Positions count from 1 at the first character after the symbology
 * identifier (in the bracketed form, from the first bracket).
 */
public final class Gs1Parser {

    public static final char GROUP_SEPARATOR = '\u001D';

    private static final List<String> SYMBOLOGY_IDS = List.of("]C1", "]d2", "]Q3", "]e0");

    /** An application identifier in the human-readable form: two to four digits in brackets. */
    private static final Pattern BRACKETED_AI = Pattern.compile("\\((\\d{2,4})\\)");

    private final Clock clock;

    public Gs1Parser(Clock clock) {
        this.clock = clock;
    }

    /** True when the scan looks like a GS1 element string rather than a plain product or bin code. */
    public static boolean looksLikeGs1(String scan) {
        String text = scan.strip();
        return SYMBOLOGY_IDS.stream().anyMatch(text::startsWith)
                || text.startsWith("(")
                || text.indexOf(GROUP_SEPARATOR) >= 0;
    }

    public Gs1Label parse(String scan) {
        if (scan == null || scan.isBlank()) {
            throw new Gs1FormatException("the scan is empty");
        }
        List<Element> elements = scan.strip().startsWith("(") ? bracketed(scan.strip()) : raw(withoutSymbologyId(scan.strip()));
        return label(elements);
    }

    private record Element(String ai, String value) {
    }

    private static String withoutSymbologyId(String text) {
        for (String id : SYMBOLOGY_IDS) {
            if (text.startsWith(id)) {
                return text.substring(id.length());
            }
        }
        return text;
    }

    private static List<Element> raw(String data) {
        List<Element> elements = new ArrayList<>();
        int pos = 0;
        while (pos < data.length()) {
            if (data.charAt(pos) == GROUP_SEPARATOR) {
                pos++;
                continue;
            }
            if (pos + 2 > data.length()) {
                throw new Gs1FormatException("the label ends inside an application identifier at position " + (pos + 1));
            }
            String ai = data.substring(pos, pos + 2);
            Field field = Field.of(ai, pos);
            int start = pos + 2;
            int end;
            if (field.fixedLength > 0) {
                end = start + field.fixedLength;
                // A separator inside a fixed-length field means the field was cut short, like the end of the data.
                int separator = data.indexOf(GROUP_SEPARATOR, start);
                int available = (separator >= 0 ? separator : data.length()) - start;
                if (available < field.fixedLength) {
                    throw new Gs1FormatException("AI (" + ai + ") at position " + (pos + 1) + " needs " + field.fixedLength
                            + " characters, the label has only " + available);
                }
            } else {
                int separator = data.indexOf(GROUP_SEPARATOR, start);
                end = separator < 0 ? data.length() : separator;
            }
            elements.add(new Element(ai, data.substring(start, end)));
            pos = end;
        }
        return elements;
    }

    private static List<Element> bracketed(String text) {
        List<Element> elements = new ArrayList<>();
        Matcher ai = BRACKETED_AI.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
            if (!ai.find(pos) || ai.start() != pos) {
                throw new Gs1FormatException("expected '(' and an application identifier at position " + (pos + 1));
            }
            String code = ai.group(1);
            Field.of(code, pos);
            // A '(' inside a lot is data; only "(nn)" starts the next element.
            int valueStart = ai.end();
            int end = ai.find(valueStart) ? ai.start() : text.length();
            elements.add(new Element(code, text.substring(valueStart, end)));
            pos = end;
        }
        return elements;
    }

    private Gs1Label label(List<Element> elements) {
        if (elements.isEmpty()) {
            throw new Gs1FormatException("the label carries no data");
        }
        Sscc sscc = null;
        Gtin gtin = null;
        String lot = null;
        LocalDate expiry = null;
        BigDecimal count = null;
        for (Element e : elements) {
            Field field = Field.of(e.ai, 0);
            field.check(e.value);
            switch (field) {
                case SSCC -> sscc = new Sscc(e.value);
                case GTIN -> gtin = new Gtin(e.value);
                case LOT -> lot = e.value;
                case EXPIRY -> expiry = expiry(e.value);
                case COUNT -> count = new BigDecimal(e.value);
            }
        }
        return new Gs1Label(sscc, gtin, lot, expiry, count);
    }

    /** YYMMDD with the GS1 century rule (General Specifications 7.12); day 00 means the month's last day. */
    private LocalDate expiry(String yymmdd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int currentYear = LocalDate.now(clock).getYear();
        int century = currentYear / 100 * 100;
        int difference = yy - currentYear % 100;
        if (difference >= 51) {
            century -= 100;
        } else if (difference <= -50) {
            century += 100;
        }
        try {
            YearMonth yearMonth = YearMonth.of(century + yy, month);
            return day == 0 ? yearMonth.atEndOfMonth() : yearMonth.atDay(day);
        } catch (DateTimeException e) {
            throw new Gs1FormatException("AI (17) holds " + yymmdd + ", which is not a date (YYMMDD)");
        }
    }

    private enum Field {
        SSCC("00", 18, 18, true),
        GTIN("01", 14, 14, true),
        LOT("10", 0, 20, false),
        EXPIRY("17", 6, 6, true),
        COUNT("30", 0, 8, true);

        final String ai;
        final int fixedLength;
        final int maxLength;
        final boolean numeric;

        Field(String ai, int fixedLength, int maxLength, boolean numeric) {
            this.ai = ai;
            this.fixedLength = fixedLength;
            this.maxLength = maxLength;
            this.numeric = numeric;
        }

        static Field of(String ai, int position) {
            for (Field f : values()) {
                if (f.ai.equals(ai)) {
                    return f;
                }
            }
            throw new Gs1FormatException("application identifier (" + ai + ") at position " + (position + 1)
                    + " is not supported (supported: 00, 01, 10, 17, 30)");
        }

        void check(String value) {
            if (value.isEmpty() || value.length() > maxLength || (fixedLength > 0 && value.length() != fixedLength)) {
                throw new Gs1FormatException("AI (" + ai + ") holds '" + value + "': expected "
                        + (fixedLength > 0 ? "exactly " + fixedLength : "1 to " + maxLength) + " characters");
            }
            if (numeric && !Mod10.allDigits(value)) {
                throw new Gs1FormatException("AI (" + ai + ") holds '" + value + "': expected digits only");
            }
        }
    }
}
