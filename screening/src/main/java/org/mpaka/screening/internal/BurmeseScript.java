package org.mpaka.screening.internal;

/**
 * Burmese (Myanmar script) read syllable by syllable into the Latin spelling Burmese names are
 * written with (the convention of passports, the press and sanctions lists, which is neither MLCTS
 * nor ICU's letter-for-letter scheme): one Latin word per syllable, since Burmese writes no space
 * between the syllables of a name and Latin writes one (အောင်ဆန်းစုကြည် is Aung San Su Kyi,
 * မင်းအောင်လှိုင် Min Aung Hlaing, ဦးသန့် U Thant).
 *
 * <p>A syllable is an initial consonant (or အ, or an independent vowel), its medials (ျ ြ as y, ွ
 * as w, ှ as an h before the sonorant: hl, hm, hn, and ရှ as sh), its vowel signs, and a final
 * consonant killed by the asat (်) or stacked over the next consonant (္, and the kinzi င်္). A
 * rhyme is spelled as names spell it: ောင် aung, ိုင် aing, ိန် ein, ွန် un, ော် aw, ို o, ေ e
 * (aye with no consonant), ည် i; a nasal final with the creaky tone (့) is written with a t
 * (Thant, Myint, Nyunt). Tone marks are otherwise not written. ရ is y as Burmese says it; {@link
 * #romanise(String, boolean)} also writes it r, as Pali names keep it (Thura). Text in the legacy
 * Zawgyi encoding, which stores ေ before its consonant, is read the same where that is all that
 * differs. Anything not Burmese is kept.
 */
final class BurmeseScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Burmese-Latin";

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';
    private static final char DOT_BELOW = '\u1037';
    private static final char VISARGA = '\u1038';
    private static final char MEDIAL_YA = '\u103B';
    private static final char MEDIAL_RA = '\u103C';
    private static final char MEDIAL_WA = '\u103D';
    private static final char MEDIAL_HA = '\u103E';
    private static final char VOWEL_E = '\u1031';

    private BurmeseScript() {}

    /** Whether the character is in the Myanmar block. */
    static boolean isBurmese(int c) {
        return c >= 0x1000 && c <= 0x109F;
    }

    /** Whether the text has ရ, which a second reading writes r. */
    static boolean hasRa(String text) {
        return text.indexOf('ရ') >= 0;
    }

    /**
     * Titles Burmese writes before a name: Senior General, General (Bogyoke), Doctor, and Daw (the
     * honorific of women, which Latin lists often leave out); U, which names keep in Latin letters
     * (U Thant), is read.
     */
    private static final String[] TITLES = {"ဗိုလ်ချုပ်မှူးကြီး", "ဗိုလ်ချုပ်", "ဒေါက်တာ", "ဒေါ်"};

    /** The text without a title before its name (see {@link #TITLES}), as long as a name is left. */
    static String withoutTitles(String text) {
        return Romanizer.withoutTitle(text, TITLES, c -> true);
    }

    private static String initial(char c, boolean ra) {
        return switch (c) {
            case 'က' -> "k";
            case 'ခ' -> "kh";
            case 'ဂ', 'ဃ' -> "g";
            case 'င' -> "ng";
            case 'စ', 'ဆ' -> "s";
            case 'ဇ', 'ဈ' -> "z";
            case 'ဉ', 'ည' -> "ny";
            case 'ဋ', 'တ' -> "t";
            case 'ဌ', 'ထ' -> "ht";
            case 'ဍ', 'ဎ', 'ဒ', 'ဓ' -> "d";
            case 'ဏ', 'န' -> "n";
            case 'ပ' -> "p";
            case 'ဖ' -> "ph";
            case 'ဗ', 'ဘ' -> "b";
            case 'မ' -> "m";
            case 'ယ' -> "y";
            case 'ရ' -> ra ? "r" : "y";
            case 'လ', 'ဠ' -> "l";
            case 'ဝ' -> "w";
            case 'သ', 'ဿ' -> "th";
            case 'ဟ' -> "h";
            case 'အ' -> "";
            default -> null;
        };
    }

    private static boolean isConsonant(char c) {
        return c >= 'က' && c <= 'အ' || c == 'ဿ';
    }

    private static boolean isIndependentVowel(char c) {
        return c >= '\u1023' && c <= '\u102A';
    }

    private static boolean isSign(char c) {
        return c >= '\u102B' && c <= '\u1032' || c == '\u1036';
    }

    private static boolean isMedial(char c) {
        return c >= MEDIAL_YA && c <= MEDIAL_HA;
    }

    private static boolean isTone(char c) {
        return c == DOT_BELOW || c == VISARGA;
    }

    /** The text with its Burmese syllables in Latin letters, ရ read y; anything else is kept. */
    static String romanise(String text) {
        return romanise(text, false);
    }

    /** As {@link #romanise(String)}, with ရ written r when {@code ra}. */
    static String romanise(String raw, boolean ra) {
        return romanise(raw, ra, false);
    }

    /**
     * Whether the text has a letter or rhyme names spell two ways: ေ (Ne, Htay), ာ at the end of
     * a syllable (Swa, Swar), ထ (Htun, Tun), ုန် and ုံ (Ohn, Phone).
     */
    static boolean spelledTwoWays(String text) {
        return text.indexOf(VOWEL_E) >= 0
                || text.indexOf('ာ') >= 0
                || text.indexOf('ထ') >= 0
                || text.indexOf('ု') >= 0 && (text.indexOf('န') >= 0 || text.indexOf('\u1036') >= 0);
    }

    /**
     * As {@link #romanise(String, boolean)}, with the other spellings of names when {@code other}:
     * ေ as ay (Htay, Nay, Tay Za), a syllable ending in ာ as ar (Swar, Thar), ထ as t (Tun), ုန် and
     * ုံ as one, or ohn with no consonant (Phone, Ohn).
     */
    static String romanise(String raw, boolean ra, boolean other) {
        String text = withoutTitles(Romanizer.withoutJoiners(raw));
        StringBuilder out = new StringBuilder(text.length() * 2);
        int n = text.length();
        int i = 0;
        boolean pendingE = false; // ေ written before its consonant (Zawgyi order)
        boolean wordStart = true; // the next syllable is the first of a word
        while (i < n) {
            char c = text.charAt(i);
            if (!isBurmese(c)) {
                if (c != ' ' || out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(c);
                }
                wordStart = true;
                i++;
                continue;
            }
            if (c == VOWEL_E && i + 1 < n && isConsonant(text.charAt(i + 1))) {
                pendingE = true;
                i++;
                continue;
            }
            if (!isConsonant(c) && !isIndependentVowel(c)) {
                if (c == '\u104A' || c == '\u104B') {
                    space(out); // the Burmese comma and full stop
                }
                i++; // a stray sign, medial, tone or digit
                continue;
            }
            space(out);
            StringBuilder onset = new StringBuilder();
            StringBuilder signs = new StringBuilder();
            if (pendingE) {
                signs.append(VOWEL_E);
                pendingE = false;
            }
            if (isIndependentVowel(c)) {
                // ဦ may come as ဥ and ီ
                boolean uu = c == 'ဥ' && i + 1 < n && text.charAt(i + 1) == '\u102E';
                signs.append(independent(uu ? 'ဦ' : c));
                i += uu ? 2 : 1;
            } else {
                i = onset(text, i, ra, onset, signs);
            }
            // vowel signs and tones after the onset
            while (i < n && (isSign(text.charAt(i)) || isTone(text.charAt(i)))) {
                char s = text.charAt(i++);
                if (isSign(s) || s == DOT_BELOW) {
                    signs.append(s);
                }
            }
            // a final: a consonant killed by the asat, perhaps after the creaky tone, or stacked
            // over the next consonant (the kinzi င်္ is both)
            char fin = 0;
            if (i < n && isConsonant(text.charAt(i))) {
                int j = i + 1;
                while (j < n && isTone(text.charAt(j))) {
                    if (text.charAt(j) == DOT_BELOW) {
                        signs.append(DOT_BELOW);
                    }
                    j++;
                }
                if (j < n && text.charAt(j) == ASAT) {
                    fin = text.charAt(i);
                    i = j + 1;
                    if (i < n && text.charAt(i) == VIRAMA) {
                        i++; // kinzi
                    }
                } else if (j < n && text.charAt(j) == VIRAMA) {
                    fin = text.charAt(i);
                    i = j + 1;
                }
                while (fin != 0 && i < n && isTone(text.charAt(i))) {
                    if (text.charAt(i) == DOT_BELOW) {
                        signs.append(DOT_BELOW);
                    }
                    i++;
                }
            }
            if (other && onset.toString().equals("ht")) {
                onset.setLength(0);
                onset.append('t');
            }
            out.append(onset).append(rhyme(signs.toString(), fin, onset.isEmpty(), other, wordStart));
            wordStart = false;
        }
        return out.toString().strip();
    }

    /** Writes a space before a syllable unless the output is empty or ends with one. */
    private static void space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /**
     * Reads the consonant at {@code i} and its medials into {@code onset} (ျ ြ y, ွ kept in {@code
     * signs} for the rhyme, ှ an h before a sonorant); returns the index after them.
     */
    private static int onset(String text, int i, boolean ra, StringBuilder onset, StringBuilder signs) {
        char c = text.charAt(i++);
        boolean y = false;
        boolean h = false;
        while (i < text.length() && (isMedial(text.charAt(i)))) {
            char m = text.charAt(i++);
            if (m == MEDIAL_YA || m == MEDIAL_RA) {
                y = true;
            } else if (m == MEDIAL_WA) {
                signs.append(MEDIAL_WA);
            } else {
                h = true;
            }
        }
        String base = initial(c, ra);
        if (h && (c == 'ရ' || c == 'ယ' || c == 'လ' && y)) {
            onset.append("sh"); // ရှ, ယှ, လျှ
            return i;
        }
        if (h && base.length() <= 2 && !base.isEmpty() && "mnlwy".indexOf(base.charAt(0)) >= 0) {
            onset.append('h'); // hm, hn, hny, hl, hw
        }
        if (y) {
            switch (c) {
                case 'က' -> onset.append("ky");
                case 'ခ' -> onset.append("ch");
                case 'ဂ' -> onset.append("gy");
                case 'င' -> onset.append("ny"); // ငြိမ်း Nyein
                case 'လ' -> onset.append("y");
                default -> onset.append(base).append('y');
            }
        } else {
            onset.append(base);
        }
        return i;
    }

    /** The vowel sign an independent vowel stands for, in the order the rhyme reads. */
    private static String independent(char c) {
        return switch (c) {
            case 'ဣ' -> "\u102D";
            case 'ဤ' -> "\u102E";
            case 'ဥ' -> "\u102F";
            case 'ဦ' -> "\u1030";
            case 'ဧ' -> "\u1031";
            default -> "\u1031\u102C"; // ဩ ဪ: aw
        };
    }

    /**
     * The rhyme from the vowel signs (and medial ွ, and the creaky tone ့) and the final consonant,
     * spelled as names spell it. {@code bare}: the syllable has no consonant (အ or an independent
     * vowel), where ေ is written aye (Aye).
     */
    private static String rhyme(String signs, char fin, boolean bare, boolean other, boolean wordStart) {
        boolean e = signs.indexOf(VOWEL_E) >= 0;
        boolean aa = signs.indexOf('\u102C') >= 0 || signs.indexOf('\u102B') >= 0;
        boolean i = signs.indexOf('\u102D') >= 0 || signs.indexOf('\u102E') >= 0;
        boolean u = signs.indexOf('\u102F') >= 0 || signs.indexOf('\u1030') >= 0;
        boolean ai = signs.indexOf('\u1032') >= 0;
        boolean w = signs.indexOf(MEDIAL_WA) >= 0;
        boolean creaky = signs.indexOf(DOT_BELOW) >= 0;
        boolean anusvara = signs.indexOf('\u1036') >= 0;
        String finClass = switch (fin) {
            case 0 -> anusvara ? "n" : "";
            case 'က' -> "k";
            case 'င', 'ဉ' -> "ng";
            case 'စ' -> "c";
            case 'ည' -> "ny";
            case 'တ', 'ပ', 'ဋ' -> "t";
            case 'န', 'မ', 'ဏ' -> "n";
            case 'ယ' -> "y";
            default -> "t";
        };
        String nasalT = creaky ? "t" : "";
        String wa = w ? "w" : "";
        if (e && aa) {
            return wa
                    + switch (finClass) {
                        case "ng" -> "aung";
                        case "k" -> "auk";
                        default -> other && creaky ? "awt" : "aw"; // ကျော့ Kyawt
                    };
        }
        if (i && u) {
            return wa
                    + switch (finClass) {
                        case "ng" -> "aing" + nasalT;
                        case "k" -> "aik";
                        default -> "o";
                    };
        }
        if (i) {
            return wa
                    + switch (finClass) {
                        case "n", "ng" -> "ein" + nasalT;
                        case "t", "k", "c" -> "eik";
                        default -> "i";
                    };
        }
        if (u) {
            return wa
                    + switch (finClass) {
                        case "n", "ng" -> other ? (bare ? "ohn" : "one") : "on" + nasalT;
                        case "t", "k", "c" -> "ok";
                        default -> bare && !wordStart ? "oo" : "u"; // ဦ: U before a name, Oo in one
                    };
        }
        if (e) {
            return wa + (bare ? "aye" : other ? "ay" : "e");
        }
        if (ai) {
            return wa + "e";
        }
        if (aa && finClass.isEmpty()) {
            return wa + (other ? "ar" : "a");
        }
        // no vowel sign: the inherent vowel, or the vowel the final gives it
        return switch (finClass) {
            case "" -> wa + "a";
            case "k" -> wa + "et";
            case "ng" -> (w ? "win" : "in") + nasalT;
            case "c" -> (w ? "wit" : "it");
            case "ny" -> w ? "we" : "i";
            case "t" -> w ? "ut" : "at";
            case "n" -> (w ? "un" : "an") + nasalT;
            default -> wa + "e"; // ယ်
        };
    }
}
