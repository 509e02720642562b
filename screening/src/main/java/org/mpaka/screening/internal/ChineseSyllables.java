package org.mpaka.screening.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese syllables in Hanyu Pinyin and in Wade–Giles as passports and lists write it (aspiration
 * apostrophes and umlauts dropped): whether two spellings are one syllable in the two systems
 * (Tse / Ze, Tung / Dong, Hsiao / Xiao, Chin / Jin or Qin, Jen / Ren, Shih / Shi, Tzu / Zi, Ing /
 * Ying), and whether a given name written as one word in one system (Zedong, Jinping) is the
 * syllables another writes apart (Tse-tung, Chin-ping). Comparisons are only made for parts that
 * are such syllables ({@link Part#syllables}), which few parts of other languages are.
 *
 * <p>Wade–Giles initials and the pinyin ones they stand for: {@code ch} is zh, j, ch or q (pinyin j
 * and q only before i and u); {@code ts}, {@code tz} are z or c; {@code ss}, {@code sz} are s;
 * {@code hs} is x; {@code j} is r; {@code k}, {@code t}, {@code p} are g or k, d or t, b or p.
 * Finals: {@code ung} is ong, {@code ih} is i, {@code u} after ts, tz, ss, sz is i, {@code ieh} is
 * ie, {@code ien} is ian, {@code ueh} is ue, {@code uei} is ui, {@code eh} is e, {@code erh} is er,
 * {@code o} after k and h is e. Pinyin's y and w before i and u are not written by Wade–Giles
 * spellings such as Ing-wen (Yingwen).
 */
final class ChineseSyllables {

    private ChineseSyllables() {}

    private static final List<String> PINYIN_INITIALS = List.of(
            "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
            "y", "w", "");
    private static final List<String> WG_INITIALS = List.of(
            "hs", "ch", "ts", "tz", "ss", "sz", "sh", "j", "k", "t", "p", "f", "h", "l", "m", "n", "s", "w", "y", "");
    private static final List<String> PINYIN_FINALS = List.of(
            "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang", "iao", "ie", "in",
            "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue", "ui", "un", "uo");
    private static final List<String> WG_FINALS = List.of(
            "a", "ai", "an", "ang", "ao", "e", "eh", "ei", "en", "eng", "erh", "i", "ia", "iang", "iao", "ieh", "ien",
            "in", "ing", "iu", "iung", "ih", "o", "ou", "u", "ua", "uai", "uan", "uang", "ueh", "uei", "ui", "un",
            "ung", "uo");

    /** Longest syllable of either system. */
    static final int MAX = 6;

    // every syllable of either system (initial + final), as sortable codes (see code)
    private static final long[] SYLLABLES = syllables();

    private static long[] syllables() {
        long[] out = new long[(PINYIN_INITIALS.size() * PINYIN_FINALS.size()) + WG_INITIALS.size() * WG_FINALS.size()];
        int n = 0;
        for (String i : PINYIN_INITIALS) {
            for (String f : PINYIN_FINALS) {
                out[n++] = code(i + f);
            }
        }
        for (String i : WG_INITIALS) {
            for (String f : WG_FINALS) {
                out[n++] = code(i + f);
            }
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    /**
     * A code for {@code s[from, to)} (at most 13 letters a-z, base 27), 0 for other characters: codes
     * of syllables sort and compare as numbers ({@link Cantonese} uses them too).
     */
    static long code(String s, int from, int to) {
        long c = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < 'a' || ch > 'z') {
                return 0;
            }
            c = c * 27 + (ch - 'a' + 1);
        }
        return c;
    }

    private static boolean isSyllable(String s, int from, int to) {
        int n = to - from;
        return n >= 1 && n <= MAX && Arrays.binarySearch(SYLLABLES, code(s, from, to)) >= 0;
    }

    /**
     * The fewest syllables of either system that {@code text} is written with, or 0 when it is not
     * written with such syllables (most names of other languages: Jean, Ali is a and li, 2).
     */
    static int count(String text) {
        int n = text.length();
        return n > 3 * MAX ? 0 : fewest(n, MAX, (from, to) -> isSyllable(text, from, to));
    }

    /** Whether {@code [from, to)} of a text is a syllable. */
    interface Syllable {
        boolean at(int from, int to);
    }

    /**
     * The fewest syllables of at most {@code longest} letters that write a text of {@code n}
     * letters, or 0 when none do.
     */
    static int fewest(int n, int longest, Syllable syllable) {
        return fewest(n, longest, syllable, null);
    }

    /**
     * As {@link #fewest(int, int, Syllable)}; where {@code from} (of {@code n + 1}) is given, also
     * where the last syllable of the fewest that write text[0, i) starts, for each i.
     */
    static int fewest(int n, int longest, Syllable syllable, int[] from) {
        if (n == 0) {
            return 0;
        }
        // fewest[i]: fewest syllables that write text[0, i), or a large number
        int[] fewest = new int[n + 1];
        Arrays.fill(fewest, 1, n + 1, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            if (fewest[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int len = 1; len <= longest && i + len <= n; len++) {
                if (fewest[i] + 1 < fewest[i + len] && syllable.at(i, i + len)) {
                    fewest[i + len] = fewest[i] + 1;
                    if (from != null) {
                        from[i + len] = i;
                    }
                }
            }
        }
        return fewest[n] == Integer.MAX_VALUE ? 0 : fewest[n];
    }

    /** Whether {@code a} and {@code b} (lower case) are one syllable, one spelling in each system or both alike. */
    static boolean same(String a, String b) {
        return same(a, 0, a.length(), b, 0, b.length());
    }

    private static boolean same(String a, int af, int at, String b, int bf, int bt) {
        if (at - af == bt - bf && a.regionMatches(af, b, bf, at - af)) {
            return true;
        }
        return wadeGilesReads(a, af, at, b, bf, bt) || wadeGilesReads(b, bf, bt, a, af, at);
    }

    private static final String[] WG_INITIAL_ARRAY = WG_INITIALS.toArray(new String[0]);
    private static final long[] WG_FINAL_CODES = codes(WG_FINALS);
    private static final long[] PINYIN_FINAL_CODES = codes(PINYIN_FINALS);

    private static long[] codes(List<String> finals) {
        return finals.stream().mapToLong(ChineseSyllables::code).sorted().toArray();
    }

    // Wade–Giles finals and the pinyin finals they stand for, whatever the initial (the o after k
    // and h and the u after ts, tz, ss and sz depend on it: see sameFinal)
    private static final String[] WG_AND_PINYIN_FINALS = {
        "ung", "ong", "iung", "iong", "ih", "i", "eh", "e", "ieh", "ie", "ien", "ian", "ueh", "ue", "uei", "ui", "erh",
        "er"
    };
    private static final Map<Long, Long> PINYIN_FINAL_OF = new HashMap<>();
    private static final Map<String, String> FINAL_AS_PINYIN = new HashMap<>();

    static {
        for (int i = 0; i < WG_AND_PINYIN_FINALS.length; i += 2) {
            PINYIN_FINAL_OF.put(code(WG_AND_PINYIN_FINALS[i]), code(WG_AND_PINYIN_FINALS[i + 1]));
            FINAL_AS_PINYIN.put(WG_AND_PINYIN_FINALS[i], WG_AND_PINYIN_FINALS[i + 1]);
        }
    }

    private static long code(String s) {
        return code(s, 0, s.length());
    }

    private static final long I = code("i");
    private static final long E = code("e");
    private static final long U = code("u");
    private static final long O = code("o");

    /** Whether {@code wg[wf, wt)}, read as Wade–Giles, can be the pinyin {@code py[pf, pt)}. */
    private static boolean wadeGilesReads(String wg, int wf, int wt, String py, int pf, int pt) {
        if (wt - wf > MAX || pt - pf > MAX || wt <= wf || pt <= pf) {
            return false;
        }
        for (String wi : WG_INITIAL_ARRAY) {
            int finalFrom = wf + wi.length();
            if (!wg.startsWith(wi, wf) || finalFrom >= wt) {
                continue;
            }
            long wgFinal = code(wg, finalFrom, wt);
            if (Arrays.binarySearch(WG_FINAL_CODES, wgFinal) < 0) {
                continue;
            }
            for (String pi : pinyinInitials(wi, wg.charAt(finalFrom))) {
                int pyFrom = pf + pi.length();
                if (!py.startsWith(pi, pf) || pyFrom >= pt) {
                    continue;
                }
                long pyFinal = code(py, pyFrom, pt);
                if (Arrays.binarySearch(PINYIN_FINAL_CODES, pyFinal) < 0) {
                    continue;
                }
                char vowel = py.charAt(pyFrom);
                boolean palatal = pi.equals("j") || pi.equals("q") || pi.equals("x");
                if (palatal && vowel != 'i' && vowel != 'u') {
                    continue; // pinyin j, q and x only come before i and u
                }
                if (sameFinal(wi, wgFinal, pyFinal)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] X = {"x"};
    private static final String[] CH = {"zh", "j", "ch", "q"};
    private static final String[] TS = {"z", "c"};
    private static final String[] S = {"s"};
    private static final String[] R = {"r"};
    private static final String[] K = {"g", "k"};
    private static final String[] T = {"d", "t"};
    private static final String[] P = {"b", "p"};
    private static final String[] NONE_OR_Y = {"", "y"};
    private static final String[] NONE_OR_W = {"", "w"};
    private static final String[] NONE = {""};

    /** The pinyin initials a Wade–Giles initial stands for (before a final starting with {@code vowel}). */
    private static String[] pinyinInitials(String wi, char vowel) {
        return switch (wi) {
            case "hs" -> X;
            case "ch" -> CH;
            case "ts", "tz" -> TS;
            case "ss", "sz" -> S;
            case "j" -> R;
            case "k" -> K;
            case "t" -> T;
            case "p" -> P;
            case "" -> vowel == 'i' ? NONE_OR_Y : vowel == 'u' ? NONE_OR_W : NONE;
            default -> SAME.get(wi);
        };
    }

    private static final Map<String, String[]> SAME = sameInitials();

    private static Map<String, String[]> sameInitials() {
        Map<String, String[]> out = new HashMap<>();
        for (String wi : WG_INITIALS) {
            out.put(wi, new String[] {wi});
        }
        return out;
    }

    private static boolean sameFinal(String wi, long wg, long py) {
        if (wg == py || PINYIN_FINAL_OF.getOrDefault(wg, -1L) == py) {
            return true;
        }
        // u after ts, tz, ss, sz is i (Tzu / Zi); o after k and h is e (Ko / Ge)
        return wg == U && py == I && dentalSibilant(wi) || wg == O && py == E && kOrH(wi);
    }

    /** Whether a Wade–Giles initial is ts, tz, ss or sz, after which a u is pinyin's i (Tzu / Zi). */
    private static boolean dentalSibilant(String initial) {
        return initial.equals("ts") || initial.equals("tz") || initial.equals("ss") || initial.equals("sz");
    }

    /** Whether a Wade–Giles initial is k or h, after which an o is pinyin's e (Ko / Ge). */
    private static boolean kOrH(String initial) {
        return initial.equals("k") || initial.equals("h");
    }

    /**
     * Whether the first syllables of {@code a} and {@code b} can start alike in the two systems, by
     * their first letters (t and d, ch and j, zh or q, ts and z or c, hs and x, k and g, p and b, j
     * and r, a vowel and y or w): a quick test before {@link #writtenTogether}.
     */
    static boolean sameInitial(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return initialClass(a.charAt(0)) == initialClass(b.charAt(0));
    }

    private static int initialClass(char c) {
        return switch (c) {
            case 't', 'd', 'z', 'c', 'j', 'q', 'r' -> 1; // ts, tz, ch, zh, c, j, q; Wade-Giles j is r
            case 'k', 'g' -> 2;
            case 'p', 'b' -> 3;
            case 'h', 'x' -> 4; // hs is x
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 5;
            case 's' -> 6;
            default -> c;
        };
    }

    /**
     * Whether {@code joined} is the syllables {@code parts} written together, each in either system
     * (Zedong for Tse Tung, Yingwen for Ing Wen).
     */
    static boolean writtenTogether(String[] parts, String joined) {
        return splits(parts, 0, joined, 0);
    }

    private static boolean splits(String[] parts, int p, String joined, int from) {
        if (p == parts.length) {
            return from == joined.length();
        }
        int rest = joined.length() - from;
        for (int len = 1; len <= Math.min(MAX, rest); len++) {
            String part = parts[p];
            if (same(part, 0, part.length(), joined, from, from + len) && splits(parts, p + 1, joined, from + len)) {
                return true;
            }
        }
        return false;
    }

    /** Every syllable of either system, spelled (for tests that go through them all). */
    static List<String> allSyllables() {
        List<String> out = new java.util.ArrayList<>(SYLLABLES.length);
        for (long c : SYLLABLES) {
            StringBuilder sb = new StringBuilder();
            for (long x = c; x > 0; x /= 27) {
                sb.append((char) ('a' + x % 27 - 1));
            }
            out.add(sb.reverse().toString());
        }
        return out;
    }

    /** Most look-up keys {@link #classKeys} gives one text. */
    static final int MAX_CLASS_KEYS = 4;

    /**
     * Look-up keys for a text written with Chinese syllables, one system or the other: the syllables
     * (fewest, as {@link #count} finds them) each written as its class, the same for a syllable's
     * pinyin and Wade–Giles spellings, so that Tsai and Cai, Tzu-yang and Ziyang, Ing-wen and Yingwen
     * get the same key. Initials are read as classes wide enough for every pinyin initial a
     * Wade–Giles one stands for ({@link #wadeGilesReads}: ch, zh, q and the pinyin j are one class;
     * ts, tz, z and c another; k and g; t and d; p and b; hs and x; ss, sz and s; the Wade–Giles j
     * and r); pinyin's y before i and w before u are left out; the Wade–Giles finals are written as
     * pinyin writes them. A j before i or u, a u after ts or tz, and an o after k or h can be read two ways: each gets
     * its key, {@value #MAX_CLASS_KEYS} at most. Empty for a text that is not such syllables. Keys
     * only bring candidates; the alignment decides ({@link #same}, {@link #writtenTogether}).
     */
    static List<String> classKeys(String text) {
        int n = text.length();
        if (n == 0 || n > 3 * MAX) {
            return List.of();
        }
        int[] from = new int[n + 1];
        int count = fewest(n, MAX, (f, t) -> isSyllable(text, f, t), from);
        if (count == 0) {
            return List.of();
        }
        int[] ends = new int[count + 1];
        for (int at = n, k = count; k >= 0; k--) {
            ends[k] = at;
            at = k > 0 ? from[at] : 0;
        }
        List<String> keys = List.of("");
        for (int k = 0; k < count; k++) {
            keys = followedBy(keys, syllableClasses(text.substring(ends[k], ends[k + 1])));
        }
        return keys;
    }

    /**
     * Each of {@code keys} followed by each of {@code ways}, in that order, {@value #MAX_CLASS_KEYS}
     * at most: the keys of syllables, or of parts, one after the other.
     */
    static List<String> followedBy(List<String> keys, List<String> ways) {
        List<String> out = new java.util.ArrayList<>(MAX_CLASS_KEYS);
        for (String key : keys) {
            for (String way : ways) {
                if (out.size() < MAX_CLASS_KEYS) {
                    out.add(key + way);
                }
            }
        }
        return out;
    }

    // the initials of two letters of either system (zh, ch, sh, hs, ts, tz, ss, sz)
    private static final List<String> TWO_LETTER_INITIALS = java.util.stream.Stream.concat(
                    PINYIN_INITIALS.stream(), WG_INITIALS.stream())
            .filter(i -> i.length() == 2)
            .distinct()
            .toList();

    /** The class spellings of one syllable of either system (one, or two where it reads two ways). */
    private static List<String> syllableClasses(String syllable) {
        String initial = "";
        for (String two : TWO_LETTER_INITIALS) {
            if (syllable.startsWith(two) && syllable.length() > 2) {
                initial = two;
                break;
            }
        }
        if (initial.isEmpty() && syllable.length() > 1 && !Orthography.isPlainVowel(syllable.charAt(0))) {
            initial = syllable.substring(0, 1);
        }
        String fin = syllable.substring(initial.length());
        // Ung / Wong and Ong: pinyin may write a w where Wade-Giles writes none
        boolean ung = initial.isEmpty() && fin.equals("ung");
        fin = FINAL_AS_PINYIN.getOrDefault(fin, fin);
        char first = fin.isEmpty() ? ' ' : fin.charAt(0);
        String[] classes = switch (initial) {
            case "zh", "ch", "q" -> new String[] {"C"};
            case "j" -> first == 'i' || first == 'u' ? new String[] {"C", "R"} : new String[] {"R"};
            case "z", "c", "ts", "tz" -> new String[] {"Z"};
            case "s", "ss", "sz" -> new String[] {"S"};
            case "x", "hs" -> new String[] {"X"};
            case "r" -> new String[] {"R"};
            case "g", "k" -> new String[] {"K"};
            case "d", "t" -> new String[] {"T"};
            case "b", "p" -> new String[] {"P"};
            case "sh" -> new String[] {"H"};
            case "y" -> new String[] {first == 'i' ? "" : "y"};
            case "w" -> new String[] {first == 'u' ? "" : "w"};
            default -> ung ? new String[] {"w", ""} : new String[] {initial};
        };
        String[] finals = fin.equals("u") && dentalSibilant(initial)
                ? new String[] {"i", "u"} // Tzu / Zi, Tsu / Zu
                : fin.equals("o") && kOrH(initial) ? new String[] {"e", "o"} : new String[] {fin}; // Ko / Ge
        List<String> out = new java.util.ArrayList<>(2);
        for (String c : classes) {
            for (String f : finals) {
                if (out.size() < 2) {
                    out.add(c + f);
                }
            }
        }
        return out;
    }
}
