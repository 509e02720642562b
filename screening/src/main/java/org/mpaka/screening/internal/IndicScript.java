package org.mpaka.screening.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Names in the scripts of India and its neighbours as they are spelled in Latin letters. ICU reads
 * these scripts as ISO 15919, a letter-for-letter scheme: it writes the vowel every consonant
 * carries unless marked otherwise (अमिताभ बच्चन as amitābha baccana), and c for च. People write
 * what is said: Amitabh Bachchan. This reading, given beside ICU's, takes ICU's output and
 *
 * <ul>
 *   <li>for the northern and eastern languages (Hindi, Marathi, Nepali, Punjabi, Gujarati, Bengali,
 *       Odia), drops the inherent a where it is not said: at the end of a word (Amitabh), except
 *       after a cluster ending in y, r, l or v (Narendra, Aditya), and inside a word between a vowel
 *       and consonant before it and a consonant and vowel after it (Manmohan, Tendulkar,
 *       Karamchand);
 *   <li>spells च ch and छ chh (Sachin, Bachchan), श and ष sh (Sharad), vocalic r ri (Krishna), the
 *       nasal signs n, a va after s, sh, d, j, t, k or h w (Swami, Vishwanath, Dwivedi), and drops
 *       the visarga;
 *   <li>reads the Bengali and Odia ব / ବ, one letter for b and v, as w in the same places (Biswas,
 *       Swapan), and gives a second reading with it as v (Vivek for Bibek: see {@link Ba});
 *   <li>reads an English letter's name followed by a full stop as the initial it writes (ఎన్. N.).
 * </ul>
 *
 * Before ICU reads Gurmukhi, its nasal tippi (which ICU drops) is written as the bindi and its
 * addak (which ICU drops) as the doubled consonant it marks: ਸਿੰਘ Singh, ਮੱਲ Mall.
 */
final class IndicScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Indic common spelling";

    private IndicScript() {}

    /** Gurmukhi text with tippi as bindi and addak as a doubled consonant, for ICU. */
    static String gurmukhiForIcu(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0A70') {
                out.append('\u0A02'); // tippi → bindi
            } else if (c == '\u0A71' && i + 1 < text.length() && isGurmukhiConsonant(text.charAt(i + 1))) {
                // addak: the consonant doubled, an aspirate by its plain form (ੱਧ ddh, not dhdh)
                out.append(unaspirated(text.charAt(i + 1))).append('\u0A4D');
            } else if (c != '\u0A71') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char unaspirated(char c) {
        int at = "ਖਘਛਝਠਢਥਧਫਭ".indexOf(c);
        return at < 0 ? c : "ਕਗਚਜਟਡਤਦਪਬ".charAt(at);
    }

    private static boolean isGurmukhiConsonant(char c) {
        return c >= '\u0A15' && c <= '\u0A39' || c >= '\u0A59' && c <= '\u0A5E';
    }

    /**
     * ICU's ISO 15919 reading respelled as names are commonly written; {@code schwaDeletion} for
     * the northern languages, whose inherent vowel is not said at the end of a word and in places
     * inside it.
     */
    static String commonSpelling(String iso, boolean schwaDeletion) {
        return commonSpelling(iso, schwaDeletion, Ba.AS_IS);
    }

    /**
     * How a reading spells the b that ICU writes for the Bengali and Odia letter ব / ବ, which
     * stands for both b and v (the Sanskrit va): as it is, or as ba ({@code BA}: after a consonant
     * it is then the w of Biswas, Swapan, Dwijen, as the va of Devanagari is), or as va ({@code VA}:
     * the spelling the rest of India writes the same names with, Vivek for Bibek, Ravindra for
     * Rabindra, Pranav for Pranab).
     */
    enum Ba {
        AS_IS,
        BA,
        VA
    }

    /** {@link #commonSpelling(String, boolean)} with the Bengali and Odia ba read as {@code ba}. */
    static String commonSpelling(String iso, boolean schwaDeletion, Ba ba) {
        String text = Normalizer.normalize(iso, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = word(text.substring(start, i), schwaDeletion, ba);
                String letter = i < text.length() && text.charAt(i) == '.' ? letterName(w) : null;
                out.append(letter != null ? letter : w);
            }
            if (i < text.length()) {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * English letters as these scripts write their names, as an initial followed by a full stop (ఎన్.
     * టి. రామారావు, N. T. Rama Rao; ए. पी. जे. अब्दुल कलाम, A. P. J. Abdul Kalam): the letter name
     * in this reading, without its marks, and the letter.
     */
    private static final java.util.Map<String, String> LETTER_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("bi", "b"),
            java.util.Map.entry("si", "c"),
            java.util.Map.entry("di", "d"),
            java.util.Map.entry("eph", "f"),
            java.util.Map.entry("ef", "f"),
            java.util.Map.entry("ji", "g"),
            java.util.Map.entry("ech", "h"),
            java.util.Map.entry("hech", "h"),
            java.util.Map.entry("ai", "i"),
            java.util.Map.entry("je", "j"),
            java.util.Map.entry("ke", "k"),
            java.util.Map.entry("el", "l"),
            java.util.Map.entry("em", "m"),
            java.util.Map.entry("en", "n"),
            java.util.Map.entry("pi", "p"),
            java.util.Map.entry("kyu", "q"),
            java.util.Map.entry("ar", "r"),
            java.util.Map.entry("es", "s"),
            java.util.Map.entry("ti", "t"),
            java.util.Map.entry("yu", "u"),
            java.util.Map.entry("vi", "v"),
            java.util.Map.entry("dablyu", "w"),
            java.util.Map.entry("eks", "x"),
            java.util.Map.entry("vai", "y"),
            java.util.Map.entry("jed", "z"),
            java.util.Map.entry("zed", "z"));

    /**
     * The English letter a word names, or null. The names of the vowel letters are long vowels (A
     * ē, E ī, O ō); a short e, i or o is a letter of the script itself (Tamil எ, இ, ஒ), not an
     * English one. The others are compared without their marks.
     */
    private static String letterName(String w) {
        return switch (w) {
            case "ē" -> "a";
            case "ī" -> "e";
            case "ō" -> "o";
            case "e", "i", "o" -> null;
            default -> LETTER_NAMES.get(Diacritics.toAscii(w));
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private enum Kind {
        VOWEL,
        SCHWA,
        CONSONANT
    }

    private record Unit(String text, Kind kind) {}

    private static String word(String w, boolean schwaDeletion, Ba ba) {
        List<Unit> units = units(w);
        if (schwaDeletion) {
            deleteSchwas(units);
        }
        StringBuilder out = new StringBuilder(w.length() + 4);
        for (int u = 0; u < units.size(); u++) {
            String t = units.get(u).text();
            String before = u == 0 ? "" : units.get(u - 1).text();
            String after = u + 1 == units.size() ? "" : units.get(u + 1).text();
            boolean va = t.equals("v") || ba != Ba.AS_IS && t.equals("b");
            if (va && W_AFTER.contains(before)) {
                out.append('w'); // the second letter of a cluster: Swami, Dwivedi, Biswas, Ishwar
            } else if (ba == Ba.VA
                    && t.equals("b")
                    && !before.equals("m")
                    && !before.equals("b")
                    && !after.equals("b")) {
                out.append('v'); // Bibek as Vivek; Ambika and Abba keep their b
            } else {
                out.append(respell(t));
            }
        }
        return out.toString();
    }

    /** Consonants after which a va (or the Bengali and Odia ba) is written w: sv, shv, dv, jv, tv, kv, hv. */
    private static final java.util.Set<String> W_AFTER = java.util.Set.of("s", "ś", "ṣ", "d", "j", "t", "k", "h");

    /** The word cut into vowels (the inherent a apart), consonants (an aspirate's h included). */
    private static List<Unit> units(String w) {
        List<Unit> units = new ArrayList<>(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            int end = i + 1;
            // combining marks belong to the letter before them (r̥, n̄)
            while (end < w.length() && Character.getType(w.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            Kind kind;
            if (c == 'a' && end == i + 1) {
                boolean diphthong = end < w.length() && (w.charAt(end) == 'i' || w.charAt(end) == 'u');
                if (diphthong) {
                    end++;
                }
                kind = diphthong ? Kind.VOWEL : Kind.SCHWA;
            } else if (isVowel(c) || c == 'r' && end > i + 1 && w.charAt(i + 1) == '\u0325') {
                kind = Kind.VOWEL;
            } else {
                kind = Kind.CONSONANT;
                if (end < w.length() && w.charAt(end) == 'h' && aspirates(c)) {
                    end++;
                }
            }
            units.add(new Unit(w.substring(i, end), kind));
            i = end;
        }
        return units;
    }

    private static boolean isVowel(char c) {
        return "aāiīuūeēoōæǣAĀIĪUŪEĒOŌÆǢ".indexOf(c) >= 0;
    }

    private static boolean aspirates(char c) {
        return "kgcjṭḍtdpbṛKGCJṬḌTDPBṚ".indexOf(c) >= 0;
    }

    /**
     * Drops the inherent vowels not said: the last one after a single consonant or a cluster not
     * ending in y, r, l, v; then, right to left, one between vowel-consonant and consonant-vowel.
     */
    private static void deleteSchwas(List<Unit> units) {
        int n = units.size();
        if (n >= 3 && units.get(n - 1).kind() == Kind.SCHWA && units.get(n - 2).kind() == Kind.CONSONANT) {
            boolean cluster = units.get(n - 3).kind() == Kind.CONSONANT;
            String last = units.get(n - 2).text();
            if (!cluster || !(last.equals("y") || last.equals("r") || last.equals("l") || last.equals("v"))) {
                units.remove(n - 1);
            }
        }
        for (int i = units.size() - 3; i >= 2; i--) {
            if (units.get(i).kind() == Kind.SCHWA
                    && units.get(i - 1).kind() == Kind.CONSONANT
                    && units.get(i - 2).kind() != Kind.CONSONANT
                    && units.get(i + 1).kind() == Kind.CONSONANT
                    && units.get(i + 2).kind() != Kind.CONSONANT) {
                units.remove(i);
                i--; // the consonant before it now closes a syllable: not the context of another
            }
        }
    }

    private static String respell(String unit) {
        return switch (unit) {
            case "c" -> "ch";
            case "ch" -> "chh";
            case "C" -> "Ch";
            case "Ch" -> "Chh";
            case "ś", "ṣ" -> "sh";
            case "Ś", "Ṣ" -> "Sh";
            case "ḥ" -> "";
            case "r\u0325" -> "ri";
            case "R\u0325" -> "Ri";
            case "ẏ" -> "y";
            case "ṁ", "m\u0310", "n\u0304" -> "n";
            default -> unit;
        };
    }
}
