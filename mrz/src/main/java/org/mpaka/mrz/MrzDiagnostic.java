package org.mpaka.mrz;

/**
 * A warning or error found in a zone, with its position.
 *
 * @param code what was found
 * @param line 1-based line, 0 when it concerns the whole zone
 * @param column 1-based column, 0 when it concerns a whole line or the zone
 * @param message a human-readable explanation in English
 */
public record MrzDiagnostic(Code code, int line, int column, String message) {

    /** Whether a diagnostic makes the zone invalid (error) or only needs attention (warning). */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** Every diagnostic the parser reports. */
    public enum Code {
        /** A line is shorter or longer than the format requires (it was padded or cut). */
        LINE_LENGTH(Severity.ERROR),
        /** A character is not allowed at this position (and could not be corrected). */
        INVALID_CHARACTER(Severity.ERROR),
        /** A check digit does not match its data. */
        CHECK_DIGIT_MISMATCH(Severity.ERROR),
        /** A date field is not a calendar date. */
        INVALID_DATE(Severity.ERROR),
        /** The sex field is not F, M, X or filler. */
        INVALID_SEX(Severity.ERROR),
        /** The document number is empty. */
        MISSING_DOCUMENT_NUMBER(Severity.ERROR),
        /** The document code does not fit the format (e.g. a TD3 not starting with P). */
        UNEXPECTED_DOCUMENT_CODE(Severity.WARNING),
        /** The issuing state is not an ICAO code. */
        UNKNOWN_ISSUING_STATE(Severity.WARNING),
        /** The nationality is not an ICAO code. */
        UNKNOWN_NATIONALITY(Severity.WARNING),
        /** The name fills its field completely, so it was probably truncated. */
        NAME_TRUNCATED(Severity.WARNING),
        /** The expiry date is in the past. */
        DOCUMENT_EXPIRED(Severity.WARNING),
        /**
         * A long TD1/TD2 document number whose check digit only matches when the filler after the
         * first nine characters is counted (a known issuer practice, accepted).
         */
        LONG_NUMBER_CHECK_WITH_FILLER(Severity.WARNING),
        /** The document expires within the configured number of days. */
        DOCUMENT_EXPIRES_SOON(Severity.WARNING);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        /** Whether this code is an error or a warning. */
        public Severity severity() {
            return severity;
        }
    }
}
