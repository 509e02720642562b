package org.mpaka.edifact.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mpaka.edifact.Segment;

/**
 * Recovers PNRGOV segments that a sender glued to the end of the previous one, the terminator and
 * the line break both lost: {@code ORG+...+CFDEA9+9TIF+KIM:I+KONG CHUN MRS:A:3'} is the ORG
 * segment ending in {@code 9} and the traveller segment {@code TIF+KIM:I+KONG CHUN MRS:A:3}
 * (GTAS fixture pnrMessagePg75). Without the split the traveller would be read as three surplus
 * ORG elements and lost.
 *
 * <p>The rule is narrow so that ordinary data is never split: a data element that has a single
 * component, is not the segment's first element, consists of at least one character that is not
 * a letter followed by a PNRGOV segment tag, and is followed by at least one more element. Free
 * text segments (IFT, LTS) are never split. The tag and the elements after it become a segment of
 * their own at the same line and column; the check is repeated on it.
 */
final class GluedSegments {

    /** Tags of the PNRGOV segments the mapper understands. */
    private static final Set<String> TAGS = Set.of(
            "MSG", "ORG", "TVL", "EQN", "SRC", "RCI", "DAT", "IFT", "ADD", "EBD", "TIF", "FTI", "REF", "FAR", "SSR",
            "TKT", "MON", "PTK", "TXD", "FOP", "RPI", "APD", "TRA", "TRI", "SSD", "TBD", "ABI", "SAC", "LTS");

    private GluedSegments() {}

    /**
     * The segments {@code s} consists of, or {@code null} when nothing is glued to it (the usual
     * case, decided without allocating).
     */
    static List<Segment> split(Segment s) {
        if (s.is("IFT") || s.is("LTS")) {
            return null;
        }
        int at = gluedElement(s);
        if (at < 0) {
            return null;
        }
        List<Segment> out = new ArrayList<>(2);
        Segment rest = s;
        while (at > 0) {
            String v = rest.value(at, 1);
            String tag = v.substring(v.length() - 3);
            int n = rest.elementCount();
            String[][] head = new String[at][];
            for (int e = 1; e < at; e++) {
                head[e - 1] = rest.components(e);
            }
            head[at - 1] = new String[] {v.substring(0, v.length() - 3)};
            String[][] tail = new String[n - at][];
            for (int e = at + 1; e <= n; e++) {
                tail[e - at - 1] = rest.components(e);
            }
            out.add(new Segment(rest.tag(), head, null, rest.line(), rest.column()));
            rest = new Segment(tag, tail, null, rest.line(), rest.column());
            at = tag.equals("IFT") || tag.equals("LTS") ? -1 : gluedElement(rest);
        }
        out.add(rest);
        return out;
    }

    /** 1-based element holding a glued tag, or -1. */
    private static int gluedElement(Segment s) {
        int n = s.elementCount();
        for (int e = 2; e < n; e++) {
            if (s.componentCount(e) != 1) {
                continue;
            }
            String v = s.value(e, 1);
            int len = v == null ? 0 : v.length();
            if (len >= 4
                    && isUpper(v.charAt(len - 1))
                    && isUpper(v.charAt(len - 2))
                    && isUpper(v.charAt(len - 3))
                    && !Character.isLetter(v.charAt(len - 4))
                    && TAGS.contains(v.substring(len - 3))
                    && !s.hasRepetitions()) {
                return e;
            }
        }
        return -1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
