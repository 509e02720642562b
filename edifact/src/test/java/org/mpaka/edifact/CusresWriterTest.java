package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CUSRES output is checked by reading it back with the library's own reader. */
class CusresWriterTest {

    private static final CusresWriter.Envelope ENV =
            new CusresWriter.Envelope("RWAPIU", "AIR1", "R0001", LocalDateTime.of(2026, 11, 23, 14, 5));

    private static List<String> tags(EdifactMessage m) {
        return m.segments().stream().map(Segment::tag).toList();
    }

    @Test
    void acknowledgesAnAcceptedPaxlst() throws Exception {
        EdifactMessage received = Corpus.read(Corpus.gtas("apisMessage.txt")).get(0);

        String out = CusresWriter.acknowledgement(ENV, received);
        List<EdifactMessage> back = EdifactReader.readAll(out);

        assertThat(back).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("CUSRES");
            assertThat(m.version()).isEqualTo("D:05B");
            assertThat(m.associationCode()).isEqualTo("IATA");
            assertThat(m.interchange().sender()).isEqualTo("RWAPIU");
            assertThat(m.interchange().date()).isEqualTo("261123");
            assertThat(tags(m)).containsExactly("BGM", "GEI", "RFF", "RFF", "DTM");
            assertThat(m.segments().get(0).value(1)).isEqualTo("312");
            assertThat(m.segments().get(1).value(1, 2)).isEqualTo("A");
            assertThat(m.segments().get(2).value(1, 2)).isEqualTo("PAX001");
            assertThat(m.segments().get(3).value(1, 2)).isEqualTo("000006640");
            assertThat(m.diagnostics()).isEmpty();
        });
    }

    @Test
    void listsEachErrorOfARejectedPaxlst() throws Exception {
        EdifactMessage received = EdifactReader.readAll(
                        "UNB+UNOA:4+AIR+GOV+240101:1200+9'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++O?'NEIL'")
                .get(0);

        EdifactMessage m = EdifactReader.readAll(CusresWriter.acknowledgement(ENV, received))
                .get(0);

        assertThat(tags(m)).containsExactly("BGM", "GEI", "RFF", "RFF", "DTM", "ERP", "ERC", "FTX");
        assertThat(m.segments().get(1).value(1, 2)).isEqualTo("R");
        assertThat(m.segments().get(5).value(2)).isEqualTo("4");
        assertThat(m.segments().get(6).value(1)).isEqualTo("UNT_MISSING");
        assertThat(m.segments().get(7).value(4)).isEqualTo("message ended without UNT");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void writesBoardAndNoBoardDecisionsPerTraveller() throws Exception {
        Paxlst p = Paxlst.from(Corpus.read(Corpus.gtas("apisMessage.txt")).get(0));
        Paxlst.FlightLeg leg = p.flights().get(0);

        String out = CusresWriter.boardingResponse(
                ENV,
                "AJYTR1070219",
                leg,
                List.of(
                        new CusresWriter.PersonResponse("TYR123", CusresWriter.Decision.BOARD, null),
                        new CusresWriter.PersonResponse(
                                "TYL009", CusresWriter.Decision.NO_BOARD, "CONTACT RWANDA PIU: A+B")));
        EdifactMessage m = EdifactReader.readAll(out).get(0);

        assertThat(tags(m))
                .containsExactly(
                        "BGM", "RFF", "RFF", "LOC", "DTM", "LOC", "DTM", "ERP", "RFF", "ERC", "ERP", "RFF", "ERC",
                        "FTX");
        assertThat(m.segments().get(0).value(1)).isEqualTo("962");
        assertThat(m.segments().get(2).value(1, 2)).isEqualTo("AA123");
        assertThat(m.segments().get(3).value(2)).isEqualTo("ATL");
        assertThat(m.segments().get(4).value(1, 2)).isEqualTo("0702191540");
        assertThat(m.segments().get(9).value(1)).isEqualTo("0Z");
        assertThat(m.segments().get(12).value(1)).isEqualTo("1Z");
        assertThat(m.segments().get(13).value(4)).isEqualTo("CONTACT RWANDA PIU: A+B");
        assertThat(m.diagnostics()).isEmpty();
    }
}
