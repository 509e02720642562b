package org.mpaka.screening.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Korean syllables in the Latin spellings names use: the Revised Romanization (Jeong-hui, Eun),
 * McCune–Reischauer with its breves and apostrophes dropped (Chong-hui, Un), and the popular
 * spellings of passports (Chung-hee, Jung, Myung). The three write one Hangul syllable with
 * different letters: an initial k or g, t or d, p or b, ch or j, s or sh, r or l; the vowel 어 as eo,
 * o or u, 으 as eu or u, 여 as yeo, yo or yu, 의 as ui, eui or ee, 이 as i or ee; a final k or g, t or
 * d, p or b, l or r. Two spellings are one name when both read as the same number of syllables that
 * fall in the same classes.
 *
 * <p>The classes are wide (Chong is 정 or 종, Chung 정 or 중), as wide as the spellings: Latin
 * letters do not tell those syllables apart. So the rule is only tried for parts one of which shows
 * a spelling of the Revised Romanization that other languages seldom write ({@link #revisedMarks}:
 * not Leon, Luis, Joel) and never joins parts that another rule already compares. Hot code: a cheap first-letter test before any parsing.
 */
final class KoreanSyllables {

    private KoreanSyllables() {}

    /** Most syllables read in one part (a given name is two, written together or apart). */
    private static final int MAX_SYLLABLES = 3;

    /** Most letters in a part this rule reads. */
    private static final int MAX_LENGTH = 12;

    private static final String[] INITIALS = {
        "kk", "gg", "tt", "pp", "ss", "jj", "tch", "ch", "sh", "k", "g", "t", "d", "p", "b", "j", "s", "h", "m", "n",
        "r", "l", ""
    };

    private static final String[] VOWELS = {
        "yeo", "yae", "wae", "weo", "eui", "ae", "ya", "eo", "yo", "oe", "wa", "wo", "we", "wi", "ui", "eu", "yu", "ye",
        "oo", "ee", "ou", "a", "e", "i", "o", "u"
    };

    private static final String[] FINALS = {"ng", "k", "g", "n", "l", "r", "m", "p", "b", "t", "d", ""};

    /** Whether the two parts are the same Korean name in two romanisations (see the class description). */
    static boolean same(String a, String b) {
        return (revisedMarks(a) || revisedMarks(b)) && sameSyllables(a, b);
    }

    /**
     * As {@link #same}, for parts already known to have the marks on one side ({@link
     * Part#revisedMarks}): whether both read as the same Korean syllable classes.
     */
    static boolean sameSyllables(String a, String b) {
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH || initialClass(a) != initialClass(b)) {
            return false;
        }
        Set<String> readingsA = readings(a);
        if (readingsA.isEmpty()) {
            return false;
        }
        for (String r : readings(b)) {
            if (readingsA.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the part writes a vowel as the Revised Romanization writes it and names of other
     * languages seldom do: eo (not after l, which the Revised Romanization writes r: Leon, Leo),
     * eu, ae, ui at the start or after h (Ui, Hui; not Guido, Luis), oe after ch, h, s, g or k
     * (Choe, Hoe; not Joel, Noel, Zoe).
     */
    static boolean revisedMarks(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char n = s.charAt(i + 1);
            char before = i > 0 ? s.charAt(i - 1) : 0;
            if (c == 'e' && n == 'o' && before != 'l'
                    || c == 'e' && n == 'u'
                    || c == 'a' && n == 'e'
                    || c == 'u' && n == 'i' && (i == 0 || before == 'h')
                    || c == 'o' && n == 'e' && (before == 'h' || before == 's' || before == 'g' || before == 'k')) {
                return true;
            }
        }
        return false;
    }

    /** The class of a part's first sound: its initial consonant's, or 0 for a vowel. */
    private static char initialClass(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return switch (s.charAt(0)) {
            case 'k', 'g' -> 'K';
            case 't', 'd' -> 'T';
            case 'p', 'b' -> 'P';
            case 'c', 'j' -> 'C';
            case 's' -> 'S';
            case 'r', 'l' -> 'L';
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
            default -> s.charAt(0);
        };
    }

    /** Every reading of the part as Korean syllables, each as a string of sound classes. */
    static Set<String> readings(String s) {
        Set<String> out = new HashSet<>();
        read(s, 0, 0, new StringBuilder(), out);
        return out;
    }

    private static void read(String s, int at, int syllables, StringBuilder classes, Set<String> out) {
        if (at == s.length()) {
            if (syllables > 0) {
                out.add(classes.toString());
            }
            return;
        }
        if (syllables == MAX_SYLLABLES || out.size() > 32) {
            return;
        }
        int mark = classes.length();
        for (String initial : INITIALS) {
            if (!s.startsWith(initial, at)) {
                continue;
            }
            int v0 = at + initial.length();
            for (String vowel : VOWELS) {
                if (!s.startsWith(vowel, v0)) {
                    continue;
                }
                int f0 = v0 + vowel.length();
                for (String fin : FINALS) {
                    if (!s.startsWith(fin, f0)) {
                        continue;
                    }
                    classes.append(consonantClass(initial))
                            .append(vowelClass(vowel))
                            .append(consonantClass(fin))
                            .append('.');
                    read(s, f0 + fin.length(), syllables + 1, classes, out);
                    classes.setLength(mark);
                }
            }
        }
    }

    private static String consonantClass(String c) {
        return switch (c) {
            case "kk", "gg", "k", "g" -> "K";
            case "tt", "t", "d" -> "T";
            case "pp", "p", "b" -> "P";
            case "jj", "tch", "ch", "j" -> "C";
            case "ss", "sh", "s" -> "S";
            case "r", "l" -> "L";
            case "ng" -> "G";
            case "h" -> "H";
            case "m" -> "M";
            case "n" -> "N";
            default -> "";
        };
    }

    private static String vowelClass(String v) {
        return switch (v) {
            case "a" -> "a";
            case "ae", "e" -> "e";
            case "ya" -> "ya";
            case "yae", "ye" -> "ye";
            case "eo", "o", "u", "oo", "eu", "ou" -> "o";
            case "yeo", "yo", "yu" -> "yo";
            case "wa" -> "wa";
            case "wae", "we", "oe" -> "we";
            case "wo", "weo" -> "wo";
            case "wi" -> "wi";
            default -> "i"; // i, ee, ui, eui
        };
    }
}
