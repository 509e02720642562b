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
            assertThat(m.diagnostics()).isEmpty();
        });
        // BGM 312 acknowledgement; the PAXLST's RFF+TN echoed; its UNH reference as ACW
        // (reference to previous message); DTM 137 document/message date; no error group = accepted
        assertThat(body(out))
                .containsExactly("BGM+312'", "RFF+TN:AJYTR1070219'", "RFF+ACW:PAX001'", "DTM+137:2611231405:201'");
    }

    @Test
    void listsEachErrorOfARejectedPaxlstWithItsSegmentAndAShortCode() throws Exception {
        EdifactMessage received = EdifactReader.readAll(
                        "UNB+UNOA:4+AIR+GOV+240101:1200+9'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'"
                                + "NAD+FL+++DOE'N#D+FL+++ROE'UNT+5+M1'UNZ+1+9'NAD+FL+++O?'NEIL'")
                .get(0);

        String out = CusresWriter.acknowledgement(ENV, received);
        EdifactMessage m = EdifactReader.readAll(out).get(0);

        assertThat(m.diagnostics()).isEmpty();
        List<String> body = body(out);
        assertThat(body).startsWith("BGM+312'", "RFF+ACW:M1'", "DTM+137:2611231405:201'");
        // ERP: section 2 (detail) and C853 segment tag : position of the segment in the message;
        // ERC 9321 is an..8, so INVALID_TAG is sent as INVTAG; FTX AAO carries the full code
        assertThat(body.subList(3, 6)).containsExactly("ERP+2+N#D:4'", "ERC+INVTAG'", body.get(5));
        assertThat(body.get(5)).startsWith("FTX+AAO+++INVALID_TAG ");
    }

    @Test
    void anErrorOutsideAnySegmentIsReportedAgainstTheHeading() throws Exception {
        EdifactMessage received = EdifactReader.readAll(
                        "UNB+UNOA:4+AIR+GOV+240101:1200+9'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++O?'NEIL'")
                .get(0);

        String out = CusresWriter.acknowledgement(ENV, received);

        assertThat(body(out))
                .containsExactly(
                        "BGM+312'",
                        "RFF+ACW:M1'",
                        "DTM+137:2611231405:201'",
                        "ERP+1'",
                        "ERC+UNTMIS'",
                        "FTX+AAO+++UNT_MISSING message ended without UNT'");
    }

    @Test
    void errorCodesFitDataElement9321() {
        assertThat(CusresWriter.errorCode("BAD_DATE")).isEqualTo("BAD_DATE");
        assertThat(CusresWriter.errorCode("INVALID_TAG")).isEqualTo("INVTAG");
        assertThat(CusresWriter.errorCode("SEGMENT_OUTSIDE_MESSAGE")).isEqualTo("SEGOUTME");
        assertThat(CusresWriter.errorCode("SEGMENT_TOO_LONG")).hasSizeLessThanOrEqualTo(8);
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
                        new CusresWriter.PersonResponse("TYR123", "P1", CusresWriter.Decision.BOARD, "OK TO BOARD"),
                        new CusresWriter.PersonResponse(
                                "TYL009", CusresWriter.Decision.NO_BOARD, "CONTACT RWANDA PIU: A+B")));
        EdifactMessage m = EdifactReader.readAll(out).get(0);

        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.segments().get(15).value(4)).isEqualTo("CONTACT RWANDA PIU: A+B");
        // the order and qualifiers of a government iAPI CUSRES (see docs/edifact.md)
        assertThat(body(out))
                .containsExactly(
                        "BGM+962'",
                        "RFF+TN:AJYTR1070219'",
                        "RFF+AF:AA123'",
                        "DTM+189:0702191540:201'",
                        "DTM+232:0702191740:201'",
                        "LOC+125+ATL'",
                        "LOC+87+ORD'",
                        "ERP+2'",
                        "RFF+AVF:TYR123'",
                        "RFF+ABO:P1'",
                        "ERC+0Z'",
                        "FTX+AAP+++OK TO BOARD'",
                        "ERP+2'",
                        "RFF+AVF:TYL009'",
                        "ERC+1Z'",
                        "FTX+AAP+++CONTACT RWANDA PIU?: A?+B'");
    }

    @Test
    void theEnvelopeIsCountedAndReferenced() throws Exception {
        String out = CusresWriter.acknowledgement(
                ENV, Corpus.read(Corpus.gtas("apisMessage.txt")).get(0));

        assertThat(out.lines().toList())
                .startsWith("UNA:+.? '", "UNB+UNOA:4+RWAPIU+AIR1+261123:1405+R0001'", "UNH+R0001+CUSRES:D:05B:UN:IATA'")
                .endsWith("UNT+6+R0001'", "UNZ+1+R0001'");
    }

    /** The segments between UNH and UNT, as written. */
    private static List<String> body(String out) {
        List<String> lines = out.lines().toList();
        int unh = 0;
        while (!lines.get(unh).startsWith("UNH+")) {
            unh++;
        }
        int unt = lines.size() - 1;
        while (!lines.get(unt).startsWith("UNT+")) {
            unt--;
        }
        return lines.subList(unh + 1, unt);
    }
}
