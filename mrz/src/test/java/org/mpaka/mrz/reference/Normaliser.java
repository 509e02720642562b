package org.mpaka.mrz.reference;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.mrz.MrzDiagnostic;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.NotAnMrzException;

/**
 * Turns free text into the lines of one zone: trims spaces, accepts CR/LF or LF, upper-cases,
 * accepts the lines in one string (split at spaces or at the format's line length), recognises
 * the format and pads or cuts lines of a slightly wrong length (reported as errors).
 */
public final class Normaliser {

    /** A line may differ from the format's length by at most this much and still be read. */
    static final int LENGTH_TOLERANCE = 4;

    /**
     * The recognised zone: format, the lines end to end, line-length errors (or null), whether
     * every character fits its field's type (when true the parser skips that pass), and the ICAO
     * weighted sums of the characters as read: the four check-digit fields in the 16-bit lanes of
     * {@code fieldSums} (see {@link Layout#fieldWeights}) and the composite.
     */
    public record Zone(
            MrzFormat format,
            char[] chars,
            List<MrzDiagnostic> errors,
            boolean typesOk,
            long fieldSums,
            int compositeSum) {}

    private Normaliser() {}

    /** Normalises {@code in}; never throws anything but {@link NotAnMrzException}. */
    public static Zone normalise(CharSequence text) throws NotAnMrzException {
        if (text == null) {
            throw new NotAnMrzException("no text", 0);
        }
        // hot: read the String in place with charAt (inlined; no copy of the input is made)
        String in = text.toString();
        int[] ranges = new int[6];
        int count = splitLines(in, ranges);
        if (count == 1) {
            count = splitSingleLine(in, ranges);
        }
        if (count < 2 || count > 3) {
            throw new NotAnMrzException(
                    count == 0 ? "no text" : "an MRZ has 2 or 3 lines, found " + (count > 3 ? "more than 3" : count),
                    0);
        }
        MrzFormat format = detect(in, ranges, count);
        int len = format.lineLength();
        char[] chars = new char[count * len];
        List<MrzDiagnostic> errors = null;
        int plausible = 0;
        Layout layout = Layout.of(format);
        byte[] allowed = layout.allowed();
        long[] fieldWeights = layout.fieldWeights;
        int[] compositeWeights = layout.compositeWeights;
        boolean typesOk = true;
        long fieldSums = 0;
        int compositeSum = 0;
        int padded = 0;
        for (int l = 0; l < count; l++) {
            // hot: bulk copy of the line (an intrinsic: Latin-1 bytes widened with SIMD), then
            // fillers for a short line
            int s = ranges[2 * l];
            int n = ranges[2 * l + 1] - s;
            int copied = Math.min(n, len);
            in.getChars(s, s + copied, chars, l * len);
            if (copied < len) {
                java.util.Arrays.fill(chars, l * len + copied, (l + 1) * len, '<');
                padded += len - copied;
            }
            if (n != len) {
                if (errors == null) {
                    errors = new ArrayList<>(2);
                }
                errors.add(new MrzDiagnostic(
                        MrzDiagnostic.Code.LINE_LENGTH,
                        l + 1,
                        0,
                        "line " + (l + 1) + " has " + n + " characters, " + format + " lines have " + len
                                + (n < len ? " (padded with <)" : " (cut)")));
            }
        }
        // hot: one pass over the copied zone: upper-case, check each character against its
        // field's type, count plausible characters, and add it to the check-digit sums (see
        // Layout#fieldWeights); class and value come from one table lookup (Chars#info)
        for (int p = 0; p < chars.length; p++) {
            char c = chars[p];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
                chars[p] = c;
            }
            int info = Chars.info(c);
            int cls = info & Chars.CLASS_MASK;
            plausible += cls == 0 ? 0 : 1;
            typesOk &= (cls & allowed[p]) != 0;
            int v = info >>> Chars.VALUE_SHIFT;
            fieldSums += v * fieldWeights[p];
            compositeSum += v * compositeWeights[p];
        }
        plausible -= padded; // padding fillers are not characters of the input
        if (plausible * 2 < count * len) {
            throw new NotAnMrzException("mostly characters that never occur in an MRZ", 0);
        }
        return new Zone(format, chars, errors, typesOk, fieldSums, compositeSum);
    }

    /** Non-blank lines (trimmed) into {@code ranges}; returns how many, at most 4 (meaning "too many"). */
    private static int splitLines(String in, int[] ranges) {
        int count = 0;
        int i = 0;
        int n = in.length();
        // hot: line ends found with String.indexOf (an intrinsic); the next CR is looked up
        // again only once passed, so input without CR is scanned for it once
        int cr = in.indexOf('\r');
        while (i < n) {
            if (cr >= 0 && cr < i) {
                cr = in.indexOf('\r', i);
            }
            int lf = in.indexOf('\n', i);
            int end = Math.min(lf < 0 ? n : lf, cr < 0 ? n : cr);
            int s = i;
            int e = end;
            while (s < e && isSpace(in.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(in.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                if (count == 3) {
                    return 4;
                }
                ranges[2 * count] = s;
                ranges[2 * count + 1] = e;
                count++;
            }
            i = end + 1;
        }
        return count;
    }

    /** One line holding the whole zone: split at inner spaces, or at 30/36/44 characters. */
    private static int splitSingleLine(String in, int[] ranges) {
        int s = ranges[0];
        int e = ranges[1];
        int count = 0;
        int i = s;
        while (i < e) {
            while (i < e && isSpace(in.charAt(i))) {
                i++;
            }
            int t = i;
            while (t < e && !isSpace(in.charAt(t))) {
                t++;
            }
            if (t > i) {
                if (count == 3) {
                    return 4;
                }
                ranges[2 * count] = i;
                ranges[2 * count + 1] = t;
                count++;
            }
            i = t;
        }
        if (count != 1) {
            return count;
        }
        int n = e - s;
        int parts = n == 90 ? 3 : n == 72 || n == 88 ? 2 : 1;
        for (int p = 0; p < parts; p++) {
            ranges[2 * p] = s + p * n / parts;
            ranges[2 * p + 1] = s + (p + 1) * n / parts;
        }
        return parts;
    }

    private static MrzFormat detect(String in, int[] ranges, int count) throws NotAnMrzException {
        int longest = 0;
        for (int l = 0; l < count; l++) {
            longest = Math.max(longest, ranges[2 * l + 1] - ranges[2 * l]);
        }
        MrzFormat format;
        if (count == 3) {
            format = MrzFormat.TD1;
        } else {
            char c0 = letter(in.charAt(ranges[0]));
            if (longest >= 40) {
                format = c0 == 'V' ? MrzFormat.MRVA : MrzFormat.TD3;
            } else if (c0 == 'V') {
                format = MrzFormat.MRVB;
            } else {
                format = startsIdFra(in, ranges[0], ranges[1]) && frenchLowerLine(in, ranges[2], ranges[3])
                        ? MrzFormat.FRA_ID
                        : MrzFormat.TD2;
            }
        }
        for (int l = 0; l < count; l++) {
            int n = ranges[2 * l + 1] - ranges[2 * l];
            if (Math.abs(n - format.lineLength()) > LENGTH_TOLERANCE) {
                throw new NotAnMrzException(
                        "line " + (l + 1) + " has " + n + " characters; no MRZ format with " + count
                                + " lines has lines of that length",
                        l + 1);
            }
        }
        return format;
    }

    private static boolean startsIdFra(String in, int s, int e) {
        String idfra = "IDFRA";
        if (e - s < idfra.length()) {
            return false;
        }
        for (int i = 0; i < idfra.length(); i++) {
            if (letter(in.charAt(s + i)) != idfra.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A TD2 lower line has the nationality (letters) at columns 11-13 and the birth date at
     * 14-19; the French card has digits of the document number at column 11 and the given names
     * from column 14. A French-issued TD2 card also starts with {@code IDFRA}, hence this test.
     */
    private static boolean frenchLowerLine(String in, int s, int e) {
        if (e - s < 14) {
            return false;
        }
        char c10 = upper(in.charAt(s + 10));
        char c13 = upper(in.charAt(s + 13));
        return (c10 >= '0' && c10 <= '9') || (c13 >= 'A' && c13 <= 'Z' && Chars.toDigit(c13) == 0);
    }

    /** Upper-case letter, reading a digit that OCR confuses with a letter as that letter. */
    private static char letter(char c) {
        char u = upper(c);
        char l = Chars.toLetter(u);
        return l != 0 ? l : u;
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }
}
