package org.mpaka.mrz.reference;

/**
 * Character classes of the MRZ alphabet ({@code A-Z 0-9 <}), ICAO check digit values and the OCR
 * confusion pairs (O/0, I/1, B/8, S/5, Z/2, G/6), all as lookup tables.
 */
public final class Chars {

    /** Class bit: a digit. */
    public static final int DIGIT = 1;
    /** Class bit: a letter A-Z. */
    public static final int LETTER = 2;
    /** Class bit: the filler {@code <}. */
    public static final int FILLER = 4;

    /** {@link #info} bits holding the class. */
    static final int CLASS_MASK = 7;

    /** {@link #info} shift of the check-digit value. */
    static final int VALUE_SHIFT = 8;

    /** Class | value &lt;&lt; 8 per character: one lookup for the normaliser's hot loop. */
    private static final int[] INFO = new int[128];

    private static final byte[] CLASS = new byte[128];
    private static final byte[] VALUE = new byte[128];
    private static final char[] TO_DIGIT = new char[128];
    private static final char[] TO_LETTER = new char[128];
    /** Value × 7, × 3 and × 1 per character; index 127 (never an MRZ character) holds 0. */
    private static final int[] W7 = new int[128];

    private static final int[] W3 = new int[128];
    private static final int[] W1 = new int[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
            VALUE[c] = (byte) (c - '0');
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = LETTER;
            VALUE[c] = (byte) (c - 'A' + 10);
        }
        CLASS['<'] = FILLER;
        for (int c = 0; c < 128; c++) {
            W7[c] = 7 * VALUE[c];
            W3[c] = 3 * VALUE[c];
            W1[c] = VALUE[c];
            INFO[c] = CLASS[c] | VALUE[c] << VALUE_SHIFT;
        }
        String letters = "OIBSZG";
        String digits = "018526";
        for (int i = 0; i < letters.length(); i++) {
            TO_DIGIT[letters.charAt(i)] = digits.charAt(i);
            TO_LETTER[digits.charAt(i)] = letters.charAt(i);
        }
    }

    private Chars() {}

    /** The class bits of a character (0 for characters outside the MRZ alphabet). */
    public static int classOf(char c) {
        return CLASS[Math.min(c, 127)];
    }

    /**
     * Class bits and check-digit value in one int ({@code info & CLASS_MASK}, {@code info >>>
     * VALUE_SHIFT}); characters outside the MRZ alphabet give 0 (index 127 through the clamp).
     */
    static int info(char c) {
        return INFO[Math.min(c, 127)];
    }

    /** ICAO check digit value: digits 0-9, letters 10-35, filler and anything else 0. */
    public static int value(char c) {
        return c < 128 ? VALUE[c] : 0;
    }

    /** The digit an OCR engine may have read as this letter, or 0 when none. */
    public static char toDigit(char c) {
        return c < 128 ? TO_DIGIT[c] : 0;
    }

    /** The letter an OCR engine may have read as this digit, or 0 when none. */
    public static char toLetter(char c) {
        return c < 128 ? TO_LETTER[c] : 0;
    }

    /** The other member of the confusion pair of {@code c} (letter or digit), or 0. */
    public static char confusable(char c) {
        char d = toDigit(c);
        return d != 0 ? d : toLetter(c);
    }

    /**
     * ICAO 9303 check digit: weights 7, 3, 1 repeating, sum of weight × value modulo 10.
     *
     * @param weightIndex position in the 7-3-1 cycle of the first character (to continue a sum
     *     over a second range)
     */
    public static int weightedSum(char[] b, int from, int length, int weightIndex) {
        // hot: three table lookups per step, no branch per character; characters above 126
        // count as 0 through the clamp to index 127
        int[] w0 = W7;
        int[] w1 = W3;
        int[] w2 = W1;
        int shift = weightIndex % 3;
        if (shift == 1) {
            w0 = W3;
            w1 = W1;
            w2 = W7;
        } else if (shift == 2) {
            w0 = W1;
            w1 = W7;
            w2 = W3;
        }
        int sum = 0;
        int i = from;
        int end = from + length;
        for (; i + 2 < end; i += 3) {
            sum += w0[Math.min(b[i], 127)] + w1[Math.min(b[i + 1], 127)] + w2[Math.min(b[i + 2], 127)];
        }
        if (i < end) {
            sum += w0[Math.min(b[i], 127)];
        }
        if (i + 1 < end) {
            sum += w1[Math.min(b[i + 1], 127)];
        }
        return sum;
    }

    /** The check digit (0-9) of one range. */
    public static int checkDigit(char[] b, int from, int length) {
        return weightedSum(b, from, length, 0) % 10;
    }

    /** The check digit of a string, as a character. */
    public static char checkDigit(CharSequence s) {
        char[] b = new char[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = s.charAt(i);
        }
        return (char) ('0' + checkDigit(b, 0, b.length));
    }
}
