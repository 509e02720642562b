package org.mpaka.mrz;

/**
 * One check digit of the zone.
 *
 * @param kind which check
 * @param passed whether the check digit matches the data, after any proven OCR correction
 * @param passedAsRead whether it matched the characters exactly as read (before corrections)
 * @param expected the digit computed from the data (after corrections)
 * @param found the character at the check digit's position (after corrections)
 * @param line 1-based line of the check digit
 * @param column 1-based column of the check digit
 */
public record MrzCheck(
        Kind kind, boolean passed, boolean passedAsRead, char expected, char found, int line, int column) {

    /** The check digits ICAO 9303 defines; which ones a zone has depends on its format. */
    public enum Kind {
        DOCUMENT_NUMBER("document_number"),
        BIRTH_DATE("birth_date"),
        EXPIRY_DATE("expiry_date"),
        /** TD3 personal number (optional data) check digit. */
        PERSONAL_NUMBER("personal_number"),
        /** Composite check digit over the upper/middle line data. */
        COMPOSITE("composite");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** snake_case name used in JSON output. */
        public String key() {
            return key;
        }
    }
}
