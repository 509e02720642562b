package org.mpaka.screening.internal;

/**
 * Reads names in Arabic script (Arabic, Persian, Urdu, Pashto and Kurdish letters) letter by letter into the
 * alphabet of the orthography rules' canonical spellings ({@link Orthography#rewrite}: kh is h, sh
 * and ch are s, th is t, dh is d, gh is g, q is k, zh is j): the consonants, and the long vowels the
 * script writes (alif {@code a}, waw {@code u}, ya {@code i}; at the start of a word waw and ya are
 * {@code w} and {@code y}). Short vowels are not written in names, so {@code محمد} is {@code mhmd};
 * where the vowel marks are written they are kept. Parts read this way compare with Latin spellings
 * by their consonants (see {@link Unvowelled}): {@code mhmd} is Mohamed, Muhammad and
 * Mehmet alike. The letters are written in the canonical alphabet directly, not as digraphs the
 * rules would then read, because without the vowels two letters would run into a false digraph:
 * {@code زهراء} (Zahra) is z, h, r, a, not the zh of Zhang.
 *
 * <p>Conventions, chosen so that the letters meet the spellings lists use: a word-initial alif or
 * ayn is a vowel ({@code a}, or {@code i} under a hamza below: Ibrahim), a hamza inside a word is
 * not written, an ayn inside a word is {@code e}, which stands for any vowel (lists write one next
 * to it: Muammar, Saeed, Masud; see {@link Unvowelled}), ta marbuta is {@code a} (Usama, Fatima),
 * alif maqsura {@code a} (Mustafa),
 * the article {@code ال} is written apart as {@code al} (Abd al Rahman), and {@code بن}, {@code ابن},
 * {@code بنت}, {@code ابو} are the particles bin, ibn, bint and abu. ICU's Arabic-Latin is a strict
 * transliteration (dotted and underlined letters, {@code ʿ} for ayn, {@code ẗ} for ta marbuta) that
 * meets no list spelling once the marks are gone, so it is not used, except for a letter of an
 * Arabic-script language the table here lacks.
 */
final class ArabicScript {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");

    /** The romanisation's name, as explanations show it. */
    static final String SCHEME = "Arabic script, vowels not written";

    private ArabicScript() {}

    /** Whether {@code c} is an Arabic-script letter or mark this class reads. */
    static boolean isArabic(char c) {
        return c >= 0x0600 && c <= 0x06FF
                || c >= 0x0750 && c <= 0x077F
                || c >= 0xFB50 && c <= 0xFDFF
                || c >= 0xFE70 && c <= 0xFEFF;
    }

    /**
     * The text romanised, words separated by spaces; characters of other scripts are kept (the
     * caller reads them with ICU).
     */
    static String romanise(String text) {
        return romanise(text, false);
    }

    /**
     * Scheme of the second reading, for names with ث ذ ض ظ: those letters as Persian, Turkish and
     * Urdu say them, s, z, z, z (Osman for عثمان, Reza for رضا, Kazim for كاظم).
     */
    static final String SCHEME_SAID = "Arabic script as Persian and Turkish say it, vowels not written";

    /** Whether the text has a letter that Persian, Turkish and Urdu say otherwise (ث ذ ض ظ). */
    static boolean hasLettersSaidOtherwise(String text) {
        return Romanizer.hasAny(text, "ثذضظ");
    }

    /**
     * The text romanised; with {@code said}, ث ذ ض ظ as Persian, Turkish and Urdu say them (see
     * {@link #SCHEME_SAID}).
     */
    static String romanise(String text, boolean said) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isArabic(c) || !isLetterOrMark(c)) {
                if (isArabic(c)) {
                    i++; // an Arabic comma, digit or other sign: a separator
                    out.append(' ');
                } else {
                    out.append(c);
                    i++;
                }
                continue;
            }
            int end = i;
            while (end < n
                    && (isArabic(text.charAt(end)) && isLetterOrMark(text.charAt(end)) || isJoiner(text.charAt(end)))) {
                end++;
            }
            word(text.substring(i, end), out, said);
            i = end;
        }
        return SPACES.matcher(out.toString().trim()).replaceAll(" ");
    }

    private static void word(String w, StringBuilder out, boolean said) {
        String bare = withoutMarks(w);
        switch (bare) {
            case "بن" -> out.append("bin");
            case "ابن", "إبن" -> out.append("ibn");
            case "بنت" -> out.append("bint");
            case "ابو", "أبو", "ابي", "أبي", "ابا", "أبا" -> out.append("abu");
            case "الله", "اللہ" -> out.append("allah");
            default -> {
                int from = 0;
                if (bare.length() > 3 && bare.startsWith("ال")) {
                    out.append("al ");
                    from = skipLetters(w, 2);
                }
                letters(w, from, out, said);
            }
        }
    }

    /** The index in {@code w} after its first {@code count} letters (marks after them skipped). */
    private static int skipLetters(String w, int count) {
        int i = 0;
        int seen = 0;
        while (i < w.length() && (seen < count || isMark(w.charAt(i)))) {
            if (!isMark(w.charAt(i))) {
                seen++;
            }
            i++;
        }
        return i;
    }

    private static void letters(String w, int from, StringBuilder out, boolean said) {
        int start = out.length();
        for (int i = from; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean first = out.length() == start;
            boolean last = i == w.length() - 1 || restAreMarks(w, i + 1);
            switch (c) {
                case 'ا', 'آ', 'أ', 'ٱ', 'ى' -> out.append('a');
                case 'إ' -> out.append('i');
                case 'ء' -> {} // hamza: not written
                case 'ؤ' -> out.append('u');
                // lists write a vowel next to an ayn: Ali, Umar at the start; inside, any vowel
                // (Muammar, Saeed, Masud), which e stands for (see Unvowelled)
                case 'ع' -> out.append(first ? 'a' : 'e');
                case 'ب' -> out.append('b');
                case 'ت', 'ط', 'ٹ', 'ټ' -> out.append('t');
                case 'ة', 'ۃ' -> out.append(last ? "a" : "t");
                case 'ث' -> out.append(said ? 's' : 't');
                case 'ج' -> out.append('j');
                case 'ہ', 'ه' -> {
                    // in Persian, a final he after a zero-width non-joiner (خامنه‌ای) is the vowel e
                    out.append(i + 1 < w.length() && w.charAt(i + 1) == ZWNJ ? 'e' : 'h');
                }
                case 'ح', 'ھ', 'خ' -> out.append('h');
                case 'ۀ', 'ۂ' -> out.append('e'); // he with hamza: the Persian ezafe, Urdu final e
                case 'ض', 'ذ', 'ظ' -> out.append(said ? 'z' : 'd'); // Arabic: Ramadan, Kadhim
                case 'د', 'ڈ', 'ډ' -> out.append('d');
                case 'ر', 'ڑ', 'ړ', 'ڕ' -> out.append('r');
                case 'ز', 'ځ' -> out.append('z');
                case 'س', 'ص', 'ش', 'چ', 'ښ', 'څ' -> out.append('s');
                case 'غ', 'گ', 'ڨ', 'ݢ', 'ڭ', 'ګ' -> out.append('g'); // and the Maghrebi and Jawi g
                case 'ڠ', 'ڽ' -> out.append('n'); // Jawi ng, ny
                case 'ڧ' -> out.append('k'); // Maghrebi qaf
                case 'ڢ' -> out.append('f'); // Maghrebi fa
                case 'ۋ' -> out.append(first ? 'w' : 'u'); // Uyghur ve
                case 'ف' -> out.append('f');
                case 'ق', 'ك', 'ک' -> out.append('k');
                case 'ل', 'ڵ' -> out.append('l');
                case 'م' -> out.append('m');
                case 'ن', 'ں', 'ڼ' -> out.append('n');
                case 'و', 'ۆ', 'ۇ' -> out.append(first ? 'w' : 'u');
                case 'ي', 'ی', 'ې', 'ێ', 'ۍ' -> out.append(first ? 'y' : 'i');
                case 'ئ' -> out.append('i');
                case 'ے', 'ۓ', 'ە' -> out.append('e');
                case 'پ' -> out.append('p');
                case 'ژ', 'ږ' -> out.append('j');
                case 'ڤ' -> out.append('v');
                // vowel marks, where written
                case '\u064E' -> out.append('a'); // fatha
                case '\u064F' -> out.append('u'); // damma
                case '\u0650' -> out.append('i'); // kasra
                case '\u0670' -> out.append('a'); // dagger alif
                default -> {
                    // shadda (the canonical spelling writes a doubled letter once), sukun, tanwin
                    // and other marks are not written; a letter of another language this table
                    // does not know is written as ICU reads it
                    if (!isMark(c)) {
                        out.append(Romanizer.anyLatinLetters(String.valueOf(c)));
                    }
                }
            }
        }
    }

    private static boolean restAreMarks(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (!isMark(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutMarks(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (!isMark(w.charAt(i))) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    private static final char ZWNJ = '\u200C';

    /** The zero-width non-joiner and joiner, which Persian writes inside words. */
    private static boolean isJoiner(char c) {
        return c == ZWNJ || c == '\u200D';
    }

    /** Vowel marks, shadda, sukun, tanwin, tatweel and the other combining signs. */
    private static boolean isMark(char c) {
        return c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c >= 0x06D6 && c <= 0x06ED;
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || isMark(c);
    }
}
