package org.mpaka.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/** Removes diacritics and maps the remaining Latin letters (ß, æ, ø, ł, đ, ı ...) to ASCII. */
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
        synchronized (LATIN_ASCII) {
            return LATIN_ASCII.transliterate(s);
        }
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
