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
 * Chinese names in Han script read in Cantonese, as Hong Kong, Macau and much of the diaspora write
 * them: in the spelling of the Hong Kong government's romanisation (陳 Chan, 張 Cheung, 嘉誠
 * Ka-shing), where pinyin writes the Mandarin reading (Chen, Zhang, Jiacheng).
 *
 * <p>The readings come from the Unicode Han Database ({@code cantonese.txt}, made by {@code
 * screening/tools/CantoneseTable.java}): the first Cantonese reading of every character, in
 * Jyutping. The Hong Kong spellings of a Jyutping syllable are made by rules ({@link #spellings}),
 * with the variants in use: z and c are ch or ts (Chan, Tsang), s is s or sh (Sing, Shing), j is y,
 * b d g are p t k, oeng is eung (Cheung), eoi is ui (Tsui), yun is uen (Yuen), ou is o (Ko), u is
 * also oo (Poon), zi is also tsz (Tsz), si also sze (Sze), ei also ee or i (Lee, Li), o also aw
 * (Law). (The r of Kar-wai and Ngor and the dropped y of Ip are left out: they spell Korean and
 * English names, Park, Im.)
 *
 * <p>A name in Han script gets a Cantonese reading ({@link #reading}), which meets a Latin spelling
 * only as written or as the same syllables in another Hong Kong spelling ({@link #sameReading}: Lee and
 * Li for lei, 李; see {@code PartSimilarity.compare} and {@code Aligner}). Two Latin spellings are not compared this way: the variants drop letters (Noah and
 * Nora, Omar and Ouma would be one syllable each), Wade–Giles spells other names so (Tsou and Chou
 * are two families), and joining Hong Kong spellings to pinyin through the characters read so in
 * both (Cheung / Zhang) joined names of every language (Hannah / Kenna): the characters are needed.
 */
final class Cantonese {

    private Cantonese() {}

    /** Longest syllable, in letters. */
    static final int MAX = 6;

    /** Longest text compared ({@link #count}, {@link #sameReading}): names of more letters are not. */
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
            "aa a ah",
            "aai ai",
            "aau au ow",
            "aam am",
            "aan an",
            "aang ang",
            "aap ap",
            "aat at",
            "aak ak",
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
            "o o oh aw",
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

    /**
     * The usual Hong Kong spelling of a Jyutping syllable of two letters or more (a one-letter
     * spelling would be read as an initial: 柯 o is written Oh), or null when there is none.
     */
    static String spelling(String jyutping) {
        for (String s : spellings(jyutping)) {
            if (s.length() >= 2) {
                return s;
            }
        }
        return null;
    }

    /**
     * Family names whose character the Unicode Han Database reads otherwise as its first reading,
     * in Jyutping as family names read them: 區 (keoi1) as Au, 單 (daan1) as Sin or Shin, 仇 (sau4)
     * as Kau, 解 (gaai2) as Hai, 洗 (sai2) as Sin (the family name also written 冼), 繆 (mau4) as Miu;
     * with the simplified forms 区, 单, 缪.
     */
    private static final Map<Integer, String> FAMILY_NAMES = Map.of(
            (int) '區', "au",
            (int) '区', "au",
            (int) '單', "sin",
            (int) '单', "sin",
            (int) '仇', "kau",
            (int) '解', "haai",
            (int) '洗', "sin",
            (int) '繆', "miu",
            (int) '缪', "miu");

    /**
     * The Cantonese reading of a name in Han script, each character's first reading in its usual
     * Hong Kong spelling, syllables apart as pinyin writes them (李嘉誠 lei ka sing), the first
     * character read as a family name ({@link #FAMILY_NAMES}: 區諾軒 au nok hin); null when a
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
            String jyutping = out.isEmpty() ? FAMILY_NAMES.get(cp) : null;
            if (jyutping == null) {
                jyutping = Table.FIRST.get(cp);
            }
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
        int n = text.length();
        return n > MAX_TEXT ? 0 : ChineseSyllables.fewest(n, MAX, (from, to) -> readings(text, from, to) != null);
    }

    /**
     * Whether {@code a} and {@code b} (lower-case letters, not equal) are Hong Kong spellings of the
     * same Cantonese syllables (lei and Lee, sing and Shing). Each is read with the fewest syllables
     * that write it, and the two with as many.
     */
    static boolean sameReading(String a, String b) {
        return sameReading(new String[] {a}, b);
    }

    /**
     * As {@link #sameReading(String, String)}, where {@code a} is the syllables of a run of parts,
     * each part one syllable or more, and {@code b} one part (ka sing / Kashing).
     */
    static boolean sameReading(String[] parts, String b) {
        String a = String.join("", parts);
        int na = a.length();
        int nb = b.length();
        if (na == 0 || nb == 0 || na > MAX_TEXT || nb > MAX_TEXT) {
            return false;
        }
        if (!firstSyllablesMeet(a, parts[0].length(), b)) {
            return false; // most pairs: a quick test before the tables
        }
        // where a's syllables may end: only at part boundaries between parts
        boolean[] boundary = new boolean[na + 1];
        int at = 0;
        for (String p : parts) {
            at += p.length();
            boundary[at] = true;
        }
        int[][][] hkA = syllables(a);
        int[][][] hkB = syllables(b);
        boolean[][] onA = fewest(hkA, boundary);
        boolean[][] onB = fewest(hkB, null);
        if (onA == null || onB == null || fewestCount(onA) != fewestCount(onB)) {
            return false;
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
                        if (onB[j][lb - 1] && share(hkA[i][la - 1], hkB[j][lb - 1])) {
                            alike[i + la][j + lb] = true;
                        }
                    }
                }
            }
        }
        return boundary[na] && alike[na][nb];
    }

    /**
     * Per start and length - 1: whether that syllable is on a way of writing the whole text with the
     * fewest syllables, none of them over the end of a part ({@code boundary}, null for one part);
     * null when there is no such way.
     */
    private static boolean[][] fewest(int[][][] hk, boolean[] boundary) {
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
                if (syllable(hk, boundary, i, len)) {
                    fromStart[i + len] = Math.min(fromStart[i + len], fromStart[i] + 1);
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                if (syllable(hk, boundary, i, len)) {
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
                on[i][len - 1] = syllable(hk, boundary, i, len) && fromStart[i] + 1 + toEnd[i + len] == few;
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

    private static boolean syllable(int[][][] hk, boolean[] boundary, int i, int len) {
        return hk[i][len - 1] != null && (boundary == null || !crossesPart(boundary, i, i + len));
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

    /** Per start and length - 1: the readings of {@code text[start, start + length)}, or null. */
    private static int[][][] syllables(String text) {
        int n = text.length();
        int[][][] out = new int[n][MAX][];
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX && i + len <= n; len++) {
                out[i][len - 1] = readings(text, i, i + len);
            }
        }
        return out;
    }

    /** The Jyutping syllables {@code text[from, to)} is a Hong Kong spelling of, or null. */
    private static int[] readings(String text, int from, int to) {
        long code = ChineseSyllables.code(text, from, to);
        if (code == 0) {
            return null;
        }
        int k = Arrays.binarySearch(Table.SPELLING_CODES, code);
        return k < 0 ? null : Table.SPELLING_READINGS[k];
    }

    /**
     * Whether some syllable that starts {@code a} (within its first {@code firstPart} letters) and
     * some that starts {@code b} share a reading: a test every pair that is alike passes.
     */
    private static boolean firstSyllablesMeet(String a, int firstPart, String b) {
        int[][] hkB = new int[Math.min(MAX, b.length())][];
        for (int lb = 1; lb <= hkB.length; lb++) {
            hkB[lb - 1] = readings(b, 0, lb);
        }
        for (int la = 1; la <= MAX && la <= firstPart; la++) {
            int[] hkA = readings(a, 0, la);
            if (hkA == null) {
                continue;
            }
            for (int[] readingsB : hkB) {
                if (share(hkA, readingsB)) {
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

    /** The table, read when first needed. */
    private static final class Table {
        // code point -> its first Jyutping reading
        static final Map<Integer, String> FIRST = new HashMap<>();
        // Hong Kong spellings (as codes, sorted) -> the numbers of the Jyutping syllables they spell
        static final long[] SPELLING_CODES;
        static final int[][] SPELLING_READINGS;

        static {
            Map<String, Integer> number = new HashMap<>();
            Map<Long, TreeSet<Integer>> spelled = new TreeMap<>();
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
                        int id = number.size();
                        number.put(jyutping, id);
                        for (String s : spellings(jyutping)) {
                            if (s.length() <= MAX) {
                                spelled.computeIfAbsent(ChineseSyllables.code(s, 0, s.length()), k -> new TreeSet<>())
                                        .add(id);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SPELLING_CODES =
                    spelled.keySet().stream().mapToLong(Long::longValue).toArray();
            SPELLING_READINGS = spelled.values().stream()
                    .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }
}
