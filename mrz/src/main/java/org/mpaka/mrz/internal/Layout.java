package org.mpaka.mrz.internal;

import org.mpaka.mrz.MrzCheck;
import org.mpaka.mrz.MrzFormat;

/**
 * Field positions of one format as offsets into the zone's lines laid end to end (line {@code n}
 * starts at {@code n * lineLength}), from ICAO Doc 9303 Parts 4 to 7. A negative offset means the
 * format has no such field.
 */
public final class Layout {

    /** ICAO 9303 check-digit weights, repeating (declared first: the layouts below use it). */
    private static final int[] WEIGHTS = {7, 3, 1};

    final MrzFormat format;
    final int lineLength;
    final int code;
    final int state;
    final int name;
    final int nameLength;
    /** FRA_ID only: the given-names field of the lower line. */
    final int name2;

    final int name2Length;
    final int number;
    final int numberLength;
    final int numberCheck;
    final int nationality;
    final int birth;
    final int birthCheck;
    final int sex;
    final int expiry;
    final int expiryCheck;
    final int optional;
    final int optionalLength;
    /** TD3 only: check digit over the personal number. */
    final int optionalCheck;
    /** TD1 only: optional data of the middle line. */
    final int optional2;

    final int optional2Length;
    final int composite;
    /** (offset, length) pairs covered by the composite check digit. */
    final int[] compositeRanges;

    private Layout(MrzFormat format, int[] v, int[] compositeRanges) {
        this.format = format;
        this.lineLength = format.lineLength();
        this.code = v[0];
        this.state = v[1];
        this.name = v[2];
        this.nameLength = v[3];
        this.name2 = v[4];
        this.name2Length = v[5];
        this.number = v[6];
        this.numberLength = v[7];
        this.numberCheck = v[8];
        this.nationality = v[9];
        this.birth = v[10];
        this.birthCheck = v[11];
        this.sex = v[12];
        this.expiry = v[13];
        this.expiryCheck = v[14];
        this.optional = v[15];
        this.optionalLength = v[16];
        this.optionalCheck = v[17];
        this.optional2 = v[18];
        this.optional2Length = v[19];
        this.composite = v[20];
        this.compositeRanges = compositeRanges;
        int size = format.lines() * lineLength;
        this.weights = new long[size];
        addLane(number, numberLength, NUMBER_LANE);
        addLane(birth, 6, BIRTH_LANE);
        if (expiry >= 0) {
            addLane(expiry, 6, EXPIRY_LANE);
        }
        addLane(optional, optionalLength, OPTIONAL_LANE);
        if (compositeRanges != null) {
            int w = 0;
            for (int i = 0; i < compositeRanges.length; i += 2) {
                for (int k = 0; k < compositeRanges[i + 1]; k++) {
                    weights[compositeRanges[i] + k] |= (long) WEIGHTS[w++ % 3] << COMPOSITE_SHIFT;
                }
            }
        }
        int from = 0;
        while (from < size && weights[from] == 0) {
            from++;
        }
        this.sumsFrom = from;
        this.passing = new MrzCheck[MrzCheck.Kind.values().length * 10];
        this.passingPos = new int[MrzCheck.Kind.values().length];
        addPassing(MrzCheck.Kind.DOCUMENT_NUMBER, numberCheck);
        addPassing(MrzCheck.Kind.BIRTH_DATE, birthCheck);
        addPassing(MrzCheck.Kind.EXPIRY_DATE, expiryCheck);
        addPassing(MrzCheck.Kind.PERSONAL_NUMBER, optionalCheck);
        addPassing(MrzCheck.Kind.COMPOSITE, composite);
    }

    // ---- precomputed tables for the hot path ------------------------------------------------

    /**
     * Lanes of {@link #weights}: the weighted sums of the four check-digit fields, 12 bits each,
     * and the composite's from bit {@link #COMPOSITE_SHIFT}.
     */
    static final int NUMBER_LANE = 0;

    static final int BIRTH_LANE = 1;
    static final int EXPIRY_LANE = 2;
    static final int OPTIONAL_LANE = 3;

    private static final int LANE_BITS = 12;
    private static final int COMPOSITE_SHIFT = 4 * LANE_BITS;

    /** The four field lanes of a {@link #weights} accumulator. */
    static final long FIELD_LANES_MASK = (1L << COMPOSITE_SHIFT) - 1;

    /**
     * Per zone position: the ICAO weight (7, 3, 1) of the position within its check-digit field
     * (document number, birth date, expiry date, optional data), shifted into that field's 12-bit
     * lane, plus its weight in the composite check digit shifted to bit {@link #COMPOSITE_SHIFT};
     * 0 where no check digit covers the position. {@code sum += value(c) * weights[p]} over the
     * zone thus accumulates the five weighted sums at once in one {@code long}. No lane can
     * overflow into the next: a field has at most 16 characters, whose weights add up to at most
     * 5 × 11 + 7 = 62, times the largest value 35 gives 2,170 &lt; 4,096; the composite covers at
     * most 71 characters, 23 × 11 + 10 = 263 × 35 = 9,205 &lt; 2<sup>15</sup>.
     */
    final long[] weights;

    /** The first zone position with a weight in {@link #weights} (the positions before it have none). */
    final int sumsFrom;

    /**
     * Shared results of passing checks, by {@code kind.ordinal() * 10 + digit}: a check that
     * passes (also as read) at its standard position is the same value every time (records are
     * immutable), so the parser reuses these instead of allocating.
     */
    private final MrzCheck[] passing;

    /** The standard position of each kind's check digit, by {@code kind.ordinal()} (-1: none). */
    private final int[] passingPos;

    private void addLane(int off, int len, int lane) {
        for (int k = 0; k < len; k++) {
            weights[off + k] = (long) WEIGHTS[k % 3] << (LANE_BITS * lane);
        }
    }

    private void addPassing(MrzCheck.Kind kind, int pos) {
        passingPos[kind.ordinal()] = pos;
        if (pos < 0) {
            return;
        }
        for (int d = 0; d < 10; d++) {
            char c = (char) ('0' + d);
            passing[kind.ordinal() * 10 + d] = new MrzCheck(kind, true, true, c, c, line(pos), column(pos));
        }
    }

    /**
     * The shared passing check of {@code kind} with digit {@code digit} at position {@code pos},
     * or null when {@code pos} is not the kind's standard position (a long document number).
     */
    MrzCheck passing(MrzCheck.Kind kind, int digit, int pos) {
        int k = kind.ordinal();
        return pos == passingPos[k] ? passing[k * 10 + digit] : null;
    }

    /** The weighted sum of one field lane of a {@link #weights} accumulator. */
    static int lane(long sums, int lane) {
        return (int) (sums >>> (LANE_BITS * lane)) & ((1 << LANE_BITS) - 1);
    }

    /** The composite's weighted sum of a {@link #weights} accumulator. */
    static int composite(long sums) {
        return (int) (sums >>> COMPOSITE_SHIFT);
    }

    // columns: code, state, name, nameLen, name2, name2Len, number, numberLen, numberCheck,
    // nationality, birth, birthCheck, sex, expiry, expiryCheck, optional, optionalLen,
    // optionalCheck, optional2, optional2Len, composite
    private static final Layout TD1 = new Layout(
            MrzFormat.TD1,
            new int[] {0, 2, 60, 30, -1, 0, 5, 9, 14, 45, 30, 36, 37, 38, 44, 15, 15, -1, 48, 11, 59},
            new int[] {5, 25, 30, 7, 38, 7, 48, 11});
    private static final Layout TD2 = new Layout(
            MrzFormat.TD2,
            new int[] {0, 2, 5, 31, -1, 0, 36, 9, 45, 46, 49, 55, 56, 57, 63, 64, 7, -1, -1, 0, 71},
            new int[] {36, 10, 49, 7, 57, 14});
    private static final Layout TD3 = new Layout(
            MrzFormat.TD3,
            new int[] {0, 2, 5, 39, -1, 0, 44, 9, 53, 54, 57, 63, 64, 65, 71, 72, 14, 86, -1, 0, 87},
            new int[] {44, 10, 57, 7, 65, 22});
    private static final Layout MRVA = new Layout(
            MrzFormat.MRVA,
            new int[] {0, 2, 5, 39, -1, 0, 44, 9, 53, 54, 57, 63, 64, 65, 71, 72, 16, -1, -1, 0, -1},
            null);
    private static final Layout MRVB = new Layout(
            MrzFormat.MRVB,
            new int[] {0, 2, 5, 31, -1, 0, 36, 9, 45, 46, 49, 55, 56, 57, 63, 64, 8, -1, -1, 0, -1},
            null);
    private static final Layout FRA_ID = new Layout(
            MrzFormat.FRA_ID,
            new int[] {0, 2, 5, 25, 49, 14, 36, 12, 48, -1, 63, 69, 70, -1, -1, 30, 6, -1, -1, 0, 71},
            new int[] {0, 36, 36, 35});

    private byte[] allowed;

    /**
     * The character classes ({@link Chars} bits) allowed at each position of the zone, as the
     * parser's field types demand; built on first use by {@link ZoneParser#allowedFor(Layout)}.
     */
    byte[] allowed() {
        byte[] a = allowed;
        if (a == null) {
            a = ZoneParser.allowedFor(this);
            allowed = a;
        }
        return a;
    }

    /** The layouts by {@link MrzFormat#ordinal()}. */
    private static final Layout[] BY_FORMAT = new Layout[MrzFormat.values().length];

    static {
        for (Layout layout : new Layout[] {TD1, TD2, TD3, MRVA, MRVB, FRA_ID}) {
            BY_FORMAT[layout.format.ordinal()] = layout;
        }
    }

    /** The layout of a format. */
    public static Layout of(MrzFormat format) {
        return BY_FORMAT[format.ordinal()];
    }

    /** 1-based line of a buffer offset. */
    int line(int offset) {
        return offset / lineLength + 1;
    }

    /** 1-based column of a buffer offset. */
    int column(int offset) {
        return offset % lineLength + 1;
    }
}
