package org.mpaka.mrz.internal;

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

    private static final byte[] CLASS = new byte[128];
    private static final byte[] VALUE = new byte[128];
    private static final char[] TO_DIGIT = new char[128];
    private static final char[] TO_LETTER = new char[128];

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
        return c < 128 ? CLASS[c] : 0;
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
        int sum = 0;
        int w = weightIndex % 3;
        for (int i = from, end = from + length; i < end; i++) {
            int v = value(b[i]);
            sum += w == 0 ? 7 * v : w == 1 ? 3 * v : v;
            w = w == 2 ? 0 : w + 1;
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
