package org.mpaka.screening.internal;

/**
 * Reads names in Hebrew script letter by letter into the alphabet of the orthography rules'
 * canonical spellings, as {@link ArabicScript} does for Arabic: the consonants, and the letters that
 * also write vowels (alef and ayin {@code a}, vav {@code u}, yod {@code i}; at the start of a word
 * vav and yod are {@code v} and {@code y}). Vowel points (niqqud) are not read. Parts read this way
 * compare with Latin spellings by their consonants: {@code נתניהו}, read {@code ntnihu}, is
 * Netanyahu.
 *
 * <p>Bet and pe are {@code v} and {@code f} at the end of a word or after a letter that writes a
 * vowel, where they are mostly said so (Avraham, Yaakov, Yosef), else {@code b} and {@code p}
 * (Rabin, Shapira); khaf is {@code k} at the start of a word and the rules' h (kh) elsewhere
 * (Mordechai, Baruch); shin is {@code s} (the rules read sh as s), tsadi {@code ts}; a geresh makes
 * ג, ז, צ the j, zh and ch of borrowed names. The maqaf separates words.
 */
final class HebrewScript {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The romanisation's name, as explanations show it. */
    static final String SCHEME = "Hebrew script, vowels not written";

    private HebrewScript() {}

    /**
     * Whether bet or pe at {@code i} is read soft (v, f): at the end of the word or after a letter
     * that writes a vowel (alef, ayin, vav, yod), as vowels soften them: Avraham, Yaakov, Efraim;
     * but Rabin, Shapira.
     */
    private static boolean soft(String word, int i, boolean wordStart) {
        if (wordStart) {
            return false;
        }
        int next = i + 1;
        while (next < word.length() && !isLetter(word.charAt(next))) {
            next++;
        }
        if (next >= word.length()) {
            return true;
        }
        int prev = i - 1;
        while (prev >= 0 && !isLetter(word.charAt(prev))) {
            prev--;
        }
        char p = prev < 0 ? 0 : word.charAt(prev);
        return p == 'א' || p == 'ע' || p == 'ו' || p == 'י';
    }

    /**
     * The text romanised, words separated by spaces; points are dropped, other characters kept. The
     * words {@code בן} and {@code בת} are the particles ben and bat.
     */
    static String romanise(String text) {
        // the maqaf joins words as a hyphen does (Ben-Gurion): a separator
        String[] words = WHITESPACE.split(text.replace('\u05BE', ' ').strip());
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (String w : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String bare = withoutPoints(w);
            out.append(bare.equals("בן") ? "ben" : bare.equals("בת") ? "bat" : word(w));
        }
        return out.toString();
    }

    private static String withoutPoints(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (!isPoint(w.charAt(i))) {
                out.append(w.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is a point or accent (cantillation, niqqud), not read. */
    private static boolean isPoint(char c) {
        return c >= 0x0591 && c <= 0x05C7 && c != 0x05BE;
    }

    /** Whether {@code c} is a geresh, or an apostrophe written for one. */
    private static boolean isGeresh(char c) {
        return c == 0x05F3 || c == '\'' || c == '\u2019';
    }

    private static String word(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPoint(c) || c == 0x05F4 || isGeresh(c)) {
                continue; // points, gershayim; a geresh is read with its letter below
            }
            if (!isLetter(c)) {
                out.append(c);
                wordStart = true;
                continue;
            }
            int next = i + 1;
            while (next < text.length() && isPoint(text.charAt(next))) {
                next++;
            }
            boolean geresh = next < text.length() && isGeresh(text.charAt(next));
            switch (c) {
                case 'א' -> out.append('a');
                case 'ע' -> out.append(wordStart ? 'a' : 'e'); // inside: any vowel (see Unvowelled)
                case 'ב' -> out.append(soft(text, i, wordStart) ? 'v' : 'b');
                case 'ג' -> out.append(geresh ? 'j' : 'g'); // ג׳ is j (George)
                case 'ד' -> out.append('d');
                case 'ה', 'ח' -> out.append('h');
                case 'ו' -> {
                    if (!(i > 0 && text.charAt(i - 1) == 'ו' && out.length() == 1)) {
                        out.append(wordStart ? 'v' : 'u'); // a double vav that starts a word is v (Weiss)
                    }
                }
                case 'ז' -> out.append(geresh ? 'j' : 'z'); // ז׳ is the zh of Zhenya
                case 'ט' -> out.append('t');
                case 'ת' -> out.append('t'); // ת׳ is th, which the rules read t
                case 'י' -> out.append(wordStart ? 'y' : 'i');
                // khaf: k at the start of a word, kh (the rules' h) inside and at the end:
                // Mordechai, Michael, Baruch
                case 'כ' -> out.append(wordStart ? 'k' : 'h');
                case 'ך' -> out.append('h');
                case 'ק' -> out.append('k');
                case 'ל' -> out.append('l');
                case 'מ', 'ם' -> out.append('m');
                case 'נ', 'ן' -> out.append('n');
                case 'ס', 'ש' -> out.append('s');
                case 'פ' -> out.append(soft(text, i, wordStart) ? 'f' : 'p');
                case 'ף' -> out.append('f');
                case 'צ', 'ץ' -> out.append(geresh ? "s" : "ts"); // צ׳ is ch, which the rules read s
                case 'ר' -> out.append('r');
                case 'װ' -> out.append(wordStart ? 'v' : 'u'); // Yiddish double vav
                case 'ױ' -> out.append("ui"); // Yiddish vav yod: oy
                case 'ײ' -> out.append(wordStart ? 'y' : 'i'); // Yiddish double yod: ey, ay
                default -> {}
            }
            wordStart = false;
        }
        return out.toString().strip();
    }

    /** Whether {@code c} is a Hebrew letter (the Yiddish ligatures included). */
    static boolean isLetter(char c) {
        return c >= 0x05D0 && c <= 0x05EA || c >= 0x05F0 && c <= 0x05F2;
    }
}
