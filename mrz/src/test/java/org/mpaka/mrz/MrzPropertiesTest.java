package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mpaka.mrz.internal.Chars;

/** Properties over generated documents and arbitrary text. */
class MrzPropertiesTest {

    private static final MrzParser PARSER = TestClocks.parser();
    private static final List<FixtureVectors> VECTORS = FixtureVectors.all();

    @Property
    void writeThenParseGivesBackTheSameFields(@ForAll("documents") MrzDocument d) throws NotAnMrzException {
        MrzResult r = PARSER.parse(MrzWriter.write(d));
        assertThat(r.format()).isEqualTo(d.format());
        assertThat(r.errors()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.corrections()).isEmpty();
        MrzFields f = r.fields();
        assertThat(f.documentCode()).isEqualTo(d.documentCode());
        assertThat(f.issuingState()).isEqualTo(d.issuingState());
        assertThat(f.primaryIdentifier()).isEqualTo(d.primaryIdentifier());
        assertThat(f.secondaryIdentifier()).isEqualTo(d.secondaryIdentifier());
        assertThat(f.documentNumber()).isEqualTo(d.documentNumber());
        assertThat(f.nationality()).isEqualTo(d.nationality());
        assertThat(f.birthDate()).isEqualTo(d.birthDate());
        assertThat(f.sex()).isEqualTo(d.sex());
        assertThat(f.expiryDate()).isEqualTo(d.expiryDate());
        assertThat(f.optionalData()).isEqualTo(d.optionalData());
        assertThat(f.optionalData2()).isEqualTo(d.optionalData2());
    }

    @Property
    void arbitraryTextOnlyEverThrowsNotAnMrz(@ForAll String text) {
        parseSafely(text);
    }

    @Property
    void arbitraryMrzAlphabetTextOnlyEverThrowsNotAnMrz(@ForAll("mrzLikeText") String text) {
        parseSafely(text);
    }

    @Property
    void mutatedRealZonesOnlyEverThrowNotAnMrz(
            @ForAll @IntRange(min = 0, max = 57) int vector,
            @ForAll @IntRange(min = 0, max = 200) int position,
            @ForAll @IntRange(min = 0, max = 3) int operation,
            @ForAll char replacement,
            @ForAll @IntRange(min = 1, max = 6) int times) {
        StringBuilder s = new StringBuilder(VECTORS.get(vector).text());
        for (int k = 0; k < times && !s.isEmpty(); k++) {
            int p = (position * (k + 1)) % s.length();
            switch (operation) {
                case 0 -> s.setCharAt(p, replacement);
                case 1 -> s.insert(p, replacement);
                case 2 -> s.deleteCharAt(p);
                default -> s.setCharAt(p, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<\n ".charAt(replacement % 39));
            }
        }
        parseSafely(s.toString());
    }

    @Property
    void confusionsInNumericFieldsAreCorrectedBackToTheOriginal(
            @ForAll("documents") MrzDocument d, @ForAll @IntRange(min = 0, max = 11) int which)
            throws NotAnMrzException {
        String zone = MrzWriter.write(d);
        MrzResult clean = PARSER.parse(zone);
        // a digit of the birth or expiry date (or its check digit) read as the letter it looks like
        String dates =
                clean.fields().birthDate().iso() + clean.fields().expiryDate().iso();
        int line = d.format() == MrzFormat.TD1 ? 1 : 1;
        int start = d.format() == MrzFormat.TD1 ? 0 : 13;
        String l2 = zone.split("\n")[line];
        int[] offsets = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12};
        int p = start + offsets[which];
        char c = l2.charAt(p);
        char letter = Chars.toLetter(c);
        if (letter == 0) {
            return;
        }
        String noisyLine = l2.substring(0, p) + letter + l2.substring(p + 1);
        String[] lines = zone.split("\n");
        lines[line] = noisyLine;
        MrzResult r = PARSER.parse(String.join("\n", lines));
        assertThat(r.valid()).isTrue();
        assertThat(r.fields()).isEqualTo(clean.fields());
        assertThat(r.lines()).isEqualTo(clean.lines());
        assertThat(r.corrections()).singleElement().satisfies(k -> {
            assertThat(k.from()).isEqualTo(letter);
            assertThat(k.to()).isEqualTo(c);
            assertThat(k.proof()).isEqualTo(MrzCorrection.Proof.FIELD_TYPE);
            assertThat(k.line()).isEqualTo(2);
            assertThat(k.column()).isEqualTo(p + 1);
        });
    }

    private static void parseSafely(String text) {
        try {
            MrzResult r = PARSER.parse(text);
            assertThat(r.lines()).hasSize(r.format().lines());
            if (r.valid()) {
                assertThat(r.checks()).allMatch(MrzCheck::passed);
            }
        } catch (NotAnMrzException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mrzLikeText() {
        return Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<\n\r abcoilsz")
                .ofMinLength(0)
                .ofMaxLength(140);
    }

    @Provide
    Arbitrary<MrzDocument> documents() {
        Arbitrary<MrzFormat> format =
                Arbitraries.of(MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3, MrzFormat.MRVA, MrzFormat.MRVB);
        Arbitrary<String> word =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6); // fits TD1's 30
        Arbitrary<String> names = word.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(" ", l));
        Arbitrary<String> code = Arbitraries.of(IcaoCodes.all()).map(IcaoCodes.Code::code);
        net.jqwik.api.arbitraries.StringArbitrary alnum =
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9');
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(TestClocks.TODAY.minusYears(99).toEpochDay(), TestClocks.TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> expiry = Arbitraries.longs()
                .between(
                        TestClocks.TODAY.minusYears(50).toEpochDay(),
                        TestClocks.TODAY.plusYears(19).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(
                        format,
                        Combinators.combine(code, code, names, names).as(List::of),
                        alnum.ofMinLength(1).ofMaxLength(12),
                        birth,
                        expiry,
                        Arbitraries.of(Sex.values()),
                        alnum.ofMinLength(0).ofMaxLength(6),
                        alnum.ofMinLength(0).ofMaxLength(11))
                .as((f, c, number, b, e, sex, opt, opt2) -> {
                    String num = f == MrzFormat.TD1 || f == MrzFormat.TD2
                            ? number
                            : number.substring(0, Math.min(9, number.length()));
                    // TD2 overflow + check + filler + optional data must fit 7 characters
                    String o = f == MrzFormat.TD2 && num.length() > 9 ? "" : opt;
                    return new MrzDocument(
                            f,
                            f == MrzFormat.MRVA || f == MrzFormat.MRVB ? "V" : f == MrzFormat.TD3 ? "P" : "ID",
                            c.get(0),
                            c.get(2),
                            c.get(3),
                            num,
                            c.get(1),
                            MrzDate.of(b),
                            sex,
                            MrzDate.of(e),
                            o,
                            f == MrzFormat.TD1 ? opt2 : "");
                });
    }
}
