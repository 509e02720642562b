package org.mpaka.screening;

import java.util.Locale;

/**
 * A travel or identity document as given in a query or listed in a watchlist.
 *
 * @param number document number as printed (spaces and punctuation are ignored when matching)
 * @param type free text such as {@code passport}, {@code national ID}; may be empty
 * @param issuingState ISO 3166 alpha-3 code or country name; may be empty when unknown
 */
public record DocumentRef(String number, String type, String issuingState) {

    /** Replaces nulls by empty strings. */
    public DocumentRef {
        number = number == null ? "" : number.strip();
        type = type == null ? "" : type.strip();
        issuingState = issuingState == null ? "" : issuingState.strip();
    }

    /** The number in upper case with everything but letters and digits removed. */
    public String canonicalNumber() {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * The canonical number with the characters an OCR reader confuses mapped to one form (O/Q/D to
     * 0, I/L to 1, S to 5, B to 8, Z to 2, G to 6).
     */
    public String ocrKey() {
        String n = canonicalNumber();
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            sb.append(
                    switch (c) {
                        case 'O', 'Q', 'D' -> '0';
                        case 'I', 'L' -> '1';
                        case 'S' -> '5';
                        case 'B' -> '8';
                        case 'Z' -> '2';
                        case 'G' -> '6';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        String s = number;
        if (!type.isEmpty()) {
            s = type.toLowerCase(Locale.ROOT) + " " + s;
        }
        return issuingState.isEmpty() ? s : s + " (" + issuingState + ")";
    }
}
