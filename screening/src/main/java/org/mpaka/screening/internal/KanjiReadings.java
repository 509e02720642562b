package org.mpaka.screening.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * The readings a Japanese name written in kanji can have, as passports spell them. A name's kanji
 * have many readings, and which one a person's name takes is the family's choice: 翔平 is Shohei,
 * but the dictionary's word-by-word reading gives sho taira, and 大谷 is Otani as often as Oya. The readings here are those
 * of the IPADIC dictionary (Lucene's Kuromoji analyser) for every run of one to {@value #LONGEST}
 * kanji of the name, as nouns (given and family names, words: 一 is ichi, kazu, hajime, makoto;
 * 明 aki, akira, mei), not verb or adjective stems (明 aka), and as place names for a family name
 * or a single kanji (大谷 Otani, 平 hei) but not for a given name's runs (幸子, a woman's name, is
 * also a place read Koji); a run after the first that reads as a native word of two kana or more
 * is also voiced as compounds voice it (澤 sawa, zawa). A Latin spelling is one of the name's readings when it is the readings of runs that cover all
 * its kanji, in order, written together: Shohei for 翔平 (shou hei), Masayoshi for 正義, Kazuaki for
 * 一明. Readings the dictionary lacks (三 as zo in Shinzo, 仁 as hito) are not found.
 *
 * <p>Immutable; equal for equal kanji read as the same kind of name. Made from the dictionary when a name is normalised, so
 * comparing costs no dictionary look-up.
 */
public final class KanjiReadings {

    /** Longest run of kanji looked up as one word. */
    static final int LONGEST = 4;

    /** Longest name, in kanji, whose readings are made (longer ones have none). */
    static final int MAX_KANJI = 6;

    private final String kanji;
    private final boolean family;
    // the runs the dictionary knows: kanji [start[r], end[r]) read as any of spellings[r]
    private final int[] start;
    private final int[] end;
    private final String[][] spellings;

    private KanjiReadings(String kanji, boolean family, int[] start, int[] end, String[][] spellings) {
        this.kanji = kanji;
        this.family = family;
        this.start = start;
        this.end = end;
        this.spellings = spellings;
    }

    /** The kanji read. */
    public String kanji() {
        return kanji;
    }

    /**
     * The readings of a family name ({@code family}) or given name in kanji alone; null if it has other characters, is longer than
     * {@value #MAX_KANJI} kanji, or if the dictionary knows none of its kanji or cannot be loaded.
     */
    static KanjiReadings of(String kanji, boolean family) {
        if (kanji.isEmpty() || kanji.length() > MAX_KANJI || !allHan(kanji)) {
            return null;
        }
        List<int[]> runs = new ArrayList<>();
        List<String[]> spelled = new ArrayList<>();
        for (int s = 0; s < kanji.length(); s++) {
            for (int e = s + 1; e <= Math.min(kanji.length(), s + LONGEST); e++) {
                Set<String> out = new LinkedHashSet<>();
                // place names give family names (大谷 Otani) and single kanji (平 hei) their readings,
                // but not a given name's runs: 幸子, a woman's name, is also a place read Koji
                boolean places = family || e - s == 1;
                for (String kana : Dictionary.readings(kanji.substring(s, e), places)) {
                    add(out, kana);
                    if (s > 0 && nativeWord(kana)) {
                        add(out, voiced(kana));
                    }
                }
                if (!out.isEmpty()) {
                    runs.add(new int[] {s, e});
                    spelled.add(out.toArray(String[]::new));
                }
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        int[] start = new int[runs.size()];
        int[] end = new int[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            start[r] = runs.get(r)[0];
            end[r] = runs.get(r)[1];
        }
        return new KanjiReadings(kanji, family, start, end, spelled.toArray(String[][]::new));
    }

    private static void add(Set<String> out, String kana) {
        String latin = JapaneseScript.spelledKana(kana);
        if (!latin.isEmpty() && latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            out.add(latin);
        }
    }

    /**
     * The kana with its first sound voiced as the second word of a compound voices it (rendaku: ka
     * ga, sa za, shi ji, ta da, chi ji, tsu zu, ha ba: 澤 sawa in 前澤 Maezawa, 川 kawa in 小川
     * Ogawa); kana without a voiced form are returned as they are.
     */
    static String voiced(String kana) {
        int at = VOICELESS.indexOf(kana.charAt(0));
        return at < 0 ? kana : VOICED.charAt(at) + kana.substring(1);
    }

    private static final String VOICELESS = "カキクケコサシスセソタチツテトハヒフヘホ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";

    /**
     * Whether a reading looks like a native word, which compounds voice: two kana or more, not
     * ending as the Chinese readings of kanji do (in u, i or n: kou, sei, shin). A reading of one
     * kana is not voiced: 子 shi would be ji, and 幸子, a woman's name, would meet Koji.
     */
    static boolean nativeWord(String kana) {
        char last = kana.charAt(kana.length() - 1);
        return kana.length() >= 2 && last != 'ウ' && last != 'イ' && last != 'ン';
    }

    /**
     * Whether {@code latin} (lower-case letters) is a reading of the kanji: the spellings of runs
     * that cover them all, in order, one after the other. A long vowel written ou or uu is read as
     * the dictionary's spellings write it, once (Kouhei as Kohei), and so is a long o written oh
     * (Ohtani as Otani).
     */
    public boolean readAs(String latin) {
        if (covers(latin)) {
            return true;
        }
        String once = longVowelsOnce(latin);
        return !once.equals(latin) && covers(once);
    }

    /** The spelling with a long vowel written ou, uu, oo or oh written once. */
    private static String longVowelsOnce(String latin) {
        return LONG_O_AS_OH
                .matcher(latin.replace("ou", "o").replace("uu", "u").replace("oo", "o"))
                .replaceAll("o");
    }

    private static final java.util.regex.Pattern LONG_O_AS_OH = java.util.regex.Pattern.compile("oh(?![aeiouy])");

    private boolean covers(String latin) {
        int n = kanji.length();
        int m = latin.length();
        // reached[i * (m + 1) + p]: kanji [0, i) read as latin [0, p)
        boolean[] reached = new boolean[(n + 1) * (m + 1)];
        reached[0] = true;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < m; p++) {
                if (!reached[i * (m + 1) + p]) {
                    continue;
                }
                for (int r = 0; r < start.length; r++) {
                    if (start[r] != i) {
                        continue;
                    }
                    for (String s : spellings[r]) {
                        if (latin.startsWith(s, p)) {
                            reached[end[r] * (m + 1) + p + s.length()] = true;
                        }
                    }
                }
            }
        }
        return reached[n * (m + 1) + m];
    }

    /**
     * Whether {@code latin} is the reading of a dictionary word written with all the kanji, two or
     * more (田中 Tanaka, 正義 Masayoshi), not one made of several words' readings or of one kanji's.
     */
    public boolean wordReadAs(String latin) {
        if (kanji.length() < 2) {
            return false;
        }
        String once = longVowelsOnce(latin);
        for (int r = 0; r < start.length; r++) {
            if (start[r] == 0 && end[r] == kanji.length()) {
                for (String s : spellings[r]) {
                    if (s.equals(latin) || s.equals(once)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether one of the readings starts with {@code letter} (an initial that agrees). */
    public boolean startsWith(char letter) {
        for (int r = 0; r < start.length && start[r] == 0; r++) {
            for (String s : spellings[r]) {
                if (s.charAt(0) == letter) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Up to {@code max} distinct readings of the kanji (for the index's look-up keys and a part's
     * text), made run by run, the longest run first at each kanji: a reading of the whole name
     * comes before those made of one kanji's each.
     */
    public List<String> spellings(int max) {
        Set<String> out = new LinkedHashSet<>();
        spell(0, "", max, out);
        return List.copyOf(out);
    }

    private void spell(int at, String prefix, int max, Set<String> out) {
        if (out.size() >= max) {
            return;
        }
        if (at == kanji.length()) {
            out.add(prefix);
            return;
        }
        for (int len = Math.min(LONGEST, kanji.length() - at); len >= 1; len--) {
            for (int r = 0; r < start.length; r++) {
                if (start[r] == at && end[r] == at + len) {
                    for (String s : spellings[r]) {
                        spell(at + len, prefix + s, max, out);
                    }
                }
            }
        }
    }

    private static boolean allHan(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KanjiReadings k && k.kanji.equals(kanji) && k.family == family;
    }

    @Override
    public int hashCode() {
        return kanji.hashCode() * 2 + (family ? 1 : 0);
    }

    @Override
    public String toString() {
        return kanji;
    }

    /** The dictionary, loaded on first use; no readings when it cannot be loaded. */
    private static final class Dictionary {
        private static volatile boolean unavailable;

        /** Loaded on first use. */
        private static final class Loaded {
            static final TokenInfoDictionary DICTIONARY = TokenInfoDictionary.getInstance();
            static final JaMorphData MORPH = (JaMorphData) DICTIONARY.getMorphAttributes();
        }

        /**
         * The katakana readings of every noun (or prefix) of the dictionary written {@code word},
         * place names only with {@code places}; empty if none.
         */
        static List<String> readings(String word, boolean places) {
            if (unavailable) {
                return List.of();
            }
            try {
                TokenInfoFST fst = Loaded.DICTIONARY.getFST();
                FST.BytesReader in = fst.getBytesReader();
                FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
                long output = 0;
                for (int i = 0; i < word.length(); i++) {
                    if (fst.findTargetArc(word.charAt(i), arc, arc, i == 0, in) == null) {
                        return List.of();
                    }
                    output += arc.output();
                }
                if (!arc.isFinal()) {
                    return List.of();
                }
                IntsRef ids = new IntsRef();
                Loaded.DICTIONARY.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
                char[] surface = word.toCharArray();
                List<String> out = new ArrayList<>(ids.length);
                for (int k = 0; k < ids.length; k++) {
                    int id = ids.ints[ids.offset + k];
                    String pos = Loaded.MORPH.getPartOfSpeech(id);
                    String reading = Loaded.MORPH.getReading(id, surface, 0, surface.length);
                    if (pos != null
                            && (pos.startsWith("名詞") || pos.startsWith("接頭詞"))
                            && (places || !pos.startsWith("名詞-固有名詞-地域"))
                            && reading != null
                            && !out.contains(reading)) {
                        out.add(reading);
                    }
                }
                return out;
            } catch (IOException | RuntimeException e) {
                return List.of(); // the dictionary is in memory: a look-up does not fail
            } catch (LinkageError e) {
                unavailable = true; // the dictionary's jar is missing or broken
                return List.of();
            }
        }
    }
}
