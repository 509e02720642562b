package org.mpaka.screening.internal;

/**
 * Sinhala script read letter by letter into Latin, in the manner of ISO 15919 (ICU4J has no
 * Sinhala transliterator): each consonant with the vowel its sign writes, its inherent a when none
 * is written, none under the virama; independent vowels, the anusvara and visarga; a zero-width
 * joiner (which builds the conjuncts of ර and ය) left out. මහින්ද රාජපක්ෂ is {@code mahinda
 * rājapakṣa}; {@link IndicScript#commonSpelling} then gives the spelling names are written with.
 */
final class SinhalaScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Sinhala-Latin";

    private SinhalaScript() {}

    // U+0D9A..U+0DC6: consonants (null: not assigned)
    private static final String[] CONSONANTS = {
        "k", "kh", "g", "gh", "ṅ", "ṅg", "c", "ch", "j", "jh", "ñ", "gn", "ñj", "ṭ", "ṭh", "ḍ", "ḍh", "ṇ", "ṇḍ", "t",
        "th", "d", "dh", "n", null, "nd", "p", "ph", "b", "bh", "m", "mb", "y", "r", null, "l", null, null, "v", "ś",
        "ṣ", "s", "h", "ḷ", "f"
    };

    // U+0D85..U+0D96: independent vowels
    private static final String[] VOWELS = {
        "a",
        "ā",
        "æ",
        "ǣ",
        "i",
        "ī",
        "u",
        "ū",
        "r\u0325",
        "r\u0325\u0304",
        "l\u0325",
        "l\u0325\u0304",
        "e",
        "ē",
        "ai",
        "o",
        "ō",
        "au"
    };

    // U+0DCF..U+0DDF: vowel signs (null: not a vowel sign)
    private static final String[] SIGNS = {
        "ā", "æ", "ǣ", "i", "ī", "u", null, "ū", null, "r\u0325", "e", "ē", "ai", "o", "ō", "au", "l\u0325"
    };

    private static final char VIRAMA = '\u0DCA';

    /** Whether the text has a Sinhala letter. */
    static boolean isSinhala(int c) {
        return c >= 0x0D80 && c <= 0x0DFF;
    }

    /** The text with its Sinhala letters read into Latin; anything else is kept. */
    static String romanise(String raw) {
        String text = Romanizer.withoutJoiners(raw);
        StringBuilder out = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            String consonant = c >= '\u0D9A' && c <= '\u0DC6' ? CONSONANTS[c - '\u0D9A'] : null;
            if (consonant != null) {
                out.append(consonant);
                char next = i < text.length() ? text.charAt(i) : 0;
                String sign = sign(next);
                if (next == VIRAMA) {
                    i++;
                } else if (sign != null) {
                    out.append(sign);
                    i++;
                } else {
                    out.append('a');
                }
            } else if (c >= '\u0D85' && c <= '\u0D96') {
                out.append(VOWELS[c - '\u0D85']);
            } else if (c == '\u0D82') {
                out.append('ṁ');
            } else if (c == '\u0D83') {
                out.append('ḥ');
            } else if (sign(c) != null) {
                out.append(sign(c)); // a sign with no consonant before it: its vowel
            } else if (isSinhala(c)) {
                continue; // a stray virama, a punctuation or digit of the block
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sign(char c) {
        if (c >= '\u0DCF' && c <= '\u0DDF') {
            return SIGNS[c - '\u0DCF'];
        }
        return c == '\u0DF2' ? "r\u0325\u0304" : null;
    }
}
