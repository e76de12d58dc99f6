package dev.depot.model.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of a customer's contact details. Each is edited, merged and, when both sides changed it,
 * disputed on its own: a new phone number from the rep and a new email from the office both stand.
 */
public enum ContactField {
    PHONE("phone", "Phone", 40),
    EMAIL("email", "Email", 120),
    CONTACT_NAME("contactName", "Contact name", 120);

    /** Digits with the usual separators, a leading plus and an extension ("+1 (614) 555-0100 x12"). */
    private static final Pattern PHONE_TEXT = Pattern.compile("[+]?[0-9 ()./-]+(\\s*(x|ext\\.?)\\s*[0-9]+)?");
    /** Deliberately loose: something@somewhere.tld without spaces; the mail server is the real test. */
    private static final Pattern EMAIL_TEXT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String wireName;
    private final String title;
    private final int maxLength;

    ContactField(String wireName, String title, int maxLength) {
        this.wireName = wireName;
        this.title = title;
        this.maxLength = maxLength;
    }

    /** The name in commands and views ({@code contactName}). */
    public String wireName() {
        return wireName;
    }

    /** The name people read ("Contact name"). */
    public String title() {
        return title;
    }

    public int maxLength() {
        return maxLength;
    }

    /** How a value is kept: without surrounding blanks, and an empty value means none. */
    public static String normalized(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** What makes a value unusable for this field, as the end of a sentence; none for an empty value (clearing is allowed). */
    public Optional<String> problemWith(String value) {
        String kept = normalized(value);
        if (kept == null) {
            return Optional.empty();
        }
        int length = kept.codePointCount(0, kept.length());
        if (length > maxLength) {
            return Optional.of("has at most " + maxLength + " characters, got " + length);
        }
        return switch (this) {
            case PHONE -> PHONE_TEXT.matcher(kept).matches() ? Optional.empty()
                    : Optional.of("is not a phone number: use digits, spaces, + ( ) - . and x for an extension");
            case EMAIL -> EMAIL_TEXT.matcher(kept).matches() ? Optional.empty()
                    : Optional.of("is not an email address like name@example.com");
            case CONTACT_NAME -> Optional.empty();
        };
    }
}
