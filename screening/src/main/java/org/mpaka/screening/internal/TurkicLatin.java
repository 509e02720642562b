package org.mpaka.screening.internal;

/**
 * The Latin alphabets of Turkish, Azerbaijani and Uzbek read as English spellings of the same
 * names. These alphabets write the Arabic and Persian names their speakers bear with letters that
 * mean other sounds elsewhere: {@code c} is the j of Jamal (Cemal, Recep, Hatice / Khadija; Azerbaijani
 * Cəfər / Jafar), {@code ç} and {@code ş} are ch and sh, {@code ğ} the gh of Arabic ghayn (Tuğrul /
 * Tughrul), {@code x} the kh (Azerbaijani Xədicə, Uzbek Xolmatov), and the Arabic diphthongs aw and
 * ay are often written ev and ey (Mevlüt / Mawlud, Cevdet / Jawdat, Eyüp / Ayyub, Zeynep / Zaynab). A name is read so
 * as a second form, beside its plain reading, when its letters show one of these alphabets: ə, ğ, ı
 * (or a dotted capital İ), ş with a cedilla (not in a Romanian name, which writes ș so too), or the
 * Uzbek oʻ and gʻ. Kurdish, which writes c, ç, ş and x as Turkish does, is read so when it has one
 * of these letters; its ê, î, û alone are not taken as a sign, being French and Portuguese letters
 * too (Inês Cardim is not Ines Jardim).
 */
final class TurkicLatin {

    private TurkicLatin() {}

    /** Whether the text (NFKC, not folded) has a letter only a Turkic Latin alphabet writes. */
    static boolean marked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ə', 'Ə', 'ğ', 'Ğ', 'ı', 'İ' -> {
                    return true;
                }
                case 'ş', 'Ş' -> {
                    // also the Romanian ș written with a cedilla: not with Romanian ă, â, ţ
                    return !romanian(text);
                }
                case '\u02BB', '\'', '\u2018', '\u2019' -> {
                    if (uzbekMark(text, i)) {
                        return true;
                    }
                }
                default -> {}
            }
        }
        return false;
    }

    /**
     * Whether the apostrophe at {@code i} writes the Uzbek oʻ or gʻ: after an o or g that follows a
     * letter of the word (not O'Brien, nor the ng' of Kikuyu and Kalenjin names: Ng'ang'a, Ng'eno),
     * or a gʻ that starts the text.
     */
    private static boolean uzbekMark(String text, int i) {
        if (i == 1) {
            return text.charAt(i) == '\u02BB' && Character.toLowerCase(text.charAt(0)) == 'g';
        }
        if (i < 2 || !Character.isLetter(text.charAt(i - 2))) {
            return false;
        }
        char before = text.charAt(i - 1);
        return before == 'o' || (before == 'g' || before == 'G') && Character.toLowerCase(text.charAt(i - 2)) != 'n';
    }

    private static boolean romanian(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("ăĂâÂţŢțȚșȘ".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the Turkic letters spelt as English spellings of the same names write them: c
     * as j (not in ch, ck, cz, cs: letters of a name typed otherwise), ç ch, ş sh, ğ gh, ı i, ə a, x
     * kh, ey as ay and ev before a consonant as aw (Sevim, Nevin and the -yev of Aliyev keep it); other letters as they
     * are (diacritics are removed later, with the other forms').
     */
    static String spelling(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            char lowerNext = Character.toLowerCase(next);
            boolean upper = Character.isUpperCase(c);
            switch (c) {
                case 'c', 'C' -> {
                    boolean digraph = lowerNext == 'h' || lowerNext == 'k' || lowerNext == 'z' || lowerNext == 's';
                    out.append(digraph ? c : upper ? 'J' : 'j');
                }
                case 'ç', 'Ç' -> digraph(out, 'c', upper, next);
                case 'ş', 'Ş' -> digraph(out, 's', upper, next);
                case 'ğ', 'Ğ' -> digraph(out, 'g', upper, next);
                case 'ı' -> out.append('i');
                case 'İ' -> out.append('I');
                case 'ə' -> out.append('a');
                case 'Ə' -> out.append('A');
                case 'x', 'X' -> digraph(out, 'k', upper, next);
                case 'e', 'E' -> {
                    char after = i + 2 < n ? Character.toLowerCase(text.charAt(i + 2)) : 0;
                    if (lowerNext == 'y' || lowerNext == 'v' && Character.isLetter(after) && !isVowel(after)) {
                        out.append(upper ? 'A' : 'a').append(lowerNext == 'v' ? (upper ? 'W' : 'w') : next);
                        i++;
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends {@code first} and an h, in the case of the letter they spell and of the one after it. */
    private static void digraph(StringBuilder out, char first, boolean upper, char next) {
        out.append(upper ? Character.toUpperCase(first) : first);
        out.append(upper && (next == 0 || Character.isUpperCase(next)) ? 'H' : 'h');
    }

    private static boolean isVowel(char c) {
        // after folding: the Turkic vowels with marks are vowels too
        return "aeiouyıöüəâîûäë".indexOf(c) >= 0;
    }
}
