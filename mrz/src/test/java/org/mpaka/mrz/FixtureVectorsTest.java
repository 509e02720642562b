package org.mpaka.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every vector of the shared fixture file, checked against its recorded check-digit results. */
class FixtureVectorsTest {

    private final MrzParser parser = TestClocks.parser();
    private final MrzParser strict = parser.withOcrCorrection(false);
    private final List<FixtureVectors> vectors = FixtureVectors.all();

    @Test
    void readsAllFiftyEightVectors() {
        assertThat(vectors).hasSize(58);
    }

    @Test
    void everyCheckAsReadEqualsTheRecordedResult() throws NotAnMrzException {
        int compared = 0;
        for (FixtureVectors v : vectors) {
            if (v.checks().isEmpty()) {
                continue;
            }
            MrzResult r = parser.parse(v.text());
            MrzResult s = strict.parse(v.text());
            assertThat(r.format().name()).as(v.toString()).isEqualTo(v.format());
            assertThat(r.checks()).as(v.toString()).hasSize(v.checks().size());
            for (Map.Entry<String, Boolean> e : v.checks().entrySet()) {
                MrzCheck.Kind kind = MrzCheck.Kind.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT));
                assertThat(r.check(kind).passedAsRead()).as(v + " " + kind).isEqualTo(e.getValue());
                assertThat(s.check(kind).passed())
                        .as(v + " " + kind + " strict")
                        .isEqualTo(e.getValue());
                if (r.corrections().isEmpty()) {
                    assertThat(r.check(kind).passed()).as(v + " " + kind).isEqualTo(e.getValue());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(150);
    }

    @Test
    void validVectorsAreValidAndFailingChecksAreErrorsOnTheCheckDigit() throws NotAnMrzException {
        for (FixtureVectors v : vectors) {
            if (v.checks().isEmpty()) {
                continue;
            }
            MrzResult s = strict.parse(v.text());
            boolean allPass = v.checks().values().stream().allMatch(b -> b);
            if (allPass) {
                assertThat(s.errors()).as(v.toString()).isEmpty();
                assertThat(s.valid()).as(v.toString()).isTrue();
            }
            for (MrzCheck c : s.checks()) {
                if (!c.passed()) {
                    assertThat(s.errors())
                            .as(v + " " + c.kind())
                            .anyMatch(e -> e.code() == MrzDiagnostic.Code.CHECK_DIGIT_MISMATCH
                                    && e.line() == c.line()
                                    && e.column() == c.column());
                }
            }
        }
    }

    @Test
    void longDocumentNumbersAreJoined() throws NotAnMrzException {
        int seen = 0;
        for (FixtureVectors v : vectors) {
            if (v.longDocumentNumber() != null) {
                assertThat(parser.parse(v.text()).fields().documentNumber())
                        .as(v.toString())
                        .isEqualTo(v.longDocumentNumber());
                seen++;
            }
        }
        assertThat(seen).isEqualTo(8);
    }

    @Test
    void frenchIdCardsAreRecognised() throws NotAnMrzException {
        for (FixtureVectors v : vectors) {
            if (v.format().equals("FR_ID_1988")) {
                MrzResult r = parser.parse(v.text());
                assertThat(r.format()).as(v.toString()).isEqualTo(MrzFormat.FRA_ID);
                assertThat(r.valid()).as(v.toString()).isTrue();
            }
        }
    }

    @Test
    void irregularZonesAreNotMrzs() {
        for (FixtureVectors v : vectors) {
            if (v.format().equals("IRREGULAR")) {
                assertThatThrownBy(() -> parser.parse(v.text()))
                        .as(v.toString())
                        .isInstanceOf(NotAnMrzException.class);
            }
        }
    }
}
