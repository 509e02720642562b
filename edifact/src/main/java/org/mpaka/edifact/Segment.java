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
    private static final int[] NO_ELEMENTS = new int[0];

    private final String tag;
    /** Components of all data elements, element after element (first repetition only). */
    private final String[] components;
    /** {@code ends[i]}: end (exclusive) in {@link #components} of element {@code i + 1}. */
    private final int[] ends;

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
        int total = 0;
        for (String[] e : elements) {
            total += e.length;
        }
        this.components = new String[total];
        this.ends = elements.length == 0 ? NO_ELEMENTS : new int[elements.length];
        int k = 0;
        for (int i = 0; i < elements.length; i++) {
            System.arraycopy(elements[i], 0, components, k, elements[i].length);
            k += elements[i].length;
            ends[i] = k;
        }
        this.repetitions = repetitions;
        this.line = line;
        this.column = column;
    }

    private Segment(String tag, String[] components, int[] ends, String[][][] repetitions, int line, int column) {
        this.tag = tag;
        this.components = components;
        this.ends = ends;
        this.repetitions = repetitions;
        this.line = line;
        this.column = column;
    }

    /**
     * A segment from components laid out flat, as the tokenizer collects them: element {@code i +
     * 1} has the components {@code components[ends[i - 1] .. ends[i])} ({@code ends[-1]} = 0).
     * The arrays are taken over, not copied.
     */
    public static Segment flat(
            String tag, String[] components, int[] ends, String[][][] repetitions, int line, int column) {
        return new Segment(tag, components, ends, repetitions, line, column);
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
        return ends.length;
    }

    private int start(int e) {
        return e == 1 ? 0 : ends[e - 2];
    }

    /** Number of components of element {@code e} (1-based); 0 when absent. */
    public int componentCount(int e) {
        return e >= 1 && e <= ends.length ? ends[e - 1] - start(e) : 0;
    }

    /** Components of element {@code e} (1-based), a copy; empty when absent. */
    public String[] components(int e) {
        if (e < 1 || e > ends.length) {
            return NO_COMPONENTS;
        }
        return Arrays.copyOfRange(components, start(e), ends[e - 1]);
    }

    /** First component of element {@code e}, or {@code null} when absent or empty. */
    public String value(int e) {
        return value(e, 1);
    }

    /** Component {@code c} of element {@code e} (both 1-based), or {@code null} when absent or empty. */
    public String value(int e, int c) {
        if (e < 1 || e > ends.length || c < 1) {
            return null;
        }
        int i = start(e) + c - 1;
        if (i >= ends[e - 1]) {
            return null;
        }
        String v = components[i];
        return v.isEmpty() ? null : v;
    }

    /** Whether any element has more than one repetition (syntax version 4). */
    public boolean hasRepetitions() {
        if (repetitions != null) {
            for (String[][] r : repetitions) {
                if (r != null && r.length > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** All repetitions of element {@code e}; a single one when it does not repeat. */
    public String[][] repetitions(int e) {
        if (e < 1 || e > ends.length) {
            return new String[0][];
        }
        if (repetitions != null && repetitions[e - 1] != null) {
            return repetitions[e - 1];
        }
        return new String[][] {components(e)};
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
        StringBuilder b = new StringBuilder(16 + 8 * components.length);
        b.append(tag);
        for (int e = 0; e < ends.length; e++) {
            b.append((char) s.element());
            if (repetitions != null && repetitions[e] != null) {
                String[][] reps = repetitions[e];
                for (int r = 0; r < reps.length; r++) {
                    if (r > 0) {
                        b.append((char) s.repetition());
                    }
                    appendComponents(b, reps[r], 0, reps[r].length, s);
                }
            } else {
                appendComponents(b, components, e == 0 ? 0 : ends[e - 1], ends[e], s);
            }
        }
        return b.append((char) s.terminator()).toString();
    }

    private static void appendComponents(StringBuilder b, String[] comps, int from, int to, Separators s) {
        int last = to;
        while (last > from && comps[last - 1].isEmpty()) {
            last--;
        }
        boolean release = s.release() >= 0;
        for (int c = from; c < last; c++) {
            if (c > from) {
                b.append((char) s.component());
            }
            String v = comps[c];
            if (!release || !needsRelease(v, s)) {
                b.append(v);
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (s.isSpecial(ch)) {
                    b.append((char) s.release());
                }
                b.append(ch);
            }
        }
    }

    private static boolean needsRelease(String v, Separators s) {
        for (int i = 0; i < v.length(); i++) {
            if (s.isSpecial(v.charAt(i))) {
                return true;
            }
        }
        return false;
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
                && Arrays.equals(ends, other.ends)
                && Arrays.equals(components, other.components)
                && Arrays.deepEquals(repetitions, other.repetitions);
    }

    @Override
    public int hashCode() {
        return (tag.hashCode() * 31 + Arrays.hashCode(components)) * 31 + Arrays.hashCode(ends);
    }
}
