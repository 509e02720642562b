package org.mpaka.screening.internal;

import org.mpaka.screening.MatchMethod;

/**
 * Compares a part read from a script that writes no short vowels ({@link ArabicScript}, {@link
 * HebrewScript}) with a spelling that writes them: by the consonants, and by the vowels the script
 * does write.
 *
 * <ul>
 *   <li>The consonants ({@link #consonants}) must be the same: {@code mhmd} is Mohamed, Muhammad and
 *       Mehmet.
 *   <li>Where the script writes a long vowel between two consonants the spelling writes a vowel of
 *       that quality there (ya i, e or y; waw u, o, w or v; alif a, e or o, but the article's alif,
 *       before an l, and an inner ayn any vowel):
 *       {@code hsin} is Husayn and Hussein, not Hassan; {@code mhmud} is Mahmoud, not Mohammed.
 *   <li>Where the spelling writes two vowel letters between two consonants (a long vowel or a
 *       diphthong: ee, oo, ei, ai) the script writes a vowel there: {@code mhmd} is not Mahmood,
 *       {@code hsn} not Hussein, {@code slman} not Suleiman. The French ou is one vowel, short or
 *       long (Mouhamad, Youssouf), so {@code mhmd} is Mahmoud as well, but scores as two consonants
 *       would: the script's waw tells {@code mhmud} from Mohamed, not the other way round.
 *   <li>The vowel that starts a part is not compared (an alif or ayn there carries any vowel:
 *       {@code asama} is Usama and Osama), but a long vowel after it is ({@code aimn} is Ayman, not
 *       Amina).
 * </ul>
 *
 * A spelling with ch is also read with ch as h (Menachem, Chaim for the Hebrew het; German spellings
 * of Arabic kh). Not on the hot path of Latin names: only a part read from such a script gets here.
 */
final class Unvowelled {

    /**
     * Score of a part read from Arabic or Hebrew script and a spelling with the same consonants,
     * three of them or more, and vowels that agree: a little below a spelling rule, as the vowels
     * the script leaves out could be others.
     */
    static final double CONSONANTS = 0.92;

    /**
     * Score with two consonants: short names with other short vowels are other names (Umar, Amir,
     * Ammar are all {@code _mr}).
     */
    static final double SHORT_CONSONANTS = 0.85;

    /**
     * Score with one consonant, when the script writes a long vowel next to it and the vowels agree
     * (عيسى / Issa, לוי / Levi): a possible hit on its own.
     */
    static final double ONE_CONSONANT = 0.8;

    private Unvowelled() {}

    // vowel classes of a spelling
    private static final int A = 1;
    private static final int E = 2;
    private static final int I = 4;
    private static final int O = 8;
    private static final int U = 16;
    private static final int ANY = A | E | I | O | U;

    /** Compares {@code a} and {@code b}, exactly one of them {@link Part#unvowelled}; null when they differ. */
    static PartSimilarity.Result compare(Part a, Part b) {
        Part script = a.unvowelled() ? a : b;
        Part latin = script == a ? b : a;
        String key = consonants(script.ortho());
        PartSimilarity.Result r = compare(script, key, latin.ortho(), latin.text());
        if (r == null && latin.text().contains("ch")) {
            String text = latin.text().replace("ch", "h");
            r = compare(script, key, Orthography.rewrite(text), text);
        }
        return r;
    }

    private static PartSimilarity.Result compare(Part script, String key, String latinOrtho, String latinText) {
        if (key.isEmpty() || !key.equals(consonants(latinOrtho))) {
            return null;
        }
        int count = key.length() - (key.charAt(0) == '_' ? 1 : 0);
        if (count < 1) {
            return null;
        }
        Gaps written = read(script.ortho(), true);
        Gaps spelled = read(latinText, false);
        if (!spelled.consonants.equals(key)) {
            spelled = read(latinOrtho, true); // a spelling the reading below does not follow
            if (!spelled.consonants.equals(key)) {
                return null;
            }
        }
        if (!agree(written, spelled)) {
            return null;
        }
        if (count == 1) {
            // one consonant says little: the script must write a vowel next to it, and the vowels
            // agree (Issa, Ayesha, Levi; not Asia for عيسى)
            return written.letters[1] + written.letters[0] > 1 || written.required[1] != null
                    ? new PartSimilarity.Result(ONE_CONSONANT, MatchMethod.TRANSLITERATION)
                    : null;
        }
        double score = count >= 3 && !longUnwritten(written, spelled) ? CONSONANTS : SHORT_CONSONANTS;
        return new PartSimilarity.Result(score, MatchMethod.TRANSLITERATION);
    }

    /**
     * The consonants of a rewritten part: a leading vowel as {@code _} (which vowel is not known),
     * then the consonants, voiced read as voiceless, a consonant repeated next to itself once,
     * without the {@code w}, {@code v} and {@code y} inside the part (waw and ya are long vowels or
     * consonants, which lists may write as vowels, or as w, or v after Persian: Jawad / Juad / Javad,
     * Hussein / Husayn) and without a final {@code h} (Abdallah / Abdalla, and ta marbuta, which
     * lists write a or ah).
     */
    static String consonants(String ortho) {
        return read(ortho, true).consonants;
    }

    /** What {@link #read} finds: the consonants, and per gap between them the vowels written. */
    private record Gaps(String consonants, int[] classes, int[] letters, int[][] required, boolean[] ou) {}

    /**
     * Reads a part into consonants and the vowels of each gap (gap 0 before the first consonant, gap
     * k after the k-th). {@code canonical}: the part is a canonical spelling ({@link
     * Orthography#rewrite} or {@link Orthography#unvowelled}); otherwise the letters as typed, read
     * with the digraphs the rewrite rules know (sh, kh, th ... one consonant each, x two), so that
     * the vowels the rules write once (ou, ee, doubled vowels) still count as two.
     */
    private static Gaps read(String s, boolean canonical) {
        int n = s.length();
        StringBuilder consonants = new StringBuilder(n + 1);
        // at most two consonants per letter (x is k and s), and one gap after each
        int[] classes = new int[2 * n + 2];
        int[] letters = new int[2 * n + 2];
        int[][] required = new int[2 * n + 2][];
        boolean[] ou = new boolean[2 * n + 2];
        int gap = 0;
        boolean afterConsonant = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            // a leading y is a consonant (yod, ya; the rules write a leading y before a consonant i)
            boolean vowel =
                    i == 0 ? c != 'y' && Orthography.isVowel(c) : Orthography.isVowel(c) || c == 'w' || c == 'v';
            if (vowel) {
                if (i == 0) {
                    consonants.append('_');
                }
                classes[gap] |= vowelClass(c);
                letters[gap]++;
                // the first letter of a part that starts with a vowel is the carrier of any vowel
                // (alif, ayn: Usama, Osama); a long vowel after it counts (أيمن is Ayman, not Amina)
                // so does the article's alif, which lists write a, u, e or i (Abdallah, Abdullah,
                // Abdellah); an l follows it
                boolean carrier = i == 0 || canonical && c == 'a' && next == 'l';
                required[gap] = add(required[gap], carrier ? ANY : requirement(c));
                afterConsonant = false;
                // ou is one vowel, short or long, in French spellings (Mouhamad, Youssouf)
                boolean frenchU = !canonical && c == 'o' && next == 'u';
                ou[gap] |= frenchU;
                i += frenchU ? 2 : 1;
                continue;
            }
            if (c == 'h' && i == n - 1 && i > 0) {
                break; // a final h after a consonant (or one the rules left): not a consonant
            }
            int used = 1;
            String read = String.valueOf(c);
            if (!canonical) {
                char next2 = i + 2 < n ? s.charAt(i + 2) : 0;
                if (c == 't' && next == 's' && next2 == 'c' && i + 3 < n && s.charAt(i + 3) == 'h') {
                    read = "s";
                    used = 4;
                } else if ((c == 't' || c == 's') && (next == 's' || next == 'c') && next2 == 'h' && c != next) {
                    read = "s";
                    used = 3;
                } else if (next == 'h' && (c == 'c' || c == 's')) {
                    read = "s";
                    used = 2;
                } else if (next == 'h' && c == 'z' && (i == 0 || s.charAt(i - 1) != 't')) {
                    read = "j";
                    used = 2;
                } else if (next == 'h'
                        && (c == 'k'
                                || c == 'g'
                                || c == 'd'
                                || c == 't'
                                || c == 'p'
                                || c == 'w'
                                || c == 'r' && i == 0)) {
                    read = c == 'k' ? "h" : c == 'p' ? "f" : String.valueOf(c);
                    used = 2;
                } else if (i == 0 && c == 'h' && next == 's') {
                    read = "k";
                } else if (c == 'c' && next == 'k' || c == 'd' && next == 'j') {
                    read = c == 'c' ? "k" : "j";
                    used = 2;
                } else if (c == 'd' && next == 'g' && (next2 == 'e' || next2 == 'i' || next2 == 'y')) {
                    read = "j";
                    used = 2;
                } else if (c == 'c') {
                    read = next == 'e' || next == 'i' || next == 'y' ? "s" : "k";
                } else if (c == 'q') {
                    read = "k";
                } else if (c == 'x') {
                    read = "ks";
                }
            }
            for (int k = 0; k < read.length(); k++) {
                char d = Orthography.devoice(read.charAt(k));
                if (afterConsonant && consonants.charAt(consonants.length() - 1) == d) {
                    continue; // the same consonant again, next to itself
                }
                consonants.append(d);
                gap++;
                afterConsonant = true;
            }
            i += used;
        }
        return new Gaps(consonants.toString(), classes, letters, required, ou);
    }

    private static int[] add(int[] masks, int mask) {
        if (masks == null) {
            return new int[] {mask};
        }
        int[] out = java.util.Arrays.copyOf(masks, masks.length + 1);
        out[masks.length] = mask;
        return out;
    }

    private static int vowelClass(char c) {
        return switch (c) {
            case 'a' -> A;
            case 'e' -> E;
            case 'i', 'y' -> I;
            case 'o' -> O;
            default -> U; // u, w, v
        };
    }

    /** The vowels of a spelling that can stand for vowel letter {@code c} of a script reading. */
    private static int requirement(char c) {
        return switch (c) {
            // alif: a long a (see read for the article's alif, which carries any vowel)
            case 'a' -> A | E | O;
            case 'i', 'y' -> I | E; // ya
            case 'u', 'o', 'w', 'v' -> U | O; // waw
            default -> ANY; // e: an ayn, or a vowel written e (Urdu bari ye)
        };
    }

    /**
     * Whether the spelling writes an ou (a long u, or the French short u) where the script writes no
     * vowel: the pair agrees, but less surely (محمد and Mahmoud): it then scores as two consonants.
     */
    private static boolean longUnwritten(Gaps written, Gaps spelled) {
        for (int k = 1; k < written.required.length && k < spelled.ou.length; k++) {
            if (spelled.ou[k] && written.required[k] == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the vowels of the script reading and of the spelling agree, gap by gap; before the
     * first consonant, the vowel that starts the part may be any.
     */
    private static boolean agree(Gaps written, Gaps spelled) {
        int gaps = written.consonants.length() - (written.consonants.startsWith("_") ? 1 : 0);
        for (int k = 0; k <= gaps; k++) {
            if (written.required[k] != null) {
                for (int mask : written.required[k]) {
                    if ((spelled.classes[k] & mask) == 0) {
                        return false;
                    }
                }
            } else if (k > 0 && spelled.letters[k] >= 2) {
                return false; // a long vowel or diphthong spelled where the script writes none
            }
        }
        return true;
    }
}
