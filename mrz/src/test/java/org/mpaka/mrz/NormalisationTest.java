package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalisationTest {

    private final MrzParser parser = TestClocks.parser();

    @Test
    void acceptsLowerCaseSpacesAndCrLf() throws NotAnMrzException {
        String messy =
                "  " + IcaoSpecimenTest.TD3.toLowerCase(java.util.Locale.ROOT).replace("\n", "  \r\n\t") + " \r\n";
        MrzResult r = parser.parse(messy);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void acceptsTheLinesInOneString() throws NotAnMrzException {
        assertThat(parser.parse(IcaoSpecimenTest.TD3.replace("\n", "")).valid()).isTrue();
        assertThat(parser.parse(IcaoSpecimenTest.TD3.replace("\n", " ")).valid())
                .isTrue();
        assertThat(parser.parse(IcaoSpecimenTest.TD1.replace("\n", "")).format())
                .isEqualTo(MrzFormat.TD1);
        assertThat(parser.parse(IcaoSpecimenTest.TD2.replace("\n", "")).format())
                .isEqualTo(MrzFormat.TD2);
    }

    @Test
    void readsLineOfWrongLengthButReportsIt() throws NotAnMrzException {
        String shortLine = IcaoSpecimenTest.TD3.replace("<<<<<<<<<<<<<<<<<<<\n", "<<<<<<<<<<<<<<<<<<\n");
        MrzResult r = parser.parse(shortLine);
        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(r.fields().secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(MrzDiagnostic.Code.LINE_LENGTH);
            assertThat(e.line()).isEqualTo(1);
        });
        assertThat(r.valid()).isFalse();
    }

    @Test
    void rejectsTextThatIsNotAnMrz() {
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(NotAnMrzException.class);
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(NotAnMrzException.class);
        assertThatThrownBy(() -> parser.parse("D1FRA13AA000026181231MARTIN<<9"))
                .isInstanceOf(NotAnMrzException.class)
                .hasMessageContaining("2 or 3 lines");
        assertThatThrownBy(() -> parser.parse("FACHE305142128097<<800126<<<<<\nMARCHAND<<FABIENNE<<<<<<<<<<<<"))
                .isInstanceOf(NotAnMrzException.class)
                .satisfies(e -> assertThat(((NotAnMrzException) e).line()).isEqualTo(1));
        assertThatThrownBy(() -> parser.parse("a\nb\nc\nd")).isInstanceOf(NotAnMrzException.class);
        assertThatThrownBy(() -> parser.parse("Dear officer, this is not the machine readable zone!!\n"
                        + "Ceci n'est pas une zone lisible par machine, merci. .."))
                .isInstanceOf(NotAnMrzException.class);
    }

    @Test
    void reportsForeignCharactersWithLineAndColumn() throws NotAnMrzException {
        MrzResult r = parser.parse(IcaoSpecimenTest.TD2.replace("ANNA<MARIA", "ANNA#MARIA"));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(MrzDiagnostic.Code.INVALID_CHARACTER);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(20);
        });
    }
}
