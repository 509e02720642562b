package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "UTOPIA / ERIKSSON ANNA MARIA" specimens of ICAO Doc 9303 for every format. */
class IcaoSpecimenTest {

    static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";
    static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    static final String MRVA =
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<";
    static final String MRVB = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<";

    private final MrzParser parser = TestClocks.parser();

    @Test
    void readsTd3PassportSpecimen() throws NotAnMrzException {
        MrzResult r = parser.parse(TD3);
        assertThat(r.format()).isEqualTo(MrzFormat.TD3);
        assertThat(r.valid()).isTrue();
        assertThat(r.checks())
                .extracting(MrzCheck::kind)
                .containsExactly(
                        MrzCheck.Kind.DOCUMENT_NUMBER,
                        MrzCheck.Kind.BIRTH_DATE,
                        MrzCheck.Kind.EXPIRY_DATE,
                        MrzCheck.Kind.PERSONAL_NUMBER,
                        MrzCheck.Kind.COMPOSITE);
        assertThat(r.fields())
                .isEqualTo(new MrzFields(
                        "P",
                        "UTO",
                        "ERIKSSON",
                        "ANNA MARIA",
                        "L898902C3",
                        "UTO",
                        new MrzDate(1974, 8, 12),
                        Sex.FEMALE,
                        new MrzDate(2012, 4, 15),
                        "ZE184226B",
                        ""));
        assertThat(r.fields().birthDate().iso()).isEqualTo("1974-08-12");
        assertThat(r.has(MrzDiagnostic.Code.DOCUMENT_EXPIRED)).isTrue();
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void readsTd2CardSpecimen() throws NotAnMrzException {
        MrzResult r = parser.parse(TD2);
        assertThat(r.format()).isEqualTo(MrzFormat.TD2);
        assertThat(r.valid()).isTrue();
        assertThat(r.checks()).hasSize(4).allMatch(MrzCheck::passed);
        assertThat(r.fields().documentNumber()).isEqualTo("D23145890");
        assertThat(r.fields().secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(r.fields().expiryDate()).isEqualTo(new MrzDate(2012, 4, 15));
    }

    @Test
    void readsTd1CardSpecimen() throws NotAnMrzException {
        MrzResult r = parser.parse(TD1);
        assertThat(r.format()).isEqualTo(MrzFormat.TD1);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().documentCode()).isEqualTo("I");
        assertThat(r.fields().primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(r.fields().nationality()).isEqualTo("UTO");
        assertThat(r.check(MrzCheck.Kind.COMPOSITE).expected()).isEqualTo('6');
    }

    @Test
    void readsMrvaVisaSpecimenWithoutCompositeCheck() throws NotAnMrzException {
        MrzResult r = parser.parse(MRVA);
        assertThat(r.format()).isEqualTo(MrzFormat.MRVA);
        assertThat(r.valid()).isTrue();
        assertThat(r.check(MrzCheck.Kind.COMPOSITE)).isNull();
        assertThat(r.fields().nationality()).isEqualTo("XXX");
        assertThat(r.fields().birthDate()).isEqualTo(new MrzDate(1940, 9, 7));
        assertThat(r.fields().expiryDate()).isEqualTo(new MrzDate(1996, 12, 10));
        assertThat(r.fields().optionalData()).isEqualTo("6ZE184226B");
    }

    @Test
    void readsMrvbVisaSpecimen() throws NotAnMrzException {
        MrzResult r = parser.parse(MRVB);
        assertThat(r.format()).isEqualTo(MrzFormat.MRVB);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().documentNumber()).isEqualTo("L8988901C");
        assertThat(r.fields().optionalData()).isEmpty();
    }

    @Test
    void readsFrenchNationalIdCard() throws NotAnMrzException {
        MrzResult r = parser.parse("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n9409923102854CORINNE<<<<<<<6512068F4");
        assertThat(r.format()).isEqualTo(MrzFormat.FRA_ID);
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().documentNumber()).isEqualTo("940992310285");
        assertThat(r.fields().primaryIdentifier()).isEqualTo("BERTHIER");
        assertThat(r.fields().secondaryIdentifier()).isEqualTo("CORINNE");
        assertThat(r.fields().expiryDate()).isNull();
        assertThat(r.check(MrzCheck.Kind.EXPIRY_DATE)).isNull();
    }

    @Test
    void warnsBeforeExpiryAndAfterIt() throws NotAnMrzException {
        MrzResult soon = MrzParser.standard()
                .withClock(TestClocks.on(LocalDate.of(2012, 4, 1)))
                .parse(TD3);
        assertThat(soon.has(MrzDiagnostic.Code.DOCUMENT_EXPIRES_SOON)).isTrue();
        assertThat(soon.has(MrzDiagnostic.Code.DOCUMENT_EXPIRED)).isFalse();
        assertThat(soon.valid()).isTrue();
        MrzResult notYet = MrzParser.standard()
                .withClock(TestClocks.on(LocalDate.of(2012, 4, 1)))
                .withExpiryWarningDays(7)
                .parse(TD3);
        assertThat(notYet.warnings()).isEmpty();
        MrzResult expired = MrzParser.standard()
                .withClock(TestClocks.on(LocalDate.of(2012, 4, 16)))
                .parse(TD3);
        assertThat(expired.has(MrzDiagnostic.Code.DOCUMENT_EXPIRED)).isTrue();
    }
}
