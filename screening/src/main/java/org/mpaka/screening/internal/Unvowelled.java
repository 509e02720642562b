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
 * of Arabic kh), and one with v with its v as f (the Slavic and Turkic endings -ov, -ev, which Arabic
 * and Persian script write with fa: بيراموف Bayramov), and one ending in Allah with its case vowel
 * without that vowel when the script ends in Allah (Somali and Hausa Abdullahi); a written abbreviation (four letters at most,
 * one vowel at most) meets a script's name of three consonants or more through the full spellings
 * the nickname tables give for it, as a nickname (Md / محمد). Not on the hot path of Latin names: only a part read from such a script gets here.
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

    // what the vowel letters a script writes in a gap ask of the spelling: one flag per kind
    private static final int NEEDS_ANY = 1; // an alif that carries any vowel, an ayn
    private static final int NEEDS_A = 2; // alif: a, e or o
    private static final int NEEDS_I = 4; // ya: i, e or y
    private static final int NEEDS_U = 8; // waw: u, o, w or v
    private static final int[][] NEEDS = {{NEEDS_ANY, ANY}, {NEEDS_A, A | E | O}, {NEEDS_I, I | E}, {NEEDS_U, U | O}};

    /** Compares {@code a} and {@code b}, exactly one of them {@link Part#unvowelled}; null when they differ. */
    static PartSimilarity.Result compare(Part a, Part b) {
        Part script = a.unvowelled() ? a : b;
        Part latin = script == a ? b : a;
        Gaps written = read(script.ortho());
        String text = latin.text();
        PartSimilarity.Result r = compare(written, text);
        if (r == null && text.contains("ch")) {
            r = compare(written, text.replace("ch", "h"));
        }
        if (r == null && text.indexOf('v') >= 0) {
            // the v of a Slavic or Turkic ending is the consonant the script writes with fa
            // (بيراموف Bayramov, علييف Aliyev), not a waw
            r = compare(written, text.replace('v', 'f'));
        }
        if (r == null && script.text().endsWith("llh") && allahWithCaseVowel(text)) {
            // Somali and Hausa spellings write Allah with its case vowel (Abdullahi, Cabdullaahi),
            // which the script does not write: عبدالله
            r = compare(written, text.substring(0, text.length() - 1));
        }
        if (r == null && writtenShort(text) && written.consonants.length() >= 3) {
            // a written abbreviation meets the script's full name through the name's spellings
            // (Md / محمد); not any nickname: the tables' groups join too many names (Helen, Ella)
            for (String full : Nicknames.bundled().equivalents(text)) {
                if (compare(written, full) != null) {
                    return new PartSimilarity.Result(PartSimilarity.NICKNAME, MatchMethod.NICKNAME);
                }
            }
        }
        return r;
    }

    /**
     * Whether a spelling ends in Allah with its case vowel, after three letters or more (Abdullahi,
     * Cabdullaahi, Abdulahi, the Mauritanian Abdalahi, Abdelahi); the script's side must end in
     * Allah too, so that Salahi does not meet صلاح.
     */
    private static boolean allahWithCaseVowel(String text) {
        String allah = text.endsWith("laahi") ? "laahi" : text.endsWith("lahi") ? "lahi" : null;
        return allah != null && text.length() >= allah.length() + 3;
    }

    /**
     * Whether a Latin part is written like an abbreviation: four letters at most, at most one of
     * them a vowel, ending in a consonant (Md, Mhd, Mohd, Muhd).
     */
    private static boolean writtenShort(String text) {
        if (text.length() > 4 || Orthography.isVowel(text.charAt(text.length() - 1))) {
            return false;
        }
        int vowels = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Orthography.isVowel(text.charAt(i))) {
                vowels++;
            }
        }
        return vowels <= 1;
    }

    private static PartSimilarity.Result compare(Gaps written, String latinText) {
        String key = written.consonants;
        Gaps spelled = read(Orthography.vowelsAsWritten(latinText));
        if (key.isEmpty() || !key.equals(spelled.consonants)) {
            return null;
        }
        int count = key.length() - (key.charAt(0) == '_' ? 1 : 0);
        if (count < 1 || !agree(written, spelled)) {
            return null;
        }
        if (count == 1) {
            // one consonant says little: the script must write a vowel next to it, and the vowels
            // agree (Issa, Ayesha, Levi; not Asia for عيسى)
            return written.letters[1] + written.letters[0] > 1 || written.needs[1] != 0
                    ? new PartSimilarity.Result(ONE_CONSONANT, MatchMethod.TRANSLITERATION)
                    : null;
        }
        double score = count >= 3 && !longUnwritten(written, spelled) ? CONSONANTS : SHORT_CONSONANTS;
        return new PartSimilarity.Result(score, MatchMethod.TRANSLITERATION);
    }

    /**
     * The consonants of a part read from the script, or of a spelling's {@link
     * Orthography#vowelsAsWritten} form: a leading vowel as {@code _} (which vowel is not known),
     * then the consonants, voiced read as voiceless, a letter repeated next to itself once,
     * without the {@code w}, {@code v} and {@code y} inside the part (waw and ya are long vowels or
     * consonants, which lists may write as vowels, or as w, or v after Persian: Jawad / Juad / Javad,
     * Hussein / Husayn) and without a final {@code h} (Abdallah / Abdalla, and ta marbuta, which
     * lists write a or ah).
     */
    static String consonants(String s) {
        return read(s).consonants;
    }

    /**
     * What {@link #read} finds: the consonants, and per gap between them (gap 0 before the first
     * consonant, gap k after the k-th) the vowel classes and vowel letters written, what the letters
     * need of a spelling ({@code NEEDS_} flags) and whether an ou was written.
     */
    private record Gaps(String consonants, int[] classes, int[] letters, int[] needs, boolean[] ou) {}

    private static Gaps read(String s) {
        int n = s.length();
        StringBuilder consonants = new StringBuilder(n + 1);
        int[] classes = new int[n + 1];
        int[] letters = new int[n + 1];
        int[] needs = new int[n + 1];
        boolean[] ou = new boolean[n + 1];
        int gap = 0;
        int i = 0;
        char last = 0; // the last consonant letter read
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
                // (alif, ayn: Usama, Osama), and so is the article's alif, which lists write a, u,
                // e or i (Abdallah, Abdullah, Abdellah): an l follows it; a long vowel after the
                // carrier counts (أيمن is Ayman, not Amina)
                needs[gap] |= i == 0 || c == 'a' && next == 'l' ? NEEDS_ANY : need(c);
                // ou is one vowel, short or long, in French spellings (Mouhamad, Youssouf)
                boolean frenchU = c == 'o' && next == 'u';
                ou[gap] |= frenchU;
                i += frenchU ? 2 : 1;
                continue;
            }
            i++;
            if (c == 'h' && i == n && n > 1) {
                break; // a final h after a consonant (or one the rules left): not a consonant
            }
            // the same letter again next to itself is one (a doubled consonant, a shadda not
            // written); two letters that devoice alike are two (جودت Jawdat is j-d-t)
            if (consonants.isEmpty() || last != c || letters[gap] > 0) {
                consonants.append(Orthography.devoice(c));
                gap++;
            }
            last = c;
        }
        return new Gaps(consonants.toString(), classes, letters, needs, ou);
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

    /** What vowel letter {@code c} of a script reading needs of a spelling. */
    private static int need(char c) {
        return switch (c) {
            case 'a' -> NEEDS_A; // alif, ta marbuta, alif maqsura
            case 'i', 'y' -> NEEDS_I; // ya
            case 'u', 'o', 'w', 'v' -> NEEDS_U; // waw
            default -> NEEDS_ANY; // e: an ayn, or a vowel written e (Urdu bari ye)
        };
    }

    /**
     * Whether the spelling writes an ou (a long u, or the French short u) where the script writes no
     * vowel: the pair agrees, but less surely (محمد and Mahmoud): it then scores as two consonants.
     */
    private static boolean longUnwritten(Gaps written, Gaps spelled) {
        for (int k = 1; k < written.needs.length && k < spelled.ou.length; k++) {
            if (spelled.ou[k] && written.needs[k] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the vowels of the script reading and of the spelling agree, gap by gap: each need of
     * the letters the script writes is met by a vowel of the spelling, and where the script writes
     * none after the first consonant, the spelling writes fewer than two vowel letters.
     */
    private static boolean agree(Gaps written, Gaps spelled) {
        int gaps = written.consonants.length() - (written.consonants.startsWith("_") ? 1 : 0);
        for (int k = 0; k <= gaps; k++) {
            for (int[] need : NEEDS) {
                if ((written.needs[k] & need[0]) != 0 && (spelled.classes[k] & need[1]) == 0) {
                    return false;
                }
            }
            if (k > 0 && written.needs[k] == 0 && spelled.letters[k] >= 2) {
                return false; // a long vowel or diphthong spelled where the script writes none
            }
        }
        return true;
    }
}
