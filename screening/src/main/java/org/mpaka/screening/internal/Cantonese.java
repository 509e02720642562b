package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chinese names as Hong Kong, Macau and much of the diaspora write them: Cantonese read in the
 * spelling of the Hong Kong government's romanisation (Chan, Cheung, Wong, Ka-shing), where pinyin
 * writes the Mandarin reading (Chen, Zhang, Wang or Huang, Jiacheng).
 *
 * <p>The readings come from the Unicode Han Database ({@code cantonese.txt}, made by {@code
 * screening/tools/CantoneseTable.java}): the first Cantonese reading of every character, in
 * Jyutping, and for the pinyin syllables of common characters, the Jyutping readings of the
 * characters pinyin writes so (used here only to tell which spellings pinyin writes as well). The
 * Hong Kong spellings of a Jyutping syllable are made by rules ({@link #spellings}), with the
 * variants in use: z and c are ch or ts (Chan, Tsang), s is s or sh (Sing, Shing), j is y, b d g
 * are p t k, oeng is eung (Cheung), eoi is ui (Tsui), yun is uen (Yuen), ou is o (Ko), u is also oo
 * (Poon), zi is also tsz (Tsz), si also sze (Sze), ei also ee or i (Lee, Li), aa also ar (Kar-wai),
 * o also or and aw (Ngor, Law), and j before i also nothing (Ip for 葉, Yip).
 *
 * <p>A name in Han script gets a Cantonese reading ({@link #reading}). Two spellings are alike
 * when each is read with its fewest syllables, they have as many, and each pair is the same
 * letters or shares a Jyutping reading as Hong Kong spellings (Chow / Chau, Cheung / Tseung; Lee
 * and Li for lei, 李). Unless one was read from the characters, one of them must be a Hong Kong
 * spelling that pinyin does not write as well (Lei and Li, Wai and Wei, pinyin syllables all, are
 * two Mandarin names as often as one), and a single syllable a letter from the other is left to the
 * other rules (Vietnamese Tan and Tam). Many names of other languages are written with such
 * syllables too: alignment counts these comparisons of Latin spellings only between two names
 * written with Chinese syllables throughout ({@link NormalizedName#chinese}). A Hong Kong spelling
 * is not joined to pinyin through characters read so in both (Cheung / Zhang): a Cantonese syllable
 * is read from many characters that Mandarin reads apart, and such a rule joined Hannah to Kenna.
 */
final class Cantonese {

    private Cantonese() {}

    /** Two spellings are not alike. */
    static final int NONE = 0;
    /** Two Hong Kong spellings of the same Cantonese syllables (Lee / Lei, Cheung / Tseung). */
    static final int SAME_READING = 1;

    /** Longest syllable of either kind, in letters. */
    static final int MAX = 6;

    /** Longest text compared ({@link #count}, {@link #compare}): names of more letters are not. */
    private static final int MAX_TEXT = 24;

    /**
     * The Hong Kong spellings of a Jyutping syllable (tone dropped), the usual one first; empty when
     * it is not one.
     */
    static List<String> spellings(String jyutping) {
        String initial = "";
        if (!jyutping.equals("m") && !jyutping.equals("ng")) {
            for (String i : INITIALS) {
                if (jyutping.startsWith(i) && jyutping.length() > i.length()) {
                    initial = i;
                    break;
                }
            }
        }
        String fin = jyutping.substring(initial.length());
        String[] finals = FINALS.get(fin);
        if (finals == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        if ((initial.equals("z") || initial.equals("c")) && fin.equals("i")) {
            out.addAll(List.of("chi", "tsz", "tze", "tsze", "chee")); // 子 Tsz, 志 Chi
            return out;
        }
        if (initial.equals("s") && fin.equals("i")) {
            out.addAll(List.of("si", "sze", "see", "shi", "sz")); // 思 Sze, 詩 Shi
            return out;
        }
        for (String hi : hongKongInitials(initial)) {
            for (String f : finals) {
                String s = hi + f;
                if (!out.contains(s)) {
                    out.add(s);
                }
                // j is y, and before i also nothing (Ip for 葉, Yip)
                if (initial.equals("j") && f.startsWith("i") && !out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    // Jyutping initials, two letters before one
    private static final String[] INITIALS = {
        "gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"
    };

    private static String[] hongKongInitials(String jyutping) {
        return switch (jyutping) {
            case "b", "p" -> new String[] {"p"};
            case "d", "t" -> new String[] {"t"};
            case "g", "k" -> new String[] {"k"};
            case "gw", "kw" -> new String[] {"kw"};
            case "z", "c" -> new String[] {"ch", "ts"};
            case "s" -> new String[] {"s", "sh"};
            case "j" -> new String[] {"y"};
            default -> new String[] {jyutping};
        };
    }

    // Jyutping finals and their Hong Kong spellings, the usual one first
    private static final Map<String, String[]> FINALS = finals(
            "aa a ah ar",
            "aai ai",
            "aau au ow",
            "aam am",
            "aan an",
            "aang ang",
            "aap ap",
            "aat at",
            "aak ak ark",
            "ai ai",
            "au au ow",
            "am am um",
            "an an un",
            "ang ang",
            "ap ap",
            "at at",
            "ak ak",
            "e e",
            "ei ei ee i ey",
            "eng eng",
            "ek ek",
            "eu eu",
            "i i ee",
            "iu iu",
            "im im",
            "in in",
            "ing ing",
            "ip ip",
            "it it",
            "ik ik",
            "o o oh or aw",
            "oi oi oy",
            "on on",
            "ong ong",
            "ot ot",
            "ok ok",
            "ou o ou oh",
            "u u oo",
            "ui ui ooi",
            "un un oon",
            "ung ung",
            "ut ut",
            "uk uk",
            "oe oe",
            "oeng eung eong",
            "oek euk eok",
            "eoi ui eui",
            "eon un eun",
            "eot ut eut",
            "yu u ue",
            "yun uen un",
            "yut uet ut",
            "m m",
            "ng ng");

    private static Map<String, String[]> finals(String... lines) {
        Map<String, String[]> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            out.put(f[0], Arrays.copyOfRange(f, 1, f.length));
        }
        return out;
    }

    /** The usual Hong Kong spelling of a Jyutping syllable, or null when it is not one. */
    static String spelling(String jyutping) {
        List<String> s = spellings(jyutping);
        return s.isEmpty() ? null : s.getFirst();
    }

    /**
     * The Cantonese reading of a name in Han script, each character's first reading in its usual
     * Hong Kong spelling, syllables apart as pinyin writes them (李嘉誠 lei ka sing); null when a
     * character has no reading or is not Han (spaces and middle dots separate words).
     */
    static String reading(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '·' || cp == '・') {
                continue;
            }
            String jyutping = Table.FIRST.get(cp);
            String spelled = jyutping == null ? null : spelling(jyutping);
            if (spelled == null) {
                return null;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(spelled);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * The fewest Hong Kong spellings of Cantonese syllables that write {@code text} (lower-case
     * letters), or 0 when none do.
     */
    static int count(String text) {
        return fewest(Table.SPELLING_CODES, Table.SPELLING_READINGS, text);
    }

    /**
     * As {@link #count}, but 0 also when pinyin writes {@code text} with as few syllables (Chan,
     * Wai, Lei; not Lee, which is le-e): such a spelling is as likely Mandarin, and meets another
     * only when read from the characters (see {@link #compare(String, String, boolean)}).
     */
    static int countNotPinyin(String text) {
        int n = count(text);
        int pinyin = fewest(Table.PINYIN_CODES, Table.PINYIN_READINGS, text);
        return n > 0 && (pinyin == 0 || n < pinyin) ? n : 0;
    }

    /** The fewest syllables of a table that write {@code text}, or 0. */
    private static int fewest(long[] codes, int[][] readings, String text) {
        int n = text.length();
        return n > MAX_TEXT ? 0 : fewest(n, (from, to) -> readings(codes, readings, text, from, to) != null);
    }

    private static int fewest(int n, ChineseSyllables.Syllable syllable) {
        return ChineseSyllables.fewest(n, MAX, syllable);
    }

    /**
     * Whether {@code a} and {@code b} (lower-case letters, not equal) are Hong Kong spellings of the
     * same Cantonese syllables: {@link #SAME_READING} or {@link #NONE}. With {@code known}, one of
     * them is the Cantonese reading of Han characters ({@link #reading}). Otherwise one of them must
     * take fewer syllables in Hong Kong spelling than in pinyin (Lei / Li and Wai / Wei, pinyin
     * syllables all, are two Mandarin names), and a single syllable must not be a letter from the
     * other (Vietnamese Tan and Tam).
     */
    static int compare(String a, String b, boolean known) {
        return compare(new String[] {a}, b, known);
    }

    /**
     * As {@link #compare(String, String, boolean)}, where {@code a} is the syllables of a run of
     * parts, each part one syllable or more, and {@code b} one part (Ka Shing / Kasing).
     */
    static int compare(String[] parts, String b, boolean known) {
        String a = String.join("", parts);
        int na = a.length();
        int nb = b.length();
        if (na == 0 || nb == 0 || na > MAX_TEXT || nb > MAX_TEXT) {
            return NONE;
        }
        if (!firstSyllablesMeet(a, parts[0].length(), b)) {
            return NONE; // most pairs: a quick test before the tables
        }
        // where a's syllables may end: only at part boundaries between parts
        boolean[] boundary = new boolean[na + 1];
        int at = 0;
        for (String p : parts) {
            at += p.length();
            boundary[at] = true;
        }
        int[][][] hkA = syllables(Table.SPELLING_CODES, Table.SPELLING_READINGS, a);
        int[][][] pyA = syllables(Table.PINYIN_CODES, Table.PINYIN_READINGS, a);
        int[][][] hkB = syllables(Table.SPELLING_CODES, Table.SPELLING_READINGS, b);
        int[][][] pyB = syllables(Table.PINYIN_CODES, Table.PINYIN_READINGS, b);
        // each side is read with the fewest syllables that write it (Wang is one, not wa-ng, which
        // would meet Huang as hu-ang), and the two sides with as many
        boolean[][] onA = fewest(hkA, pyA, boundary);
        boolean[][] onB = fewest(hkB, pyB, null);
        if (onA == null || onB == null || fewestCount(onA) != fewestCount(onB)) {
            return NONE;
        }
        if (!known && fewestCount(onA) == 1 && EditDistance.bounded(a, b, 1) <= 1) {
            // one syllable a letter from the other is left to the spelling and typo rules, which keep
            // short names of other languages apart (Vietnamese Tan and Tam, Cantonese Tam and pinyin
            // Tan), unless read from the characters (李 lei, Li)
            return NONE;
        }
        if (!known && pinyinLike(pyA, hkA, boundary) && pinyinLike(pyB, hkB, null)) {
            return NONE; // two pinyin spellings may be two Mandarin names (Lei / Li, Wai / Wei)
        }
        // alike[i][j]: a[0, i) and b[0, j) are the same syllables, pair by pair
        boolean[][] alike = new boolean[na + 1][nb + 1];
        alike[0][0] = true;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (!alike[i][j]) {
                    continue;
                }
                for (int la = 1; la <= MAX && i + la <= na; la++) {
                    if (!onA[i][la - 1]) {
                        continue;
                    }
                    for (int lb = 1; lb <= MAX && j + lb <= nb; lb++) {
                        if (onB[j][lb - 1]
                                && (la == lb && a.regionMatches(i, b, j, la)
                                        || share(hkA[i][la - 1], hkB[j][lb - 1]))) {
                            alike[i + la][j + lb] = true;
                        }
                    }
                }
            }
        }
        return boundary[na] && alike[na][nb] ? SAME_READING : NONE;
    }

    /**
     * Whether pinyin syllables ({@code py}, from {@link #syllables}) write the whole text with no
     * more syllables than Hong Kong spellings ({@code hk}) do, parts kept apart.
     */
    private static boolean pinyinLike(int[][][] py, int[][][] hk, boolean[] boundary) {
        int pinyin = fewest(py, boundary);
        int hongKong = fewest(hk, boundary);
        return pinyin > 0 && (hongKong == 0 || pinyin <= hongKong);
    }

    /** The fewest syllables of one table ({@link #syllables}) that write the whole text, parts kept apart; 0 if none. */
    private static int fewest(int[][][] table, boolean[] boundary) {
        return fewest(
                table.length,
                (from, to) ->
                        table[from][to - from - 1] != null && (boundary == null || !crossesPart(boundary, from, to)));
    }

    /**
     * Per start and length - 1: whether that syllable (a reading in either table) is on a way of
     * writing the whole text with the fewest syllables, none of them over the end of a part ({@code
     * boundary}, null for one part); null when there is no such way.
     */
    private static boolean[][] fewest(int[][][] hk, int[][][] py, boolean[] boundary) {
        int n = hk.length;
        final int none = Integer.MAX_VALUE / 2;
        int[] fromStart = new int[n + 1];
        int[] toEnd = new int[n + 1];
        Arrays.fill(fromStart, none);
        Arrays.fill(toEnd, none);
        fromStart[0] = 0;
        toEnd[n] = 0;
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                if (syllable(hk, py, boundary, i, len)) {
                    fromStart[i + len] = Math.min(fromStart[i + len], fromStart[i] + 1);
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                if (syllable(hk, py, boundary, i, len)) {
                    toEnd[i] = Math.min(toEnd[i], toEnd[i + len] + 1);
                }
            }
        }
        int few = fromStart[n];
        if (few >= none) {
            return null;
        }
        boolean[][] on = new boolean[n][MAX];
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                on[i][len - 1] = syllable(hk, py, boundary, i, len) && fromStart[i] + 1 + toEnd[i + len] == few;
            }
        }
        return on;
    }

    /** The number of syllables on the fewest way that {@link #fewest} marked. */
    private static int fewestCount(boolean[][] on) {
        int count = 0;
        int i = 0;
        while (i < on.length) {
            int len = 1;
            while (!on[i][len - 1]) {
                len++;
            }
            i += len;
            count++;
        }
        return count;
    }

    private static boolean syllable(int[][][] hk, int[][][] py, boolean[] boundary, int i, int len) {
        return (hk[i][len - 1] != null || py[i][len - 1] != null)
                && (boundary == null || !crossesPart(boundary, i, i + len));
    }

    /** Whether {@code [from, to)} of the joined parts runs over the end of a part. */
    private static boolean crossesPart(boolean[] boundary, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (boundary[k]) {
                return true;
            }
        }
        return false;
    }

    /** Per start and length - 1: the readings of {@code text[start, start + length)} in a table, or null. */
    private static int[][][] syllables(long[] codes, int[][] readings, String text) {
        int n = text.length();
        int[][][] out = new int[n][MAX][];
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                out[i][len - 1] = readings(codes, readings, text, i, i + len);
            }
        }
        return out;
    }

    private static int[] readings(long[] codes, int[][] readings, String text, int from, int to) {
        long code = code(text, from, to);
        if (code == 0) {
            return null;
        }
        int k = Arrays.binarySearch(codes, code);
        return k < 0 ? null : readings[k];
    }

    /**
     * Whether some syllable that starts {@code a} (within its first {@code firstPart} letters) and
     * some that starts {@code b} are the same letters or share a reading as {@link #compare} pairs
     * them: a test every pair that is alike passes.
     */
    private static boolean firstSyllablesMeet(String a, int firstPart, String b) {
        int[][] hkB = new int[MAX][];
        for (int lb = 1; lb <= MAX && lb <= b.length(); lb++) {
            hkB[lb - 1] = readings(Table.SPELLING_CODES, Table.SPELLING_READINGS, b, 0, lb);
        }
        for (int la = 1; la <= MAX && la <= firstPart; la++) {
            int[] hkA = readings(Table.SPELLING_CODES, Table.SPELLING_READINGS, a, 0, la);
            int[] pyA = readings(Table.PINYIN_CODES, Table.PINYIN_READINGS, a, 0, la);
            if (hkA == null && pyA == null) {
                continue;
            }
            for (int lb = 1; lb <= MAX && lb <= b.length(); lb++) {
                if (la == lb && a.regionMatches(0, b, 0, la) || share(hkA, hkB[lb - 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two sorted arrays share a value (null shares nothing). */
    private static boolean share(int[] x, int[] y) {
        if (x == null || y == null) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static long code(String s, int from, int to) {
        return ChineseSyllables.code(s, from, to);
    }

    /** The table, read when first needed. */
    private static final class Table {
        // code point -> its first Jyutping reading
        static final Map<Integer, String> FIRST = new HashMap<>();
        // Hong Kong spellings and pinyin syllables (as codes, sorted) -> their Jyutping syllables' numbers
        static final long[] SPELLING_CODES;
        static final int[][] SPELLING_READINGS;
        static final long[] PINYIN_CODES;
        static final int[][] PINYIN_READINGS;

        static {
            Map<String, Integer> number = new HashMap<>();
            Map<Long, TreeSet<Integer>> spelled = new TreeMap<>();
            Map<Long, TreeSet<Integer>> pinyin = new TreeMap<>();
            List<String[]> mandarin = new ArrayList<>();
            try (InputStream in = Cantonese.class.getResourceAsStream("cantonese.txt")) {
                if (in == null) {
                    throw new IllegalStateException("cantonese.txt is missing from the screening module");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("r ")) {
                        String[] f = line.split(" ", 3);
                        String jyutping = f[1].intern();
                        f[2].codePoints().forEach(cp -> FIRST.put(cp, jyutping));
                        syllable(jyutping, number, spelled);
                    } else if (line.startsWith("m ")) {
                        mandarin.add(line.split(" "));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String[] f : mandarin) {
                // pinyin's ü (v in the table) is u in a spelling without marks (Lü, Lu)
                String py = f[1].replace('v', 'u');
                long code = code(py, 0, py.length());
                for (int i = 2; i < f.length; i++) {
                    int id = syllable(f[i], number, spelled);
                    pinyin.computeIfAbsent(code, k -> new TreeSet<>()).add(id);
                }
            }
            SPELLING_CODES = keys(spelled);
            SPELLING_READINGS = values(spelled);
            PINYIN_CODES = keys(pinyin);
            PINYIN_READINGS = values(pinyin);
        }

        /** The number of a Jyutping syllable, its spellings noted the first time it is met. */
        private static int syllable(String jyutping, Map<String, Integer> number, Map<Long, TreeSet<Integer>> spelled) {
            Integer n = number.get(jyutping);
            if (n != null) {
                return n;
            }
            int id = number.size();
            number.put(jyutping, id);
            for (String s : spellings(jyutping)) {
                if (s.length() <= MAX) {
                    spelled.computeIfAbsent(code(s, 0, s.length()), k -> new TreeSet<>())
                            .add(id);
                }
            }
            return id;
        }

        private static long[] keys(Map<Long, TreeSet<Integer>> m) {
            return m.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        private static int[][] values(Map<Long, TreeSet<Integer>> m) {
            return m.values().stream()
                    .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }
}
