package org.mpaka.mrz;

/**
 * A character the parser replaced because the field's type or its check digit proves the
 * replacement (typical OCR confusions: O/0, I/1, B/8, S/5, Z/2, G/6).
 *
 * @param line 1-based line
 * @param column 1-based column
 * @param field the field the character belongs to (snake_case, as in JSON output)
 * @param from the character as read
 * @param to the character used instead
 * @param proof what proves the correction
 */
public record MrzCorrection(int line, int column, String field, char from, char to, Proof proof) {

    /** What proves a correction. */
    public enum Proof {
        /** The field only admits digits (or only letters) and the confusion has one answer. */
        FIELD_TYPE,
        /** Exactly one confusable substitution makes the field's check digit and the composite pass. */
        CHECK_DIGIT
    }
}
