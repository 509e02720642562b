package org.mpaka.screening.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese names read as Japanese passports spell them (Hepburn, long vowels not written):
 * kanji have no reading of their own, so a name is split into words and read with the IPADIC
 * dictionary of Lucene's Kuromoji analyser, which holds family and given names (安倍 Abe, 伊藤
 * Ito, 純一郎 Junichiro, 博文 Hirobumi); a word it does not know is left to ICU. Text in kana alone
 * is read as written. The long vowels ICU writes doubled (itou, ootani) are written once (Ito, Otani),
 * as passports do, except where the u starts a word of its own (Inoue). A name in kanji alone is
 * also read split into family and given names, each with the readings of its kanji ({@link
 * #kanjiSplits}, {@link KanjiReadings}).
 *
 * <p>The dictionary is loaded on the first name in Han script or kana, not before; the analyser is
 * used under a lock (one instance is not thread-safe, and such names are rare).
 */
final class JapaneseScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Japanese (Hepburn, Kuromoji readings)";

    /** The scheme name of the reading that writes a long o as oh (Ohno, Itoh), as some passports do. */
    static final String SCHEME_OH = SCHEME + ", long o as oh";

    /**
     * The scheme name of a reading split into family and given names ({@link #kanjiSplits}) whose
     * family name has {@code familyKanji} kanji: one per length, so that a list's schemes stay few.
     */
    static String schemeKanji(int familyKanji) {
        return "Japanese (readings of the kanji), family name of " + familyKanji + " kanji";
    }

    private static final Object LOCK = new Object();

    /** Set once the dictionary could not be loaded: Japanese readings are then not made. */
    private static volatile boolean unavailable;

    private JapaneseScript() {}

    /** Loaded on first use. */
    private static final class Analyser {
        static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        static final CharTermAttribute TERM = TOKENIZER.addAttribute(CharTermAttribute.class);
        static final ReadingAttribute READING = TOKENIZER.addAttribute(ReadingAttribute.class);
    }

    /**
     * Whether the text has hiragana or katakana, which only Japanese writes (not the middle dot ・
     * and the long mark ー, which Chinese names written in Han script use too).
     */
    static boolean hasKana(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
        });
    }

    /**
     * Name kanji the dictionary knows only in their common form, as families may write them: 髙
     * (高), 﨑 (崎), 德 (徳), 𠮷 (吉), 𡈽 (土).
     */
    static String commonKanji(String text) {
        return text.replace('髙', '高')
                .replace('﨑', '崎')
                .replace('德', '徳')
                .replace("\uD842\uDFB7", "吉")
                .replace("\uD844\uDE3D", "土");
    }

    /**
     * The text read word by word in katakana (the dictionary's reading, or the word as written where
     * it has none), words apart, then in Latin letters; null if the analyser cannot read it.
     */
    static String romanise(String text) {
        return romanise(text, false);
    }

    /** As {@link #romanise(String)}, a long o written oh when {@code oh}; null if the text cannot be read. */
    static String romanise(String text, boolean oh) {
        String kana = kana(text);
        return kana == null ? null : spelled(kana, oh);
    }

    /**
     * The readings of the text: as passports spell it, and with a long o as oh when that differs;
     * empty if the text cannot be read, or if a name in kanji alone (which may be Chinese) reads
     * with a one-letter word, which would stand as an initial for any name (王 read o).
     */
    static List<String> romanisations(String text) {
        String kana = kana(text);
        if (kana == null) {
            return List.of();
        }
        String plain = spelled(kana, false);
        if (plain.isBlank() || !hasKana(text) && hasOneLetterWord(plain)) {
            return List.of();
        }
        String oh = spelled(kana, true);
        return oh.equals(plain) ? List.of(plain) : List.of(plain, oh);
    }

    private static String kana(String text) {
        if (!hasHan(text)) {
            return katakana(text);
        }
        List<Word> words = dictionaryWords(commonKanji(text));
        return words == null ? null : wordsApart(words);
    }

    private static String wordsApart(List<Word> words) {
        StringBuilder kana = new StringBuilder();
        for (Word w : words) {
            if (!kana.isEmpty()) {
                kana.append(' ');
            }
            kana.append(w.reading() != null ? w.reading() : w.surface());
        }
        return kana.toString();
    }

    /**
     * A name in kanji read as a family name and a given name, each one word: the readings of each
     * name's kanji ({@link KanjiReadings}), and the first of each, as passports spell it, a space
     * apart.
     */
    record KanjiSplit(String latin, KanjiReadings family, KanjiReadings given) {}

    /** Most kanji of a name split by {@link #kanjiSplits}. */
    static final int MAX_SPLIT_KANJI = 6;

    /**
     * The ways a name in kanji alone splits into a family name and a given name: where it has a
     * space, there; otherwise after each of its first four kanji (the dictionary's words do not
     * tell: 稲盛和夫 is read ina mori kazuo), but not before the repetition mark 々 (佐々木). Each
     * name is read as the first of its kanji's readings, one word; a split where a name's kanji have
     * no reading, or that reads with a one-letter word, is left out. Empty for other text, for names
     * of one kanji or more than {@value #MAX_SPLIT_KANJI}, and when the dictionary cannot be loaded.
     * Uses the dictionary without the analyser (no lock).
     */
    static List<KanjiSplit> kanjiSplits(String text) {
        String name = commonKanji(text).strip();
        if (!hanOnly(name)) {
            return List.of();
        }
        String[] chunks = name.split("\\s+");
        String joined = String.join("", chunks);
        if (joined.length() < 2 || joined.length() > MAX_SPLIT_KANJI) {
            return List.of();
        }
        List<KanjiSplit> out = new ArrayList<>();
        if (chunks.length > 1) {
            addSplit(out, chunks[0], joined.substring(chunks[0].length()));
        } else {
            for (int at = 1; at < joined.length() && at <= 4; at++) {
                if (joined.charAt(at) != '々') {
                    addSplit(out, joined.substring(0, at), joined.substring(at));
                }
            }
        }
        return out;
    }

    private static void addSplit(List<KanjiSplit> out, String family, String given) {
        KanjiReadings f = KanjiReadings.of(family, true);
        KanjiReadings g = f == null ? null : KanjiReadings.of(given, false);
        if (g == null) {
            return;
        }
        List<String> fs = f.spellings(1);
        List<String> gs = g.spellings(1);
        if (fs.isEmpty()
                || gs.isEmpty()
                || fs.getFirst().length() < 2
                || gs.getFirst().length() < 2) {
            return; // no reading covers a name's kanji, or one reads as a letter (王 o)
        }
        out.add(new KanjiSplit(fs.getFirst() + " " + gs.getFirst(), f, g));
    }

    /** Katakana (or hiragana) spelled as passports spell it, long vowels written once. */
    static String spelledKana(String kana) {
        return spelled(katakana(kana), false);
    }

    private static String spelled(String kana, boolean oh) {
        return passportSpelling(Romanizer.apply("Any-Latin", withoutLongMarks(kana, oh)));
    }

    private static boolean hasOneLetterWord(String latin) {
        for (String word : latin.split("[^a-z]+")) {
            if (word.length() == 1) {
                return true;
            }
        }
        return false;
    }

    /** A word the dictionary read: as written, and its reading (null if none). */
    private record Word(String surface, String reading) {}

    /** The words of the text as the dictionary reads them; null if it cannot be loaded. */
    private static List<Word> dictionaryWords(String text) {
        if (unavailable) {
            return null;
        }
        List<Word> words = new ArrayList<>();
        synchronized (LOCK) {
            JapaneseTokenizer tokenizer;
            try {
                tokenizer = Analyser.TOKENIZER;
            } catch (LinkageError e) {
                unavailable = true; // the dictionary's jar is missing or broken: read no kanji
                return null;
            }
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    words.add(new Word(Analyser.TERM.toString(), Analyser.READING.getReading()));
                }
                tokenizer.end();
            } catch (IOException | RuntimeException e) {
                return null; // a reader over a string does not fail
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException | RuntimeException e) {
                    // closing a string reader does not fail
                }
            }
        }
        return words;
    }

    /** Whether every character of the text but spaces is a Han character. */
    private static boolean hanOnly(String text) {
        return text.codePoints()
                .allMatch(
                        c -> Character.isWhitespace(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Whether the text has a Han character (Chinese characters, Japanese kanji). */
    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The text with its hiragana written in katakana. */
    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** As {@link #withoutLongMarks(CharSequence, boolean)}, long vowels written once. */
    static String withoutLongMarks(CharSequence kana) {
        return withoutLongMarks(kana, false);
    }

    /**
     * The katakana without the marks of long vowels (ー, a ウ or オ lengthening the vowel before
     * it), with ヂ and ヅ as ジ and ズ (passports write ji and zu). A vowel is lengthened once (大内
     * オオウチ Ouchi); an オ after an o is always a long mark (大江 オオエ Oe, 大井 オオイ Oi), a ウ
     * after an o or a u is unless another vowel but イ follows it (イノウエ Inoue; コウイチ Koichi).
     * With {@code oh}, a long o is written oh (Ohno, Itoh): an h left among the kana, which the
     * romanisation keeps.
     */
    static String withoutLongMarks(CharSequence kana, boolean oh) {
        StringBuilder out = new StringBuilder(kana.length());
        boolean dropped = false;
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            char prev = i > 0 ? kana.charAt(i - 1) : 0;
            char next = i + 1 < kana.length() ? kana.charAt(i + 1) : 0;
            boolean mark = !dropped
                    && (c == 'ー'
                            || c == 'オ' && oColumn(prev)
                            || c == 'ウ' && (oColumn(prev) || uColumn(prev)) && "アエオ".indexOf(next) < 0);
            dropped = mark;
            if (mark) {
                if (oh && oColumn(prev)) {
                    out.append('h');
                }
                continue;
            }
            out.append(c == 'ヂ' ? 'ジ' : c == 'ヅ' ? 'ズ' : c);
        }
        return out.toString();
    }

    private static boolean oColumn(char c) {
        return "オコゴソゾトドノホボポモヨロヲョォ".indexOf(c) >= 0;
    }

    private static boolean uColumn(char c) {
        return "ウクグスズツヅヌフブプムユルュゥ".indexOf(c) >= 0;
    }

    /** ICU's romaji as passports write it: no apostrophe after n, no marks, m for n before b, m, p. */
    private static String passportSpelling(String latin) {
        return Diacritics.toAscii(latin)
                .replace("'", "")
                .replace("~", "")
                .replace("nb", "mb")
                .replace("nm", "mm")
                .replace("np", "mp");
    }
}
