package org.mpaka.mrz;

/** The sex field of an MRZ (ICAO 9303: {@code F}, {@code M}, {@code X}, or filler). */
public enum Sex {
    FEMALE('F'),
    MALE('M'),
    /** {@code X}: unspecified. */
    UNSPECIFIED('X'),
    /** The filler {@code <}: not given. */
    NOT_GIVEN('<');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    /** The character written in the MRZ. */
    public char code() {
        return code;
    }

    /** The sex for an MRZ character, or {@code null} when the character is not a sex code. */
    public static Sex of(char c) {
        return switch (c) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case 'X' -> UNSPECIFIED;
            case '<' -> NOT_GIVEN;
            default -> null;
        };
    }
}
