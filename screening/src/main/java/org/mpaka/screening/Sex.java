package org.mpaka.screening;

import java.util.Locale;

/** Sex as recorded on documents (ICAO 9303: M, F, X or unspecified). */
public enum Sex {
    MALE,
    FEMALE,
    UNSPECIFIED;

    /** Reads {@code M}, {@code F}, {@code male}, {@code female} (any case); anything else is unspecified. */
    public static Sex parse(String s) {
        if (s == null) {
            return UNSPECIFIED;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male" -> MALE;
            case "f", "female" -> FEMALE;
            default -> UNSPECIFIED;
        };
    }
}
