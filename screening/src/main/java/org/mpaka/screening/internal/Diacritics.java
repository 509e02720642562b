package org.mpaka.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Removes diacritics and maps the remaining Latin letters (ß, æ, ø, ł, đ, ı ...) to ASCII.
 *
 * <p>ICU's Latin-ASCII leaves out or misreads letters of the African reference alphabet and of
 * Azerbaijani, which names in those languages use: they are spelt first as the English and French
 * spellings of such names write them (see {@link #spelt}).
 */
final class Diacritics {

    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

    private Diacritics() {}

    /** The text with combining marks removed and special Latin letters spelt in ASCII. */
    static String toAscii(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (isAscii(s)) {
            return s;
        }
        s = spelt(s);
        if (isAscii(s)) {
            return s;
        }
        synchronized (LATIN_ASCII) {
            return LATIN_ASCII.transliterate(s);
        }
    }

    /**
     * The letters ICU leaves as they are or reads otherwise than names are spelt: the Azerbaijani
     * ə as a (Əliyev / Aliyev, Məmmədov / Mammadov), the schwa ǝ of Hausa and Berber alphabets as e;
     * the open o ɔ of Akan, Ewe, Dinka and Bambara as o (Kɔfi, Akɔl); ŋ as ng (Dinka Deŋ / Deng,
     * Wolof Ŋom / Ngom; ICU gives n), ɲ as ny (Bambara ɲ), ɣ as gh (Ewe, Dinka, Berber), ʃ as sh, ʒ
     * as zh, ʊ as u, ɑ and ʌ as a, ɩ as i; the glottal stop ʔ, the saltillo ꞌ and the hamza and ayn marks ʾ ʿ of Arabic
     * transliteration (Saʿīd) as an apostrophe, which joins a word's letters.
     */
    static String spelt(String s) {
        return replaceLetters(s, c -> switch (c) {
            case 'ə', 'ɑ', 'ʌ' -> "a";
            case 'ǝ' -> "e";
            case 'ɔ' -> "o";
            case 'ŋ' -> "ng";
            case 'ɲ' -> "ny";
            case 'ɣ' -> "gh";
            case 'ʃ' -> "sh";
            case 'ʒ' -> "zh";
            case 'ʊ' -> "u";
            case 'ɩ' -> "i";
            case 'ʔ', 'ɂ', 'ꞌ', 'ʾ', 'ʿ' -> "'";
            default -> null;
        });
    }

    /** What a lower-case letter is written as, or null to keep it. */
    interface LetterSpelling {
        String of(char lowerCase);
    }

    /**
     * {@code s} with each letter that {@code spelling} writes otherwise (given the letter in lower
     * case) written so, in upper case for an upper-case letter; {@code s} itself when there is none.
     */
    static String replaceLetters(String s, LetterSpelling spelling) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String to = c < 128 ? null : spelling.of(Character.toLowerCase(c));
            if (to != null && out == null) {
                out = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (out != null) {
                if (to == null) {
                    out.append(c);
                } else {
                    out.append(Character.isUpperCase(c) ? to.toUpperCase(Locale.ROOT) : to);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
