package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrCorrectionTest {

    private final MrzParser parser = TestClocks.parser();

    @Test
    void correctsConfusionsInNumericAndAlphabeticFieldsAndReportsEach() throws NotAnMrzException {
        String noisy = "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O";
        MrzResult r = parser.parse(noisy);
        MrzResult clean = parser.parse(IcaoSpecimenTest.TD3);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields()).isEqualTo(clean.fields());
        assertThat(r.lines()).isEqualTo(clean.lines());
        assertThat(r.corrections())
                .contains(
                        new MrzCorrection(1, 5, "issuing_state", '0', 'O', MrzCorrection.Proof.FIELD_TYPE),
                        new MrzCorrection(1, 10, "name", '5', 'S', MrzCorrection.Proof.FIELD_TYPE),
                        new MrzCorrection(2, 17, "birth_date", 'B', '8', MrzCorrection.Proof.FIELD_TYPE),
                        new MrzCorrection(2, 20, "birth_date_check", 'Z', '2', MrzCorrection.Proof.FIELD_TYPE),
                        new MrzCorrection(2, 44, "composite_check", 'O', '0', MrzCorrection.Proof.FIELD_TYPE))
                .hasSize(10);
        assertThat(r.check(MrzCheck.Kind.BIRTH_DATE).passedAsRead()).isFalse();
        assertThat(r.check(MrzCheck.Kind.BIRTH_DATE).passed()).isTrue();
    }

    @Test
    void correctsAlphanumericFieldOnlyWhenCheckDigitsProveIt() throws NotAnMrzException {
        // document number L898902C3 read as L8989O2C3 (0 -> O): letters are allowed there, so only
        // the check digits can tell
        String noisy = IcaoSpecimenTest.TD3.replace("L898902C36", "L8989O2C36");
        MrzResult r = parser.parse(noisy);
        assertThat(r.corrections())
                .containsExactly(new MrzCorrection(2, 6, "document_number", 'O', '0', MrzCorrection.Proof.CHECK_DIGIT));
        assertThat(r.fields().documentNumber()).isEqualTo("L898902C3");
        assertThat(r.valid()).isTrue();
    }

    @Test
    void leavesAlphanumericFieldAloneWithoutCompositeProof() throws NotAnMrzException {
        String noisy = IcaoSpecimenTest.MRVB.replace("L8988901C4", "L89889O1C4");
        MrzResult r = parser.parse(noisy);
        assertThat(r.corrections()).isEmpty();
        assertThat(r.fields().documentNumber()).isEqualTo("L89889O1C");
        assertThat(r.check(MrzCheck.Kind.DOCUMENT_NUMBER).passed()).isFalse();
        assertThat(r.check(MrzCheck.Kind.DOCUMENT_NUMBER).expected()).isNotEqualTo('4');
        assertThat(r.valid()).isFalse();
    }

    @Test
    void doesNotCorrectFieldWithCharactersThatAreNoConfusion() throws NotAnMrzException {
        String noisy = IcaoSpecimenTest.TD3.replace("7408122F", "74O8X22F");
        MrzResult r = parser.parse(noisy);
        assertThat(r.corrections()).isEmpty();
        assertThat(r.fields().birthDate()).isNull();
        assertThat(r.errors())
                .filteredOn(e -> e.code() == MrzDiagnostic.Code.INVALID_CHARACTER)
                .extracting(MrzDiagnostic::column)
                .containsExactly(16, 18);
    }

    @Test
    void strictParserReportsInsteadOfCorrecting() throws NotAnMrzException {
        String noisy = "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O";
        MrzResult r = parser.withOcrCorrection(false).parse(noisy);
        assertThat(r.corrections()).isEmpty();
        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo(MrzDiagnostic.Code.INVALID_CHARACTER);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(17);
        });
    }
}
