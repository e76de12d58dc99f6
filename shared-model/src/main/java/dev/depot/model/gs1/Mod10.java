package dev.depot.model.gs1;

/** The GS1 check digit: weights 3,1,3,1… from the right, over every digit but the check digit. */
final class Mod10 {

    private Mod10() {
    }

    static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean hasValidCheckDigit(String digits) {
        int last = digits.length() - 1;
        return checkDigit(digits.substring(0, last)) == digits.charAt(last) - '0';
    }

    static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
