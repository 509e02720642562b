package org.mpaka.screening.internal;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names in scripts ICU4J has no transliterator for, read letter by letter from the letters' Unicode
 * names, which spell each letter's sound: the African alphabets Tifinagh (Berber: ⴰⵎⴰⵣⵉⵖ is TIFINAGH
 * LETTER YA, YAM, YA, YAZ, YI, YAGH, amazigh), N'Ko (Manding: ߡߊߡߊߘߎ, mamadu), Adlam (Fula: 𞤀𞤥𞤢𞤣𞤵,
 * amadu) and the Vai syllabary (Liberia), and the Cherokee syllabary. Before this reading such a
 * name had no part Mpaka could compare, and met nothing.
 */
final class LetterNames {

    /** The scheme name of this reading. */
    static final String SCHEME = "Unicode letter names";

    private LetterNames() {}

    /** The scripts read here. */
    static final Set<UnicodeScript> SCRIPTS = Set.of(
            UnicodeScript.TIFINAGH, UnicodeScript.NKO, UnicodeScript.ADLAM, UnicodeScript.VAI, UnicodeScript.CHEROKEE);

    /**
     * The text with the letters of {@link #SCRIPTS} read as their names say, lower case; marks of
     * those scripts (tones) are dropped, and everything else is kept as it is.
     */
    static String romanise(String text) {
        int[] cps = text.codePoints().toArray();
        // each letter's sound, read once: null for what is kept as it is, empty for marks
        String[] sounds = new String[cps.length];
        for (int i = 0; i < cps.length; i++) {
            UnicodeScript s = UnicodeScript.of(cps[i]);
            if (cps[i] == NKO_NASALISATION) {
                sounds[i] = "n";
            } else if (SCRIPTS.contains(s)) {
                sounds[i] = Character.isLetter(cps[i]) ? read(s, Character.getName(cps[i])) : "";
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < cps.length; i++) {
            if (sounds[i] == null) {
                out.appendCodePoint(cps[i]);
                continue;
            }
            out.append(sounds[i]);
            if (isNko(cps, i) && isNkoConsonant(sounds[i]) && isNko(cps, i + 1) && isNkoConsonant(sounds[i + 1])) {
                // N'Ko leaves out a vowel the next syllable repeats: ߡߡߊ is mama
                out.append(nextNkoVowel(cps, sounds, i + 2));
            }
        }
        return out.toString();
    }

    private static final int NKO_NASALISATION = 0x07F2;

    private static boolean isNko(int[] cps, int i) {
        return i < cps.length && UnicodeScript.of(cps[i]) == UnicodeScript.NKO;
    }

    private static boolean isNkoConsonant(String sound) {
        return !sound.isEmpty() && "aeiou".indexOf(sound.charAt(0)) < 0 && !sound.equals("n");
    }

    /** The first N'Ko vowel at or after {@code from} in the same word, or nothing. */
    private static String nextNkoVowel(int[] cps, String[] sounds, int from) {
        for (int j = from; isNko(cps, j); j++) {
            if (!sounds[j].isEmpty() && "aeiou".indexOf(sounds[j].charAt(0)) >= 0) {
                return sounds[j];
            }
        }
        return "";
    }

    /** The sound a letter's Unicode name gives, or nothing for a letter that writes none. */
    static String read(UnicodeScript script, String name) {
        if (name == null) {
            return "";
        }
        String n = name.toLowerCase(Locale.ROOT);
        return switch (script) {
            case TIFINAGH -> tifinagh(n);
            case NKO -> nko(n);
            case ADLAM -> adlam(n);
            case VAI -> n.contains(" syllable ") && !n.endsWith("lengthener") ? lastWord(n) : "";
            case CHEROKEE -> n.contains(" letter ") ? lastWord(n) : "";
            default -> "";
        };
    }

    /**
     * Tifinagh letters are named ya + the consonant (yab, yagh, yash) or y + the vowel (ya, yi, yu,
     * yey); emphatic consonants double their letter (yadd), the labialisation mark is w.
     */
    private static String tifinagh(String n) {
        if (n.contains("labialization")) {
            return "w";
        }
        if (!n.contains(" letter ")) {
            return "";
        }
        String l = lastWord(n);
        String vowel = switch (l) {
            case "ya" -> "a";
            case "yi" -> "i";
            case "yu" -> "u";
            case "ye", "yey" -> "e";
            case "yo" -> "o";
            default -> null;
        };
        if (vowel != null) {
            return vowel;
        }
        String c = l.startsWith("ya") ? l.substring(2) : l.startsWith("y") ? l.substring(1) : l;
        return switch (c) {
            case "c", "sh" -> "sh";
            case "ch" -> "ch";
            case "hh", "h" -> "h";
            case "a" -> "a"; // yaa, the ayin
            case "ghh", "gh" -> "gh";
            case "khh", "kh" -> "kh";
            case "zh" -> "j"; // yazh, as the IRCAM Latin spelling writes it
            // an emphatic consonant doubles its letter: yadd, yaddh, yass
            default -> c.length() >= 2 && c.charAt(0) == c.charAt(1) ? c.substring(1) : c;
        };
    }

    /** N'Ko vowels are named by themselves (a, ee, oo), consonants with an a (ba, gba, nya). */
    private static String nko(String n) {
        int at = n.indexOf(" letter ");
        if (at < 0) {
            return "";
        }
        String[] words = n.substring(at + 8).split(" ");
        String l = words[0].equals("jona") && words.length > 1 ? words[1] : words[0];
        return switch (l) {
            case "a", "i", "e", "u", "o", "n" -> l;
            case "ee" -> "e";
            case "oo" -> "o";
            case "dagbasinna" -> ""; // marks a consonant with no vowel
            case "rra" -> "r";
            default -> l.endsWith("a") && l.length() > 1 ? l.substring(0, l.length() - 1) : l;
        };
    }

    /** Adlam letters are named by Fula words; each writes the sound its name starts with. */
    private static final Map<String, String> ADLAM = Map.ofEntries(
            Map.entry("alif", "a"),
            Map.entry("daali", "d"),
            Map.entry("laam", "l"),
            Map.entry("miim", "m"),
            Map.entry("ba", "b"),
            Map.entry("sinnyiiyhe", "s"),
            Map.entry("pe", "p"),
            Map.entry("bhe", "b"),
            Map.entry("ra", "r"),
            Map.entry("e", "e"),
            Map.entry("fa", "f"),
            Map.entry("i", "i"),
            Map.entry("o", "o"),
            Map.entry("dha", "d"),
            Map.entry("yhe", "y"),
            Map.entry("waw", "w"),
            Map.entry("nun", "n"),
            Map.entry("kaf", "k"),
            Map.entry("ya", "y"),
            Map.entry("u", "u"),
            Map.entry("jiim", "j"),
            Map.entry("chi", "ch"),
            Map.entry("ha", "h"),
            Map.entry("qaaf", "q"),
            Map.entry("ga", "g"),
            Map.entry("nya", "ny"),
            Map.entry("tu", "t"),
            Map.entry("nha", "ng"),
            Map.entry("va", "v"),
            Map.entry("kha", "kh"),
            Map.entry("gbe", "gb"),
            Map.entry("zal", "z"),
            Map.entry("kpo", "kp"),
            Map.entry("sha", "sh"));

    private static String adlam(String n) {
        if (!n.contains(" letter ")) {
            return "";
        }
        return ADLAM.getOrDefault(lastWord(n), "");
    }

    private static String lastWord(String n) {
        return n.substring(n.lastIndexOf(' ') + 1);
    }
}
