package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpaka.mrz.internal.Chars;

/**
 * The parser gives exactly the result of the reference implementation ({@code
 * org.mpaka.mrz.reference}, a frozen copy of the engine before the speed work of the parse path)
 * on seeded random input: fixture vectors, written documents of every format, and both mutated in
 * many ways (OCR confusions, lower case, spaces, CR LF, wrong lengths, foreign characters, lines
 * joined), parsed with OCR correction on and off and on several days. Equal means the same {@link
 * MrzResult} (every field, check, correction and diagnostic with its message) or the same {@link
 * NotAnMrzException} message and line.
 */
class ReferenceParserTest {

    private static final String MRZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final String CONFUSABLE = "OIBSZG018526";
    private static final String FOREIGN = " \t\r\n?#*.-éÄßŁЖ\u00A0\u0416abcoisz";

    @Test
    void fixtureVectorsAndTheirMutationsParseAsInTheReference() {
        Random random = new Random(31L);
        int compared = 0;
        for (FixtureVectors v : FixtureVectors.all()) {
            compared += compareAll(v.text());
            for (int k = 0; k < 300; k++) {
                compared += compareAll(mutate(v.text(), random));
            }
        }
        assertThat(compared).isGreaterThan(50_000);
    }

    @Test
    void writtenDocumentsAndTheirMutationsParseAsInTheReference() {
        Random random = new Random(20261123L);
        int compared = 0;
        for (int k = 0; k < 1_500; k++) {
            String zone = k % 6 == 5 ? frenchCard(random) : MrzWriter.write(document(random));
            compared += compareAll(zone);
            for (int m = 0; m < 20; m++) {
                compared += compareAll(mutate(zone, random));
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void randomTextParsesAsInTheReference() {
        Random random = new Random(7L);
        int compared = 0;
        for (int k = 0; k < 8_000; k++) {
            int[] lengths = {30, 36, 44};
            int len = lengths[random.nextInt(3)] + (random.nextInt(4) == 0 ? random.nextInt(9) - 4 : 0);
            int lines = 2 + random.nextInt(2);
            StringBuilder s = new StringBuilder();
            for (int l = 0; l < lines; l++) {
                if (l > 0) {
                    s.append(random.nextBoolean() ? "\n" : "\r\n");
                }
                for (int i = 0; i < len; i++) {
                    s.append(
                            random.nextInt(30) == 0
                                    ? FOREIGN.charAt(random.nextInt(FOREIGN.length()))
                                    : MRZ.charAt(random.nextInt(MRZ.length())));
                }
            }
            compared += compareAll(s.toString());
        }
        assertThat(compared).isEqualTo(8_000 * 6);
    }

    @Test
    void nameFieldsOfEveryShapeParseAsInTheReference() {
        String td3Lower = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        String td1Upper = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6";
        String[] names = {
            "ERIKSSON<<ANNA<MARIA",
            "ERIKSSON",
            "ERIKSSON<<",
            "<ERIKSSON<<ANNA",
            "<<ANNA<MARIA",
            "ERIKSSON<<<ANNA",
            "ERIKSSON<<ANNA<<MARIA",
            "ERIKSSON<<ANNA<<<MARIA",
            "VAN<DER<BERG<<ANNA",
            "ERIK SSON<<ANNA",
            "ERIKSSON<<AN NA",
            "A<B<C<D<E<F<G<H<I<J<K<L<M<N<O<P<Q<R<S<T",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<X",
            "",
        };
        int compared = 0;
        for (String name : names) {
            compared += compareAll("P<UTO" + pad(name, 39) + "\n" + td3Lower);
            compared += compareAll(td1Upper + "\n" + pad(name, 30));
        }
        assertThat(compared).isEqualTo(names.length * 2 * 6);
    }

    /** Compares with OCR correction on and off, on three days; returns the number of comparisons. */
    private static int compareAll(String text) {
        int n = 0;
        for (LocalDate day : new LocalDate[] {TestClocks.TODAY, LocalDate.of(2012, 4, 1), LocalDate.of(2031, 6, 20)}) {
            for (boolean ocr : new boolean[] {true, false}) {
                compare(text, day, ocr);
                n++;
            }
        }
        return n;
    }

    private static void compare(String text, LocalDate day, boolean ocr) {
        Object expected;
        try {
            expected = org.mpaka.mrz.reference.ZoneParser.parse(
                    org.mpaka.mrz.reference.Normaliser.normalise(text),
                    ocr,
                    day.toEpochDay(),
                    day.getYear(),
                    day.getMonthValue(),
                    day.getDayOfMonth(),
                    MrzParser.DEFAULT_EXPIRY_WARNING_DAYS);
        } catch (NotAnMrzException e) {
            expected = "NotAnMrzException line " + e.line() + ": " + e.getMessage();
        }
        Object actual;
        try {
            actual = MrzParser.standard()
                    .withClock(TestClocks.on(day))
                    .withOcrCorrection(ocr)
                    .parse(text);
        } catch (NotAnMrzException e) {
            actual = "NotAnMrzException line " + e.line() + ": " + e.getMessage();
        }
        assertThat(actual).as("%s (ocr %s, %s)", text, ocr, day).isEqualTo(expected);
    }

    private static String mutate(String zone, Random random) {
        StringBuilder s = new StringBuilder(zone);
        int ops = 1 + random.nextInt(3);
        for (int k = 0; k < ops && !s.isEmpty(); k++) {
            int p = random.nextInt(s.length());
            char c = s.charAt(p);
            switch (random.nextInt(12)) {
                case 0, 1, 2 -> {
                    // an OCR confusion
                    int i = CONFUSABLE.indexOf(c);
                    if (i >= 0) {
                        s.setCharAt(p, CONFUSABLE.charAt((i + 6) % 12));
                    }
                }
                case 3 -> s.setCharAt(p, MRZ.charAt(random.nextInt(MRZ.length())));
                case 4 -> s.setCharAt(p, FOREIGN.charAt(random.nextInt(FOREIGN.length())));
                case 5 -> s.insert(p, MRZ.charAt(random.nextInt(MRZ.length())));
                case 6 -> s.deleteCharAt(p);
                case 7 -> {
                    String lower = s.toString().toLowerCase(Locale.ROOT);
                    s.setLength(0);
                    s.append(lower);
                }
                case 8 -> {
                    String crlf = s.toString().replace("\n", "\r\n");
                    s.setLength(0);
                    s.append(crlf);
                }
                case 9 -> s.append(random.nextBoolean() ? "\n" : "  \r\n");
                case 10 -> {
                    String joined = s.toString().replace("\n", random.nextBoolean() ? "" : " ");
                    s.setLength(0);
                    s.append(joined);
                }
                default -> s.insert(0, "  ");
            }
        }
        return s.toString();
    }

    /** A French national identity card (the writer does not write this layout). */
    private static String frenchCard(Random random) {
        String name = pad(names(random, 2).replace(' ', '<').replace('-', '<'), 25);
        String l1 = "IDFRA" + name + String.format(Locale.ROOT, "%03d%03d", random.nextInt(1000), random.nextInt(1000));
        String number =
                String.format(Locale.ROOT, "%02d%02d", random.nextInt(30), 1 + random.nextInt(12)) + alnum(random, 8);
        LocalDate birth = TestClocks.TODAY.minusDays(random.nextInt(99 * 365));
        String b = String.format(
                Locale.ROOT, "%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth());
        String l2 = number
                + Chars.checkDigit(number)
                + pad(names(random, 2).replace(' ', '<'), 14)
                + b
                + Chars.checkDigit(b)
                + "MF".charAt(random.nextInt(2));
        return l1 + "\n" + l2 + Chars.checkDigit(l1 + l2);
    }

    private static String pad(String s, int len) {
        String t = s.length() > len ? s.substring(0, len) : s;
        return t + "<".repeat(len - t.length());
    }

    private static MrzDocument document(Random random) {
        MrzFormat format = MrzFormat.values()[random.nextInt(MrzFormat.values().length - 1)]; // not FRA_ID
        List<IcaoCodes.Code> codes = IcaoCodes.all();
        boolean longCapable = format == MrzFormat.TD1 || format == MrzFormat.TD2;
        String number = alnum(random, 1 + random.nextInt(longCapable ? 12 : 9));
        String optional = format == MrzFormat.TD2 && number.length() > 9 ? "" : alnum(random, random.nextInt(7));
        LocalDate birth = TestClocks.TODAY.minusDays(random.nextInt(99 * 365));
        LocalDate expiry = TestClocks.TODAY.minusDays(50 * 365).plusDays(random.nextInt(69 * 365));
        String code = switch (format) {
            case TD3 -> "P";
            case MRVA, MRVB -> "V";
            case TD1, TD2, FRA_ID -> random.nextBoolean() ? "ID" : "I";
        };
        String primary = names(random, format == MrzFormat.TD1 ? 2 : 3);
        return new MrzDocument(
                format,
                code,
                codes.get(random.nextInt(codes.size())).code(),
                primary.isEmpty() ? "X" : primary,
                names(random, 2),
                number,
                codes.get(random.nextInt(codes.size())).code(),
                MrzDate.of(birth),
                Sex.values()[random.nextInt(Sex.values().length)],
                MrzDate.of(expiry),
                optional,
                format == MrzFormat.TD1 ? alnum(random, random.nextInt(11)) : "");
    }

    private static String names(Random random, int max) {
        List<String> parts = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            int len = 1 + random.nextInt(9);
            for (int k = 0; k < len; k++) {
                w.append((char) ('A' + random.nextInt(26)));
            }
            parts.add(w.toString());
        }
        return String.join(random.nextInt(5) == 0 ? "-" : " ", parts);
    }

    private static String alnum(Random random, int len) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < len; i++) {
            s.append(MRZ.charAt(random.nextInt(MRZ.length() - 1)));
        }
        return s.toString();
    }
}
