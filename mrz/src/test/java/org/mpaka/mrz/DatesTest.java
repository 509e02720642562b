package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static MrzDocument td3(MrzDate birth, MrzDate expiry) {
        return new MrzDocument(
                MrzFormat.TD3, "P", "RWA", "Uwase", "Aline", "PC1234567", "RWA", birth, Sex.FEMALE, expiry, "", "");
    }

    private static MrzResult parseOn(LocalDate today, MrzDocument d) throws NotAnMrzException {
        return MrzParser.standard().withClock(TestClocks.on(today)).parse(MrzWriter.write(d));
    }

    @Test
    void putsBirthDatesInThePastAndExpiryDatesUpToTwentyYearsAhead() throws NotAnMrzException {
        LocalDate today = LocalDate.of(2026, 1, 15);
        MrzResult r = parseOn(today, td3(new MrzDate(2026, 1, 15), new MrzDate(2046, 1, 1)));
        assertThat(r.fields().birthDate()).isEqualTo(new MrzDate(2026, 1, 15));
        assertThat(r.fields().expiryDate()).isEqualTo(new MrzDate(2046, 1, 1));
        r = parseOn(today, td3(new MrzDate(1926, 1, 16), new MrzDate(1947, 1, 1)));
        assertThat(r.fields().birthDate())
                .as("tomorrow's day in 2026 cannot be a birth date")
                .isEqualTo(new MrzDate(1926, 1, 16));
        assertThat(r.fields().expiryDate()).isEqualTo(new MrzDate(1947, 1, 1));
    }

    @Test
    void followsTheInjectedClockAcrossCenturies() throws NotAnMrzException {
        MrzResult r = parseOn(LocalDate.of(2095, 6, 1), td3(new MrzDate(2090, 1, 1), new MrzDate(2105, 1, 1)));
        assertThat(r.fields().birthDate().year()).isEqualTo(2090);
        assertThat(r.fields().expiryDate().year()).isEqualTo(2105);
    }

    @Test
    void keepsUnknownPartsUnknown() throws NotAnMrzException {
        MrzResult r = parseOn(TestClocks.TODAY, td3(new MrzDate(1980, 0, 0), new MrzDate(2030, 5, 1)));
        assertThat(r.valid()).isTrue();
        assertThat(r.fields().birthDate()).isEqualTo(new MrzDate(1980, 0, 0));
        assertThat(r.fields().birthDate().iso()).isEqualTo("1980-XX-XX");
        assertThat(r.fields().birthDate().toLocalDate()).isEmpty();
        assertThat(r.lines().get(1)).contains("RWA80<<<<");
    }

    @Test
    void reportsImpossibleDatesAsErrorsWithPosition() throws NotAnMrzException {
        // 30 February, with check digits that match the characters
        String l2 = "PC12345674RWA8002300F3005017<<<<<<<<<<<<<<<";
        String zone = "P<RWAUWASE<<ALINE<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + fixComposite(l2);
        MrzResult r = TestClocks.parser().parse(zone);
        assertThat(r.fields().birthDate()).isNull();
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo(MrzDiagnostic.Code.INVALID_DATE);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(14);
        });
        assertThat(r.valid()).isFalse();
    }

    private static String fixComposite(String l2) {
        String s =
                l2.substring(0, 19) + org.mpaka.mrz.internal.Chars.checkDigit(l2.substring(13, 19)) + l2.substring(20);
        s = s.substring(0, 42) + "<";
        return s
                + org.mpaka.mrz.internal.Chars.checkDigit(
                        s.substring(0, 10) + s.substring(13, 20) + s.substring(21, 43));
    }
}
