package org.mpaka.mrz;

/** The MRZ layouts this library reads; each knows its line count and line length. */
public enum MrzFormat {
    /** ID-1 size card: 3 lines of 30 characters. */
    TD1(3, 30),
    /** ID-2 size card: 2 lines of 36 characters. */
    TD2(2, 36),
    /** Passport booklet: 2 lines of 44 characters. */
    TD3(2, 44),
    /** Full-size visa (MRV-A): 2 lines of 44 characters. */
    MRVA(2, 44),
    /** Small visa (MRV-B): 2 lines of 36 characters. */
    MRVB(2, 36),
    /** French national identity card (1988 model), a national 2 × 36 layout starting {@code IDFRA}. */
    FRA_ID(2, 36);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    /** Number of lines of the zone. */
    public int lines() {
        return lines;
    }

    /** Number of characters of every line. */
    public int lineLength() {
        return length;
    }
}
