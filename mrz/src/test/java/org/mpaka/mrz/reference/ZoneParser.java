package org.mpaka.mrz.reference;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.mrz.MrzCheck;
import org.mpaka.mrz.MrzCorrection;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDiagnostic;
import org.mpaka.mrz.MrzDiagnostic.Code;
import org.mpaka.mrz.MrzFields;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzResult;
import org.mpaka.mrz.Sex;

/**
 * The parsing engine: one instance per zone (it holds the working state). This is hot code,
 * kept in one class on purpose: it works on the zone's {@code char[]} with lookup tables, without
 * regular expressions or exceptions, and allocates only the result (lists of diagnostics are
 * created on the first diagnostic).
 *
 * <p>Order of work: (1) every field is checked against its character type; a field whose only
 * wrong characters are OCR confusions of the right type is corrected ({@link
 * MrzCorrection.Proof#FIELD_TYPE}); (2) an alphanumeric field with a failing check digit is
 * corrected when exactly one single confusable substitution makes both its check digit and the
 * composite check digit pass ({@link MrzCorrection.Proof#CHECK_DIGIT}); (3) check digits are
 * computed, on the corrected and (if anything was corrected) on the original characters; (4)
 * fields are extracted and dates, sex and codes are validated.
 */
public final class ZoneParser {

    private static final int ALPHA = Chars.LETTER | Chars.FILLER;
    private static final int NUMERIC = Chars.DIGIT | Chars.FILLER;
    private static final int ALNUM = Chars.DIGIT | Chars.LETTER | Chars.FILLER;

    private final Layout l;
    private final char[] orig;
    private final boolean ocr;
    private final boolean typesOk;
    private char[] b;
    private List<MrzCorrection> corrections;
    private List<MrzDiagnostic> errors;
    private List<MrzDiagnostic> warnings;

    // the document number check digit position and, for long TD1/TD2 numbers, the overflow end
    private int numberCheckPos;
    private int overflowEnd;

    /** Weighted sums of {@link #orig} (as read), computed by the normaliser; see {@link #fieldDigit}. */
    private final long fieldSums;

    private final int compositeSum;

    /** When not null, {@link #typeField} records the allowed classes instead of checking. */
    private byte[] recording;

    private ZoneParser(Layout layout) {
        this.l = layout;
        this.orig = new char[layout.format.lines() * layout.lineLength];
        this.b = orig;
        this.ocr = false;
        this.typesOk = false;
        this.fieldSums = 0;
        this.compositeSum = 0;
        this.recording = new byte[orig.length];
    }

    /** The allowed character classes per position of a layout (see {@link Layout#allowed()}). */
    static byte[] allowedFor(Layout layout) {
        ZoneParser p = new ZoneParser(layout);
        p.typeFields();
        return p.recording;
    }

    private ZoneParser(Normaliser.Zone zone, boolean ocr) {
        this.l = Layout.of(zone.format());
        this.orig = zone.chars();
        this.b = orig;
        this.ocr = ocr;
        this.errors = zone.errors();
        this.typesOk = zone.typesOk();
        this.fieldSums = zone.fieldSums();
        this.compositeSum = zone.compositeSum();
    }

    /**
     * Parses a normalised zone.
     *
     * @param today the current date as epoch day, year, month, day (for centuries and expiry)
     * @param expiryWarningDays warn when the document expires within this many days
     */
    public static MrzResult parse(
            Normaliser.Zone zone,
            boolean ocr,
            long todayEpochDay,
            int year,
            int month,
            int day,
            int expiryWarningDays) {
        return new ZoneParser(zone, ocr).run(todayEpochDay, year, month, day, expiryWarningDays);
    }

    private MrzResult run(long todayEpochDay, int year, int month, int day, int expiryWarningDays) {
        fixTypes(typesOk);
        if (ocr && l.composite >= 0) {
            locateNumberCheck(b);
            if (!numberCheckPasses(b)) {
                repairByCheckDigit(true);
            }
            if (l.optionalCheck >= 0 && !optionalCheckPasses(b)) {
                repairByCheckDigit(false);
            }
        }
        List<MrzCheck> checks = checks();
        MrzFields fields = fields(todayEpochDay, year, month, day, expiryWarningDays);
        return new MrzResult(
                l.format,
                new ZoneLines(b, l.lineLength),
                fields,
                checks,
                corrections == null ? List.of() : List.copyOf(corrections),
                warnings == null ? List.of() : List.copyOf(warnings),
                errors == null ? List.of() : List.copyOf(errors));
    }

    // ---- (1) character types ------------------------------------------------------------

    private void fixTypes(boolean typesOk) {
        // the normaliser already compared every character with its field's type; the per-field
        // work below (corrections, errors) only runs when some character does not fit
        if (!typesOk) {
            typeFields();
        }
    }

    private void typeFields() {
        typeField(l.code, 2, ALPHA, "document_code");
        typeField(l.state, 3, ALPHA, "issuing_state");
        typeField(l.name, l.nameLength, ALPHA, "name");
        if (l.name2 >= 0) {
            typeField(l.name2, l.name2Length, ALPHA, "name");
        }
        if (l.format == MrzFormat.FRA_ID) {
            typeField(l.number, 4, NUMERIC, "document_number");
            typeField(l.number + 4, l.numberLength - 4, ALNUM, "document_number");
        } else {
            typeField(l.number, l.numberLength, ALNUM, "document_number");
        }
        typeField(l.numberCheck, 1, NUMERIC, "document_number_check");
        if (l.nationality >= 0) {
            typeField(l.nationality, 3, ALPHA, "nationality");
        }
        typeField(l.birth, 6, NUMERIC, "birth_date");
        typeField(l.birthCheck, 1, NUMERIC, "birth_date_check");
        typeField(l.sex, 1, ALNUM, "sex");
        if (l.expiry >= 0) {
            typeField(l.expiry, 6, NUMERIC, "expiry_date");
            typeField(l.expiryCheck, 1, NUMERIC, "expiry_date_check");
        }
        typeField(l.optional, l.optionalLength, ALNUM, "optional_data");
        if (l.optionalCheck >= 0) {
            typeField(l.optionalCheck, 1, NUMERIC, "personal_number_check");
        }
        if (l.optional2 >= 0) {
            typeField(l.optional2, l.optional2Length, ALNUM, "optional_data_2");
        }
        if (l.composite >= 0) {
            typeField(l.composite, 1, NUMERIC, "composite_check");
        }
    }

    private void typeField(int off, int len, int allowed, String field) {
        if (recording != null) {
            java.util.Arrays.fill(recording, off, off + len, (byte) allowed);
            return;
        }
        int bad = 0;
        int fixable = 0;
        for (int i = off; i < off + len; i++) {
            char c = b[i];
            if ((Chars.classOf(c) & allowed) == 0) {
                bad++;
                if (replacement(c, allowed) != 0) {
                    fixable++;
                }
            }
        }
        if (bad == 0) {
            return;
        }
        boolean fix = ocr && bad == fixable;
        for (int i = off; i < off + len; i++) {
            char c = b[i];
            if ((Chars.classOf(c) & allowed) != 0) {
                continue;
            }
            if (fix) {
                correct(i, replacement(c, allowed), field, MrzCorrection.Proof.FIELD_TYPE);
            } else {
                error(
                        Code.INVALID_CHARACTER,
                        i,
                        "character " + show(c) + " is not allowed in " + field + kindName(allowed));
            }
        }
    }

    private static char replacement(char c, int allowed) {
        if (allowed == NUMERIC) {
            return Chars.toDigit(c);
        }
        return allowed == ALPHA ? Chars.toLetter(c) : 0;
    }

    private static String kindName(int allowed) {
        return allowed == NUMERIC ? " (digits or <)" : allowed == ALPHA ? " (letters or <)" : " (A-Z, 0-9 or <)";
    }

    private void correct(int i, char to, String field, MrzCorrection.Proof proof) {
        if (b == orig) {
            b = orig.clone();
        }
        if (corrections == null) {
            corrections = new ArrayList<>(4);
        }
        corrections.add(new MrzCorrection(l.line(i), l.column(i), field, b[i], to, proof));
        b[i] = to;
    }

    // ---- (2) corrections proven by check digits -----------------------------------------

    private void repairByCheckDigit(boolean number) {
        int from = number ? l.number : l.optional;
        int to = number ? l.number + l.numberLength : l.optional + l.optionalLength;
        if (number && l.format == MrzFormat.FRA_ID) {
            from += 4; // year and month of issue are digits, already settled by type
        }
        int found = -1;
        char foundChar = 0;
        int candidates = 0;
        char[] t = b.clone();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = from; i < to; i++) {
                char c = t[i];
                char alt = Chars.confusable(c);
                if (alt == 0) {
                    continue;
                }
                t[i] = alt;
                if ((number ? numberCheckPasses(t) : optionalCheckPasses(t)) && compositePasses(t)) {
                    candidates++;
                    found = i;
                    foundChar = alt;
                }
                t[i] = c;
            }
            if (!number || overflowEnd <= 0) {
                break;
            }
            from = l.optional; // long document number: also try the overflow characters
            to = overflowEnd - 1;
        }
        if (candidates == 1) {
            correct(found, foundChar, number ? "document_number" : "optional_data", MrzCorrection.Proof.CHECK_DIGIT);
        }
        locateNumberCheck(b);
    }

    // ---- (3) check digits ---------------------------------------------------------------

    /** Finds the document number check digit, following a TD1/TD2 long document number. */
    private void locateNumberCheck(char[] t) {
        numberCheckPos = l.numberCheck;
        overflowEnd = 0;
        boolean longCapable = l.format == MrzFormat.TD1 || l.format == MrzFormat.TD2;
        if (longCapable && t[l.numberCheck] == '<' && t[l.optional] != '<') {
            int e = l.optional;
            int end = l.optional + l.optionalLength;
            while (e < end && t[e] != '<') {
                e++;
            }
            overflowEnd = e;
            numberCheckPos = e - 1;
        }
    }

    private int numberCheckDigit(char[] t) {
        if (overflowEnd == 0) {
            return fieldDigit(t, l.number, l.numberLength, Layout.NUMBER_LANE);
        }
        int sum = Chars.weightedSum(t, l.number, l.numberLength, 0);
        sum += Chars.weightedSum(t, l.optional, numberCheckPos - l.optional, l.numberLength);
        return sum % 10;
    }

    /**
     * Some issuers (e.g. Belgian identity cards) compute a long number's check digit with the
     * filler at position 15 included, which shifts the weights of the overflow characters.
     */
    private int numberCheckDigitWithMarker(char[] t) {
        int sum = Chars.weightedSum(t, l.number, l.numberLength, 0);
        sum += Chars.weightedSum(t, l.optional, numberCheckPos - l.optional, l.numberLength + 1);
        return sum % 10;
    }

    private boolean numberCheckPasses(char[] t) {
        return t[numberCheckPos] - '0' == numberCheckDigit(t)
                || (overflowEnd > 0 && t[numberCheckPos] - '0' == numberCheckDigitWithMarker(t));
    }

    private boolean optionalCheckPasses(char[] t) {
        return passes(
                t[l.optionalCheck],
                fieldDigit(t, l.optional, l.optionalLength, Layout.OPTIONAL_LANE),
                allFiller(t, l.optional, l.optionalLength));
    }

    /**
     * The check digit of one field of {@code t}. Hot path: when {@code t} is the zone as read (no
     * correction, or the as-read verdict after corrections) the normaliser has already summed the
     * field, so this is one shift and one remainder; a corrected copy is summed again with {@link
     * Chars#checkDigit}, which stays the reference implementation (and the oracle of the tests).
     */
    private int fieldDigit(char[] t, int off, int len, int lane) {
        return t == orig ? Layout.lane(fieldSums, lane) % 10 : Chars.checkDigit(t, off, len);
    }

    private int compositeDigit(char[] t) {
        if (t == orig) {
            return compositeSum % 10; // summed by the normaliser, as in fieldDigit
        }
        int[] r = l.compositeRanges;
        int sum = 0;
        int w = 0;
        for (int i = 0; i < r.length; i += 2) {
            sum += Chars.weightedSum(t, r[i], r[i + 1], w);
            w += r[i + 1];
        }
        return sum % 10;
    }

    private boolean compositePasses(char[] t) {
        return t[l.composite] - '0' == compositeDigit(t);
    }

    private static boolean passes(char found, int digit, boolean fillerAllowed) {
        return found - '0' == digit || (fillerAllowed && found == '<' && digit == 0);
    }

    private List<MrzCheck> checks() {
        int n = 3 + (l.expiry < 0 ? -1 : 0) + (l.optionalCheck >= 0 ? 1 : 0) + (l.composite >= 0 ? 1 : 0);
        MrzCheck[] out = new MrzCheck[n];
        boolean corrected = b != orig;
        int k = 0;
        locateNumberCheck(b);
        int pos = numberCheckPos;
        int digit = numberCheckDigit(b);
        boolean ok = numberCheckPasses(b);
        if (ok && b[pos] - '0' != digit) {
            digit = numberCheckDigitWithMarker(b);
            warning(
                    Code.LONG_NUMBER_CHECK_WITH_FILLER,
                    pos,
                    "the long document number's check digit includes the filler at the end of the number field");
        }
        boolean okRead = ok;
        if (corrected) {
            locateNumberCheck(orig);
            okRead = numberCheckPasses(orig);
            locateNumberCheck(b);
        }
        out[k++] = check(MrzCheck.Kind.DOCUMENT_NUMBER, ok, okRead, digit, pos);
        out[k++] = simpleCheck(MrzCheck.Kind.BIRTH_DATE, l.birth, 6, Layout.BIRTH_LANE, l.birthCheck, corrected);
        if (l.expiry >= 0) {
            out[k++] =
                    simpleCheck(MrzCheck.Kind.EXPIRY_DATE, l.expiry, 6, Layout.EXPIRY_LANE, l.expiryCheck, corrected);
        }
        if (l.optionalCheck >= 0) {
            digit = fieldDigit(b, l.optional, l.optionalLength, Layout.OPTIONAL_LANE);
            ok = optionalCheckPasses(b);
            out[k++] = check(
                    MrzCheck.Kind.PERSONAL_NUMBER,
                    ok,
                    corrected ? optionalCheckPasses(orig) : ok,
                    digit,
                    l.optionalCheck);
        }
        if (l.composite >= 0) {
            digit = compositeDigit(b);
            ok = passes(b[l.composite], digit, false);
            out[k++] = check(MrzCheck.Kind.COMPOSITE, ok, corrected ? compositePasses(orig) : ok, digit, l.composite);
        }
        return new FixedList<>(out);
    }

    private MrzCheck simpleCheck(MrzCheck.Kind kind, int off, int len, int lane, int pos, boolean corrected) {
        int digit = fieldDigit(b, off, len, lane);
        boolean ok = passes(b[pos], digit, false);
        boolean okRead = corrected ? passes(orig[pos], fieldDigit(orig, off, len, lane), false) : ok;
        return check(kind, ok, okRead, digit, pos);
    }

    private MrzCheck check(MrzCheck.Kind kind, boolean ok, boolean okRead, int digit, int pos) {
        char expected = (char) ('0' + digit);
        if (ok && okRead && b[pos] == expected) {
            MrzCheck shared = l.passing(kind, digit, pos); // the common case allocates nothing
            if (shared != null) {
                return shared;
            }
        }
        if (!ok) {
            error(
                    Code.CHECK_DIGIT_MISMATCH,
                    pos,
                    kind.key() + " check digit is " + show(b[pos]) + ", the data gives " + expected);
        }
        return new MrzCheck(kind, ok, okRead, expected, b[pos], l.line(pos), l.column(pos));
    }

    // ---- (4) fields ----------------------------------------------------------------------

    private MrzFields fields(long todayEpochDay, int year, int month, int day, int warnDays) {
        String code = code(l.code, 2);
        checkDocumentCode(code);
        String state = code(l.state, 3);
        if (!CodeTable.isKnown(b, l.state)) {
            warning(Code.UNKNOWN_ISSUING_STATE, l.state, "issuing state '" + state + "' is not an ICAO code");
        }
        String nationality = "FRA";
        if (l.nationality >= 0) {
            nationality = code(l.nationality, 3);
            if (!CodeTable.isKnown(b, l.nationality)) {
                warning(
                        Code.UNKNOWN_NATIONALITY,
                        l.nationality,
                        "nationality '" + nationality + "' is not an ICAO code");
            }
        }
        String primary;
        String secondary;
        if (l.name2 >= 0) {
            primary = Names.component(b, l.name, l.nameLength);
            secondary = Names.component(b, l.name2, l.name2Length);
            truncation(l.name, l.nameLength);
            truncation(l.name2, l.name2Length);
        } else {
            int sep = Names.separator(b, l.name, l.nameLength);
            int end = l.name + l.nameLength;
            primary = Names.component(b, l.name, (sep < 0 ? end : sep) - l.name);
            secondary = sep < 0 ? "" : Names.component(b, sep + 2, end - sep - 2);
            truncation(l.name, l.nameLength);
        }
        locateNumberCheck(b);
        String number = trimmed(l.number, l.numberLength);
        String optional;
        if (overflowEnd > 0) {
            number = number + new String(b, l.optional, numberCheckPos - l.optional);
            int end = l.optional + l.optionalLength;
            optional = stripped(overflowEnd, end - overflowEnd);
        } else {
            optional = trimmed(l.optional, l.optionalLength);
        }
        if (number.isEmpty()) {
            error(Code.MISSING_DOCUMENT_NUMBER, l.number, "the document number is empty");
        }
        MrzDate birth = Dates.birth(b, l.birth, year, month, day);
        if (birth == null) {
            error(Code.INVALID_DATE, l.birth, "birth date " + show(l.birth, 6) + " is not a date (YYMMDD)");
        }
        MrzDate expiry = null;
        if (l.expiry >= 0) {
            expiry = Dates.expiry(b, l.expiry, year);
            if (expiry == null) {
                error(Code.INVALID_DATE, l.expiry, "expiry date " + show(l.expiry, 6) + " is not a date (YYMMDD)");
            } else if (expiry.isComplete()) {
                long left = Dates.epochDay(expiry) - todayEpochDay;
                if (left < 0) {
                    warning(Code.DOCUMENT_EXPIRED, l.expiry, "the document expired on " + expiry.iso());
                } else if (left <= warnDays) {
                    warning(
                            Code.DOCUMENT_EXPIRES_SOON,
                            l.expiry,
                            "the document expires on " + expiry.iso() + ", in " + left + " days");
                }
            }
        }
        Sex sex = Sex.of(b[l.sex]);
        if (sex == null) {
            error(Code.INVALID_SEX, l.sex, "sex " + show(b[l.sex]) + " is not F, M, X or <");
        }
        String optional2 = l.optional2 >= 0 ? trimmed(l.optional2, l.optional2Length) : "";
        return new MrzFields(
                code, state, primary, secondary, number, nationality, birth, sex, expiry, optional, optional2);
    }

    private void checkDocumentCode(String code) {
        char c = code.isEmpty() ? '<' : code.charAt(0);
        boolean expected = switch (l.format) {
            case TD3 -> c == 'P';
            case MRVA, MRVB -> c == 'V';
            case FRA_ID -> code.equals("ID");
            case TD1, TD2 -> c == 'I' || c == 'A' || c == 'C';
        };
        if (!expected) {
            warning(
                    Code.UNEXPECTED_DOCUMENT_CODE,
                    l.code,
                    "document code '" + code + "' is unusual for a " + l.format + " document");
        }
    }

    private void truncation(int off, int len) {
        if (Chars.classOf(b[off + len - 1]) == Chars.LETTER) {
            warning(Code.NAME_TRUNCATED, off + len - 1, "the name fills its field and is probably truncated");
        }
    }

    private String trimmed(int off, int len) {
        int e = off + len;
        while (e > off && b[e - 1] == '<') {
            e--;
        }
        return e == off ? "" : new String(b, off, e - off);
    }

    /** A code field (1-3 letters, filler-padded) without fillers; known codes are shared strings. */
    private String code(int off, int len) {
        String known = CodeTable.shared(b, off, len);
        return known != null ? known : trimmed(off, len);
    }

    private String stripped(int off, int len) {
        int s = off;
        int e = off + len;
        while (s < e && b[s] == '<') {
            s++;
        }
        return trimmed(s, e - s);
    }

    private static boolean allFiller(char[] t, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (t[i] != '<') {
                return false;
            }
        }
        return true;
    }

    private String show(int off, int len) {
        return "'" + new String(b, off, len) + "'";
    }

    private static String show(char c) {
        return c >= ' ' && c < 127 ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private void error(Code code, int pos, String message) {
        if (errors == null) {
            errors = new ArrayList<>(4);
        }
        errors.add(new MrzDiagnostic(code, l.line(pos), l.column(pos), message));
    }

    private void warning(Code code, int pos, String message) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(new MrzDiagnostic(code, l.line(pos), l.column(pos), message));
    }
}
