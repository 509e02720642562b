package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A hand-written PAXLST D:05B with every segment the model reads, after the WCO/IATA/ICAO guide. */
class PaxlstTest {

    private static final String MESSAGE = String.join(
            "\n",
            "UNA:+.? '",
            "UNB+UNOA:4+KQ:ZZ+RWAPIU:ZZ+261123:0600+REF1++APIS++++1'",
            "UNG+PAXLST+KENYA AIRWAYS+RWAPIU+261123:0600+G1+UN+D:05B'",
            "UNH+M1+PAXLST:D:05B:UN:IATA+KQ478/261123+01:F'",
            "BGM+745'",
            "RFF+TN:KQ478261123:::1'",
            "NAD+MS+++KQ API DESK'",
            "COM+254-20-1234567:TE+254-20-7654321:FX'",
            "TDT+20+KQ478+++KQ'",
            "LOC+125+NBO'",
            "DTM+189:2611230800:201'",
            "LOC+87+KGL'",
            "DTM+232:2611230930:201'",
            "NAD+FL+++MUKAMANA:ALINE:GRACE+12 KN 5 RD+KIGALI+KGL+00000+RWA'",
            "ATT+2++F'",
            "DTM+329:19900315:102'",
            "MEA+CT++3'",
            "MEA+WT++KGM:42'",
            "GEI+4+ZZZ'",
            "FTX+BAG+++KQ123456'",
            "LOC+22+KGL'",
            "LOC+178+NBO'",
            "LOC+179+KGL'",
            "LOC+174+RWA'",
            "LOC+180+:::HUYE'",
            "EMP+1+CR1:110:111'",
            "NAT+2+RWA'",
            "RFF+AVF:ABC123'",
            "RFF+SEA:23A'",
            "DOC+P:110:111+PC1234567'",
            "DTM+36:20310101'",
            "DTM+182:20210102'",
            "LOC+91+RWA'",
            "DOC+V+V998877'",
            "DTM+36:271231'",
            "LOC+91+KEN'",
            "NAD+FM+++OTIENO:JAMES'",
            "ATT+2++M'",
            "DTM+329:750101'",
            "NAT+2+KEN'",
            "DOC+P+AK000111'",
            "LOC+91+KEN'",
            "XYZ+UNKNOWN'",
            "CNT+42:1'",
            "CNT+41:2'",
            "UNT+43+M1'",
            "UNE+1+G1'",
            "UNZ+1+REF1'");

    private final EdifactMessage message = Corpus.first(MESSAGE);
    private final Paxlst p = Paxlst.from(message);

    @Test
    void readsInterchangeAndMessageMetadata() {
        assertThat(message.interchange().sender()).isEqualTo("KQ");
        assertThat(message.interchange().recipient()).isEqualTo("RWAPIU");
        assertThat(message.interchange().testIndicator()).isTrue();
        assertThat(message.group().groupId()).isEqualTo("PAXLST");
        assertThat(message.commonAccessReference()).isEqualTo("KQ478/261123");
        assertThat(p.documentCode()).isEqualTo("745");
        assertThat(p.isCrewList()).isFalse();
        assertThat(p.references()).containsExactly(new Paxlst.Reference("TN", "KQ478261123"));
        assertThat(p.reportingParty().name()).isEqualTo("KQ API DESK");
        assertThat(p.reportingParty().contacts())
                .containsExactly(
                        new Paxlst.Reference("TE", "254-20-1234567"), new Paxlst.Reference("FX", "254-20-7654321"));
    }

    @Test
    void readsTheFlightLeg() {
        assertThat(p.flights()).singleElement().satisfies(f -> {
            assertThat(f.flightId()).isEqualTo("KQ478");
            assertThat(f.carrier()).isEqualTo("KQ");
            assertThat(f.departurePort()).isEqualTo("NBO");
            assertThat(f.departure()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 0));
            assertThat(f.arrivalPort()).isEqualTo("KGL");
            assertThat(f.arrival()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 30));
        });
    }

    @Test
    void readsEveryPersonSegment() {
        Paxlst.Person a = p.persons().get(0);
        assertThat(a.role()).isEqualTo("FL");
        assertThat(a.surname()).isEqualTo("MUKAMANA");
        assertThat(a.givenNames()).containsExactly("ALINE", "GRACE");
        assertThat(a.address()).isEqualTo(new Paxlst.Address("12 KN 5 RD", "KIGALI", "KGL", "00000", "RWA"));
        assertThat(a.sex()).isEqualTo("F");
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(a.measures())
                .containsExactly(new Paxlst.Measure("CT", null, "3"), new Paxlst.Measure("WT", "KGM", "42"));
        assertThat(a.indicators()).containsExactly("4:ZZZ");
        assertThat(a.freeTexts()).containsExactly("BAG: KQ123456");
        assertThat(a.place("22")).isEqualTo("KGL");
        assertThat(a.place("178")).isEqualTo("NBO");
        assertThat(a.place("179")).isEqualTo("KGL");
        assertThat(a.place("174")).isEqualTo("RWA");
        assertThat(a.place("180")).isEqualTo("HUYE");
        assertThat(a.employment()).isEqualTo("1");
        assertThat(a.nationality()).isEqualTo("RWA");
        assertThat(a.reference("AVF")).isEqualTo("ABC123");
        assertThat(a.reference("SEA")).isEqualTo("23A");
    }

    @Test
    void readsTravelDocumentsWithExpiryIssueDateAndIssuingState() {
        Paxlst.Person a = p.persons().get(0);
        assertThat(a.documents()).hasSize(2);
        Paxlst.TravelDocument passport = a.documents().get(0);
        assertThat(passport.type()).isEqualTo("P");
        assertThat(passport.number()).isEqualTo("PC1234567");
        assertThat(passport.expiry()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(passport.issued()).isEqualTo(LocalDate.of(2021, 1, 2));
        assertThat(passport.issuingState()).isEqualTo("RWA");
        Paxlst.TravelDocument visa = a.documents().get(1);
        assertThat(visa.type()).isEqualTo("V");
        assertThat(visa.expiry()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(visa.issuingState()).isEqualTo("KEN");
    }

    @Test
    void twoDigitBirthYearsAreInThePast() {
        assertThat(p.persons().get(1).birthDate()).isEqualTo(LocalDate.of(1975, 1, 1));
    }

    @Test
    void unknownSegmentsAreKeptAndReported() {
        assertThat(p.unknownSegments()).extracting(Segment::tag).containsExactly("XYZ");
        assertThat(message.diagnostics())
                .filteredOn(d -> d.code().equals("UNKNOWN_SEGMENT"))
                .singleElement()
                .satisfies(d -> assertThat(d.segmentNumber()).isEqualTo(40));
    }

    @Test
    void countsAreCheckedPerPassengersAndCrew() {
        assertThat(message.diagnostics())
                .filteredOn(d -> d.code().equals("CNT_MISMATCH"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("CNT 41 declares 2 crew members, the message has 1"));
        assertThat(message.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("UNKNOWN_SEGMENT", "CNT_MISMATCH");
    }
}
