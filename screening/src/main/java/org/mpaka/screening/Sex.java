package org.mpaka.screening;

import java.util.Locale;

/** Sex as recorded on documents (ICAO 9303: M, F, X or unspecified). */
public enum Sex {
    MALE,
    FEMALE,
    UNSPECIFIED;

    /**
     * Reads a sex as documents and lists write it: {@code M}, {@code F}, {@code male}, {@code female}
     * (any case), and {@code X} or nothing for unspecified; empty for anything else, which callers
     * report (a batch line's error, a list record's warning).
     */
    public static java.util.Optional<Sex> read(String s) {
        String t = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("x")) {
            return java.util.Optional.of(UNSPECIFIED);
        }
        Sex sex = parse(t);
        return sex == UNSPECIFIED ? java.util.Optional.empty() : java.util.Optional.of(sex);
    }

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
