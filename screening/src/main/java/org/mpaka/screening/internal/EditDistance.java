package org.mpaka.screening.internal;

/**
 * Bounded optimal-string-alignment (Damerau–Levenshtein with adjacent transpositions) distance.
 * Hot code: a letter-set lower bound ({@code letterLowerBound}) rejects most pairs before any
 * table is allocated; two reusable rows would be faster still, but names are short; the cut-off keeps
 * the work at {@code O(len × bound)} in the common no-match case.
 */
public final class EditDistance {

    private EditDistance() {}

    /** The distance between {@code a} and {@code b}, or {@code bound + 1} if it exceeds {@code bound}. */
    public static int bounded(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        if (letterLowerBound(a, b) > bound) {
            return bound + 1; // most pairs end here, before any table is allocated
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], bound + 1);
    }

    /**
     * A lower bound of the distance from the letters alone: every letter present in one string and
     * absent from the other needs its own edit (a substitution can fix one such letter on each side,
     * so the bound is the larger of the two counts). Letters outside {@code a-z} share one bit, which
     * only weakens the bound.
     */
    static int letterLowerBound(String a, String b) {
        long ma = letters(a);
        long mb = letters(b);
        return Math.max(Long.bitCount(ma & ~mb), Long.bitCount(mb & ~ma));
    }

    private static long letters(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) - 'a';
            mask |= 1L << (c >= 0 && c < 26 ? c : 63);
        }
        return mask;
    }

    /** Edits tolerated as typos for a part of this length: 0 up to 3 letters, then 1, 2, 3. */
    public static int typoBound(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 5) {
            return 1;
        }
        return length <= 9 ? 2 : 3;
    }
}
