package org.mpaka.edifact;

import java.util.Arrays;

/**
 * One EDIFACT segment: its tag and its data elements, each made of components, with the release
 * characters already removed. Positions are 1-based as in the implementation guides: {@code
 * value(1)} is the first data element after the tag, {@code value(2, 3)} the third component of the
 * second element.
 *
 * <p>Repetitions (syntax version 4) are kept: {@link #value(int, int)} reads the first repetition,
 * {@link #repetitions(int)} all of them.
 */
public final class Segment {

    private static final String[] NO_COMPONENTS = new String[0];

    private final String tag;
    private final String[][] elements;
    private final String[][][] repetitions;
    private final int line;
    private final int column;

    /**
     * @param tag segment tag, e.g. {@code NAD}
     * @param elements data elements after the tag (index 0 = element 1), each an array of components
     * @param repetitions per element, all repetitions, or {@code null} when no element repeats
     * @param line 1-based line where the segment starts
     * @param column 1-based column where the segment starts
     */
    public Segment(String tag, String[][] elements, String[][][] repetitions, int line, int column) {
        this.tag = tag;
        this.elements = elements;
        this.repetitions = repetitions;
        this.line = line;
        this.column = column;
    }

    /** Convenience constructor for segments built in code (writers, tests). */
    public static Segment of(String tag, String[]... elements) {
        return new Segment(tag, elements, null, 0, 0);
    }

    /** The segment tag, e.g. {@code TDT}. */
    public String tag() {
        return tag;
    }

    /** Whether the tag is {@code t}. */
    public boolean is(String t) {
        return tag.equals(t);
    }

    /** Number of data elements after the tag. */
    public int elementCount() {
        return elements.length;
    }

    /** Components of element {@code e} (1-based); empty when absent. */
    public String[] components(int e) {
        return e >= 1 && e <= elements.length ? elements[e - 1] : NO_COMPONENTS;
    }

    /** First component of element {@code e}, or {@code null} when absent or empty. */
    public String value(int e) {
        return value(e, 1);
    }

    /** Component {@code c} of element {@code e} (both 1-based), or {@code null} when absent or empty. */
    public String value(int e, int c) {
        if (e < 1 || e > elements.length) {
            return null;
        }
        String[] comps = elements[e - 1];
        if (c < 1 || c > comps.length) {
            return null;
        }
        String v = comps[c - 1];
        return v.isEmpty() ? null : v;
    }

    /** All repetitions of element {@code e}; a single one when it does not repeat. */
    public String[][] repetitions(int e) {
        if (e < 1 || e > elements.length) {
            return new String[0][];
        }
        if (repetitions != null && repetitions[e - 1] != null) {
            return repetitions[e - 1];
        }
        return new String[][] {elements[e - 1]};
    }

    /** 1-based line where the segment starts (0 for segments built in code). */
    public int line() {
        return line;
    }

    /** 1-based column where the segment starts (0 for segments built in code). */
    public int column() {
        return column;
    }

    /** The segment written with the given separators, releasing special characters. */
    public String toEdifact(Separators s) {
        StringBuilder b = new StringBuilder(16 + 8 * elements.length);
        b.append(tag);
        for (int e = 0; e < elements.length; e++) {
            b.append((char) s.element());
            String[][] reps =
                    repetitions != null && repetitions[e] != null ? repetitions[e] : new String[][] {elements[e]};
            for (int r = 0; r < reps.length; r++) {
                if (r > 0) {
                    b.append((char) s.repetition());
                }
                appendComponents(b, reps[r], s);
            }
        }
        return b.append((char) s.terminator()).toString();
    }

    private static void appendComponents(StringBuilder b, String[] comps, Separators s) {
        int last = comps.length;
        while (last > 0 && comps[last - 1].isEmpty()) {
            last--;
        }
        for (int c = 0; c < last; c++) {
            if (c > 0) {
                b.append((char) s.component());
            }
            String v = comps[c];
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (s.release() >= 0 && s.isSpecial(ch)) {
                    b.append((char) s.release());
                }
                b.append(ch);
            }
        }
    }

    /** The segment in default separators, as text, e.g. {@code NAT+2+GBR'}. */
    @Override
    public String toString() {
        return toEdifact(new Separators(':', '+', '.', '?', '*', '\''));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment other
                && tag.equals(other.tag)
                && Arrays.deepEquals(elements, other.elements)
                && Arrays.deepEquals(repetitions, other.repetitions);
    }

    @Override
    public int hashCode() {
        return tag.hashCode() * 31 + Arrays.deepHashCode(elements);
    }
}
