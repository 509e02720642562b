package org.mpaka.mrz.internal;

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
     * weighted sums of the characters as read: the four check-digit fields in the lanes of {@code
     * fieldSums} (read with {@link Layout#lane}; see {@link Layout#weights}) and the composite.
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
        String in = text.toString();
        Zone zone = exactLines(in);
        return zone != null ? zone : general(in);
    }

    /**
     * Fast path for the common input: 2 or 3 lines of exactly a format's length, separated (and
     * optionally ended) by LF or CR LF, no line starting or ending with a space and no CR or LF
     * inside a line. Lines are then found by arithmetic instead of a scan. Returns null for any
     * other input, which {@link #general} then reads; for the inputs it accepts, the result is the
     * one {@link #general} gives: no character is trimmed or split away, so the line ranges are the
     * same, and everything after the split is shared ({@link #scan}).
     */
    private static Zone exactLines(String in) {
        int n = in.length();
        if (n > 0 && in.charAt(n - 1) == '\n') {
            n -= n > 1 && in.charAt(n - 2) == '\r' ? 2 : 1;
        }
        int len;
        int count;
        int sep;
        switch (n) {
            case 73, 74 -> {
                len = 36;
                count = 2;
                sep = n - 72;
            }
            case 89, 90 -> {
                len = 44;
                count = 2;
                sep = n - 88;
            }
            case 92, 94 -> {
                len = 30;
                count = 3;
                sep = (n - 90) / 2;
            }
            default -> {
                return null;
            }
        }
        int stride = len + sep;
        for (int l = 1; l < count; l++) {
            int e = l * stride - 1; // last character of the separator
            if (in.charAt(e) != '\n' || (sep == 2 && in.charAt(e - 1) != '\r')) {
                return null;
            }
        }
        MrzFormat format;
        if (count == 3) {
            format = MrzFormat.TD1;
        } else {
            format = format2(in, len, 0, len, stride, stride + len);
        }
        char[] chars = new char[count * len];
        for (int l = 0; l < count; l++) {
            in.getChars(l * stride, l * stride + len, chars, l * len);
        }
        return scan(format, chars, null, 0, true);
    }

    /** Any input: trims, splits, pads or cuts lines; see the class comment. */
    private static Zone general(String in) throws NotAnMrzException {
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
        int padded = 0;
        for (int l = 0; l < count; l++) {
            // bulk copy of the line (an intrinsic: Latin-1 bytes widened with SIMD), then
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
        Zone zone = scan(format, chars, errors, padded, false);
        if (zone == null) {
            throw new NotAnMrzException("mostly characters that never occur in an MRZ", 0);
        }
        return zone;
    }

    /**
     * One pass over the copied zone: upper-cases, checks each character against its field's type,
     * counts the characters of the MRZ alphabet, and adds each character to the check-digit sums
     * (see {@link Layout#weights}); class and value come from one case-insensitive table lookup
     * ({@link Chars#info}). Only the positions from {@link Layout#sumsFrom} on carry weights, so the
     * positions before it (the name line of TD3, MRV and TD2) are only typed.
     *
     * @param padded fillers added to short lines (they are not characters of the input)
     * @param strict fast path: return null when a line holds a CR or LF or starts or ends with a
     *     space (checked only when some character is outside the MRZ alphabet, as these are)
     * @return the zone, or null when less than half the characters are MRZ characters, or when
     *     {@code strict} and a line holds a CR or LF or starts or ends with a space
     */
    private static Zone scan(MrzFormat format, char[] chars, List<MrzDiagnostic> errors, int padded, boolean strict) {
        Layout layout = Layout.of(format);
        byte[] allowed = layout.allowed();
        long[] weights = layout.weights;
        int from = layout.sumsFrom;
        // hot: per character one table lookup, the type test and (from sumsFrom on) one multiply;
        // lower case and the count of MRZ characters are only looked at when needed
        boolean typesOk = true;
        int flags = 0; // Chars.LOWER set once a lower-case letter was seen
        for (int p = 0; p < from; p++) {
            int info = Chars.info(chars[p]);
            flags |= info;
            typesOk &= (info & allowed[p]) != 0; // allowed holds class bits only
        }
        long sums = 0;
        for (int p = from; p < chars.length; p++) {
            int info = Chars.info(chars[p]);
            flags |= info;
            typesOk &= (info & allowed[p]) != 0;
            sums += (info >>> Chars.VALUE_SHIFT) * weights[p];
        }
        if (!typesOk) {
            // every character of its field's type is an MRZ character; otherwise count them
            int plausible = 0;
            for (char c : chars) {
                plausible += (Chars.info(c) & Chars.CLASS_MASK) == 0 ? 0 : 1;
            }
            // (CR, LF and spaces are outside the MRZ alphabet: with none such, nothing to check)
            if (strict
                    && plausible < chars.length
                    && (lineBreak(chars) || spaceAtLineEnd(chars, format.lineLength()))) {
                return null; // a line break inside a line, or a space the general path trims
            }
            if ((plausible - padded) * 2 < chars.length) {
                return null;
            }
        }
        if ((flags & Chars.LOWER) != 0) {
            for (int p = 0; p < chars.length; p++) {
                char c = chars[p];
                if (c >= 'a' && c <= 'z') {
                    chars[p] = (char) (c - 32);
                }
            }
        }
        return new Zone(format, chars, errors, typesOk, sums & Layout.FIELD_LANES_MASK, Layout.composite(sums));
    }

    private static boolean lineBreak(char[] chars) {
        for (char c : chars) {
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of the zone starts or ends with a space. */
    private static boolean spaceAtLineEnd(char[] chars, int len) {
        for (int s = 0; s < chars.length; s += len) {
            if (isSpace(chars[s]) || isSpace(chars[s + len - 1])) {
                return true;
            }
        }
        return false;
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
        MrzFormat format =
                count == 3 ? MrzFormat.TD1 : format2(in, longest, ranges[0], ranges[1], ranges[2], ranges[3]);
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

    /** The format of a two-line zone whose longest line has {@code longest} characters. */
    private static MrzFormat format2(String in, int longest, int s0, int e0, int s1, int e1) {
        char c0 = letter(in.charAt(s0));
        if (longest >= 40) {
            return c0 == 'V' ? MrzFormat.MRVA : MrzFormat.TD3;
        }
        if (c0 == 'V') {
            return MrzFormat.MRVB;
        }
        return startsIdFra(in, s0, e0) && frenchLowerLine(in, s1, e1) ? MrzFormat.FRA_ID : MrzFormat.TD2;
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
