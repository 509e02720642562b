package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MrzWriterTest {

    private static final MrzDate BIRTH = new MrzDate(1974, 8, 12);
    private static final MrzDate EXPIRY = new MrzDate(2012, 4, 15);

    private static MrzDocument eriksson(MrzFormat f, String code, String number, String optional) {
        return new MrzDocument(
                f, code, "UTO", "Eriksson", "Anna María", number, "UTO", BIRTH, Sex.FEMALE, EXPIRY, optional, "");
    }

    private static MrzDocument visa(MrzFormat f, String optional) {
        return new MrzDocument(
                f,
                "V",
                "UTO",
                "ERIKSSON",
                "ANNA MARIA",
                "L8988901C",
                "XXX",
                new MrzDate(1940, 9, 7),
                Sex.FEMALE,
                new MrzDate(1996, 12, 10),
                optional,
                "");
    }

    @Test
    void writesTheIcaoSpecimensOfEveryFormat() {
        assertThat(MrzWriter.write(eriksson(MrzFormat.TD3, "P", "L898902C3", "ZE184226B")))
                .isEqualTo(IcaoSpecimenTest.TD3);
        assertThat(MrzWriter.write(eriksson(MrzFormat.TD2, "I", "D23145890", "")))
                .isEqualTo(IcaoSpecimenTest.TD2);
        assertThat(MrzWriter.write(eriksson(MrzFormat.TD1, "I", "D23145890", "")))
                .isEqualTo(IcaoSpecimenTest.TD1);
        assertThat(MrzWriter.write(visa(MrzFormat.MRVA, "6ZE184226B"))).isEqualTo(IcaoSpecimenTest.MRVA);
        assertThat(MrzWriter.write(visa(MrzFormat.MRVB, ""))).isEqualTo(IcaoSpecimenTest.MRVB);
    }

    @Test
    void writesLongDocumentNumbersIntoTheOptionalData() throws NotAnMrzException {
        String zone = MrzWriter.write(eriksson(MrzFormat.TD1, "I", "D23145890123", ""));
        assertThat(zone).startsWith("I<UTOD23145890<1233<<<<<<<<<<<\n");
        MrzResult r = TestClocks.parser().parse(zone);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().documentNumber()).isEqualTo("D23145890123");
        MrzResult td2 = TestClocks.parser().parse(MrzWriter.write(eriksson(MrzFormat.TD2, "I", "D231458901", "X")));
        assertThat(td2.valid()).isTrue();
        assertThat(td2.fields().documentNumber()).isEqualTo("D231458901");
        assertThat(td2.fields().optionalData()).isEqualTo("X");
    }

    @Test
    void transliteratesNamesAsIcaoPart3() {
        assertThat(Transliteration.toMrz("Ångström")).isEqualTo("AANGSTROEM");
        assertThat(Transliteration.toMrz("Ängström", false)).isEqualTo("ANGSTROM");
        assertThat(Transliteration.toMrz("Müller-Lüdenscheidt")).isEqualTo("MUELLER<LUEDENSCHEIDT");
        assertThat(Transliteration.toMrz("Straße")).isEqualTo("STRASSE");
        assertThat(Transliteration.toMrz("Muñoz José")).isEqualTo("MUNOZ<JOSE");
        assertThat(Transliteration.toMrz("O'Brien")).isEqualTo("OBRIEN");
        assertThat(Transliteration.toMrz("Jean de Dieu")).isEqualTo("JEAN<DE<DIEU");
        assertThat(Transliteration.toMrz("Søren Þór Æsa")).isEqualTo("SOEREN<THOR<AESA");
        assertThat(Transliteration.toMrz("Łukasz Dvořák")).isEqualTo("LUKASZ<DVORAK");
        assertThat(Transliteration.toMrz("Ткаченко Марiя")).isEqualTo("TKACHENKO<MARIIA");
        assertThat(Transliteration.toMrz("  St. John  -  Smythe ")).isEqualTo("ST<JOHN<SMYTHE");
    }

    @Test
    void refusesWhatAnMrzCannotHold() {
        assertThatThrownBy(() -> Transliteration.toMrz("Louis 14")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transliteration.toMrz("王")).hasMessageContaining("U+738B");
        assertThatThrownBy(() -> MrzWriter.write(eriksson(MrzFormat.TD3, "P", "L898902C31", "")))
                .hasMessageContaining("documentNumber");
        assertThatThrownBy(() -> MrzWriter.write(eriksson(MrzFormat.TD3, "P", "L898902C3", "123456789012345")))
                .hasMessageContaining("optionalData");
        assertThatThrownBy(() -> MrzWriter.write(eriksson(MrzFormat.TD3, "1", "L898902C3", "")))
                .hasMessageContaining("documentCode");
    }

    @Test
    void truncatesLongNamesSoThatReadersSeeIt() throws NotAnMrzException {
        MrzDocument d = new MrzDocument(
                MrzFormat.TD1,
                "I",
                "PRT",
                "Caçador de Araújo",
                "André Estevão",
                "007777779ZZ9",
                "PRT",
                new MrzDate(1983, 3, 14),
                Sex.MALE,
                new MrzDate(2034, 5, 28),
                "",
                "");
        String zone = MrzWriter.write(d);
        assertThat(zone.split("\n")[2]).isEqualTo("CACADOR<DE<ARAUJO<<ANDRE<ESTEV");
        assertThat(zone)
                .isEqualTo(
                        "I<PRT007777779<ZZ92<<<<<<<<<<<\n8303143M3405282PRT<<<<<<<<<<<2\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV");
        MrzResult r = TestClocks.parser().parse(zone);
        assertThat(r.has(MrzDiagnostic.Code.NAME_TRUNCATED)).isTrue();
        assertThat(MrzWriter.nameField("Nilavadhanananda", "Chayapa Dejthamrong Krasuang", 30))
                .isEqualTo("NILAVADHANANANDA<<CHAYAPA<DEJT");
        assertThat(MrzWriter.nameField("Nilavadhanananda Nilavadhanananda", "Chayapa", 30))
                .isEqualTo("NILAVADHANANANDA<NILAVADHANANA");
        assertThat(MrzWriter.nameField("Abcdefghijklmnopqrstuvwxyzab", "Chayapa", 30))
                .as("a cut at a component boundary keeps no dangling initial")
                .isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZAB<<");
    }
}
