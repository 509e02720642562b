package org.mpaka.screening.internal;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese names read as Japanese passports spell them (Hepburn, long vowels not written):
 * kanji have no reading of their own, so a name is split into words and read with the IPADIC
 * dictionary of Lucene's Kuromoji analyser, which holds family and given names (安倍 Abe, 伊藤
 * Ito, 純一郎 Junichiro, 博文 Hirobumi); a word it does not know is left to ICU. Text in kana alone
 * is read as written. The long vowels ICU writes doubled (itou, ootani) are written once (Ito, Otani),
 * as passports do, except where the u starts a word of its own (Inoue).
 *
 * <p>The dictionary is loaded on the first name in Han script or kana, not before; the analyser is
 * used under a lock (one instance is not thread-safe, and such names are rare).
 */
final class JapaneseScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Japanese (Hepburn, Kuromoji readings)";

    private static final Object LOCK = new Object();

    private JapaneseScript() {}

    /** Loaded on first use. */
    private static final class Analyser {
        static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        static final CharTermAttribute TERM = TOKENIZER.addAttribute(CharTermAttribute.class);
        static final ReadingAttribute READING = TOKENIZER.addAttribute(ReadingAttribute.class);
    }

    /** Whether the text has hiragana or katakana, which only Japanese writes. */
    static boolean hasKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3041' && c <= '\u30FF' || c >= '\u31F0' && c <= '\u31FF' || c >= '\uFF66' && c <= '\uFF9D') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text read word by word in katakana (the dictionary's reading, or the word as written where
     * it has none), words apart, then in Latin letters; null if the analyser cannot read it.
     */
    static String romanise(String text) {
        if (!hasHan(text)) {
            // kana spell their sounds: read as written, words as the text separates them
            return passportSpelling(Romanizer.apply("Any-Latin", withoutLongMarks(katakana(text))));
        }
        StringBuilder kana = new StringBuilder(text.length() * 2);
        synchronized (LOCK) {
            JapaneseTokenizer tokenizer = Analyser.TOKENIZER;
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String reading = Analyser.READING.getReading();
                    if (!kana.isEmpty()) {
                        kana.append(' ');
                    }
                    kana.append(reading != null ? reading : Analyser.TERM.toString());
                }
                tokenizer.end();
            } catch (IOException | RuntimeException e) {
                return null; // a reader over a string does not fail; a dictionary that cannot load does
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException | RuntimeException e) {
                    // closing a string reader does not fail
                }
            }
        }
        return passportSpelling(Romanizer.apply("Any-Latin", withoutLongMarks(kana)));
    }

    private static boolean hasHan(String text) {
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

    /**
     * The katakana without the marks of long vowels: ー, and a ウ or オ after a kana of the o column
     * (コウ, オオ), unless a vowel follows it (イノウエ Inoue, where ウ begins the next word).
     */
    static String withoutLongMarks(CharSequence kana) {
        StringBuilder out = new StringBuilder(kana.length());
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            char prev = i > 0 ? kana.charAt(i - 1) : 0;
            char next = i + 1 < kana.length() ? kana.charAt(i + 1) : 0;
            if (c == 'ー') {
                continue;
            }
            if ((c == 'ウ' || c == 'オ') && oColumn(prev) && !isVowelKana(next)) {
                continue;
            }
            if (c == 'ウ' && prev == 'ウ' && !isVowelKana(next)) {
                continue; // ユウ yu, クウ ku
            }
            if (c == 'ウ' && uColumn(prev) && !isVowelKana(next)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean oColumn(char c) {
        return "オコゴソゾトドノホボポモヨロヲョォ".indexOf(c) >= 0;
    }

    private static boolean uColumn(char c) {
        return "クグスズツヌフブプムユルュゥ".indexOf(c) >= 0;
    }

    private static boolean isVowelKana(char c) {
        return "アイウエオ".indexOf(c) >= 0;
    }

    /** ICU's romaji as passports write it: no apostrophe after n, no marks. */
    private static String passportSpelling(String latin) {
        return Diacritics.toAscii(latin).replace("'", "").replace("~", "");
    }
}
