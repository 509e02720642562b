package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every GTAS fixture gives the numbers of messages, PNRs, persons and documents counted
 * independently from the raw files (segment tags split on the terminator with a separate script:
 * UNH, SRC, NAD other than MS, DOC, TIF outside check-in and history groups).
 */
class FixtureCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "flight1.txt, 1, 10, 15",
        "flight2.txt, 1, 10, 16",
        "flight3.txt, 1, 10, 18",
        "Test1.txt, 1, 8, 8",
        "Test3.txt, 1, 260, 260",
        "airline2.edi, 1, 10, 10",
        "multiple_flight_leg_apis.txt, 1, 2, 2",
        "apisMessage.txt, 1, 2, 0",
    })
    void paxlstFixturesGiveTheIndependentlyCountedPersonsAndDocuments(
            String file, int messages, int persons, int documents) throws Exception {
        List<EdifactMessage> msgs = Corpus.read(Corpus.gtas(file));

        assertThat(msgs).hasSize(messages);
        Paxlst p = Paxlst.from(msgs.get(0));
        assertThat(p.persons()).hasSize(persons);
        assertThat(p.persons().stream().mapToInt(x -> x.documents().size()).sum())
                .isEqualTo(documents);
        assertThat(p.persons()).allSatisfy(x -> assertThat(x.surname()).isNotBlank());
        assertThat(p.flights()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2_pnrs_basic.edi, 2, 4",
        "3_pnrs.edi, 3, 14",
        "adult_and_infant.edi, 1, 2",
        "codeshare.edi, 2, 2",
        "pnr-messages_infant.edi, 1, 2",
        "multiple_flight_leg_pnr.txt, 1, 2",
        "no_pnr_history.edi, 3, 4",
        "pnr1.txt, 1, 2",
        "pnr2.txt, 1, 2",
        "pnr3.txt, 1, 4",
        "pnr4.txt, 1, 1",
        "loader_src_test_resources_pnr-messages_pnrMessageExample.txt, 1, 5",
        "pnr_split.edi, 2, 3",
        "bigMessagePnr.txt, 1, 7",
        "bigbigPnr.txt, 47, 86",
        "danglingMetaCharacter.txt, 1, 1",
        "modifyPnr77ForCodeShare.txt, 1, 1",
        "pnrAddressPhoneCTCM.txt, 1, 1",
        "pnrBadFormat.txt, 1, 2",
        "pnrEdge.txt, 1, 1",
        "pnr-messages_pnrMessage.txt, 1, 2",
        "parsers_src_test_resources_pnr-messages_pnrMessageExample.txt, 1, 5",
        "pnrMessagePg75.txt, 2, 2",
        "pnrMessagePg76.txt, 1, 2",
        "pnrMessagePg77.txt, 1, 1",
        "pnrNoOrgMsg.txt, 1, 1",
        "pnrPhoneCTCM.txt, 1, 1",
        "pnrPhoneCTC_M.txt, 1, 1",
        "pnrSeatFormats.txt, 1, 1",
        "pnrWithBags.txt, 127, 268",
        "pnrWithDoco.txt, 1, 1",
        "pnrWithPrefixesAndBookingDetailBags.txt, 1, 2",
    })
    void pnrgovFixturesGiveTheIndependentlyCountedPnrsAndTravellers(String file, int pnrs, int travellers)
            throws Exception {
        List<EdifactMessage> msgs = Corpus.read(Corpus.gtas(file));

        assertThat(msgs).hasSize(1);
        Pnrgov p = Pnrgov.from(msgs.get(0));
        assertThat(p.pnrs()).hasSize(pnrs);
        assertThat(p.pnrs().stream().mapToInt(x -> x.travellers().size()).sum()).isEqualTo(travellers);
        assertThat(p.pnrs()).allSatisfy(x -> assertThat(x.recordLocator()).isNotBlank());
    }

    @Test
    void everyTifInPnrMessagePg75BecomesATravellerWithItsNames() throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas("pnrMessagePg75.txt")).get(0);
        Pnrgov p = Pnrgov.from(m);

        // the raw file has two traveller TIFs; the second is glued to the ORG before it:
        // ORG+1A:MUC+32393340:SINSQ08AA+NCE+SQ:NCE+A+SG+HJGS+CFDEA9+9TIF+KIM:I+KONG CHUN MRS:A:3'
        assertThat(p.pnrs()).extracting(Pnrgov.Pnr::recordLocator).containsExactly("2LS6KP", "X49V9U");
        Pnrgov.Traveller park = p.pnrs().get(0).travellers().get(0);
        assertThat(p.pnrs().get(0).travellers()).hasSize(1);
        assertThat(park.surname()).isEqualTo("PARK");
        assertThat(park.givenName()).isEqualTo("SEJOONMR");
        assertThat(park.reference()).isEqualTo("1");
        assertThat(park.documents()).extracting(Pnrgov.TravelDocument::number).containsOnly("JR3364288");
        Pnrgov.Traveller kim = p.pnrs().get(1).travellers().get(0);
        assertThat(p.pnrs().get(1).travellers()).hasSize(1);
        assertThat(kim.surname()).isEqualTo("KIM");
        assertThat(kim.givenName()).isEqualTo("KONG CHUN MRS");
        assertThat(kim.type()).isEqualTo("A");
        assertThat(kim.reference()).isEqualTo("3");
        assertThat(kim.documents()).extracting(Pnrgov.TravelDocument::number).containsOnly("M17072944");
        // a typographic quote typed for the terminator is not kept in the data
        assertThat(p.pnrs().get(0).recordLocator()).doesNotContain("\u2019");
        assertThat(park.documents()).allSatisfy(d -> assertThat(d.toString()).doesNotContain("\u2019"));
        assertThat(m.diagnostics())
                .filteredOn(d -> d.code().equals("GLUED_SEGMENT"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.segmentTag()).isEqualTo("ORG");
                    assertThat(d.line()).isEqualTo(40);
                    assertThat(d.message()).contains("TIF");
                });
    }

    /**
     * For every PNRGOV fixture, the travellers parsed equal the traveller TIF segments counted
     * straight from the raw text: the text is cut at {@code '}, {@code ’}, line breaks and the UNA
     * terminator; a piece starting with three capitals and the element separator (or alone) is a
     * segment; a {@code TIF} glued after a non-letter inside a piece counts too. TIFs inside a
     * check-in group (after TRI, up to the next TVL or SRC) and in history (after ABI, up to the
     * next SRC) repeat a traveller and are not counted.
     */
    @Test
    void everyPnrgovFixtureHasOneTravellerPerTravellerTifInTheRawText() throws Exception {
        int files = 0;
        for (Path f : Corpus.files()) {
            String text = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.contains("PNRGOV")) {
                continue;
            }
            files++;
            int expected = countTravellerTifs(text);
            int parsed = 0;
            for (EdifactMessage m : Corpus.read(f)) {
                for (Pnrgov.Pnr pnr : Pnrgov.from(m).pnrs()) {
                    parsed += pnr.travellers().size();
                }
            }
            assertThat(parsed).as(f.getFileName().toString()).isEqualTo(expected);
        }
        assertThat(files).isEqualTo(32);
    }

    private static int countTravellerTifs(String text) {
        char elem = text.startsWith("UNA") ? text.charAt(4) : '+';
        char unaTerm = text.startsWith("UNA") ? text.charAt(8) : '\'';
        java.util.regex.Pattern glued =
                java.util.regex.Pattern.compile("[^A-Za-z" + java.util.regex.Pattern.quote(String.valueOf(elem))
                        + "]TIF" + java.util.regex.Pattern.quote(String.valueOf(elem)));
        List<String> tags = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\'' || c == '\u2019' || c == '\n' || c == '\r' || c == unaTerm) {
                String p = piece.toString().strip();
                piece.setLength(0);
                if (p.length() >= 3
                        && p.substring(0, 3).chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')
                        && (p.length() == 3 || p.charAt(3) == elem)) {
                    tags.add(p.substring(0, 3));
                    java.util.regex.Matcher g = glued.matcher(p);
                    while (g.find()) {
                        tags.add("TIF");
                    }
                }
            } else {
                piece.append(c);
            }
        }
        int n = 0;
        boolean checkIn = false;
        boolean history = false;
        for (String t : tags) {
            switch (t) {
                case "SRC" -> {
                    checkIn = false;
                    history = false;
                }
                case "TRI" -> checkIn = true;
                case "TVL" -> checkIn = false;
                case "ABI" -> history = true;
                case "TIF" -> {
                    if (!checkIn && !history) {
                        n++;
                    }
                }
                default -> {}
            }
        }
        return n;
    }

    @Test
    void everyFixtureIsReadWithoutErrorsTheirQuirksAreWarnings() throws Exception {
        for (Path f : Corpus.files()) {
            for (EdifactMessage m : Corpus.read(f)) {
                if ("PAXLST".equals(m.type())) {
                    Paxlst.from(m);
                } else {
                    Pnrgov.from(m);
                }
                assertThat(m.hasErrors())
                        .as(f.getFileName() + " " + m.diagnostics())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pnrBadFormat.txt, UNZ_REFERENCE_MISMATCH",
        "pnrMessagePg75.txt, MISSING_TERMINATOR",
        "pnrEdge.txt, UNT_REFERENCE_MISMATCH",
        "danglingMetaCharacter.txt, UNT_COUNT_MISMATCH",
        "modifyPnr77ForCodeShare.txt, UNTERMINATED_SEGMENT",
        "Test3.txt, CNT_MISMATCH",
        "airline2.edi, CNT_MISMATCH",
    })
    void knownBadFixturesGiveTheirDiagnostic(String file, String code) throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas(file)).get(0);
        if ("PAXLST".equals(m.type())) {
            Paxlst.from(m);
        } else {
            Pnrgov.from(m);
        }

        assertThat(m.diagnostics()).extracting(Diagnostic::code).contains(code);
    }

    @Test
    void wrongUntCountsAreAcceptedWithAWarningThatStatesBothNumbers() throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas("pnrMessageExample.txt")).get(0);

        assertThat(m.diagnostics())
                .filteredOn(d -> d.code().equals("UNT_COUNT_MISMATCH"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                    assertThat(d.message()).contains("UNT declares 50 segments, the message has 134");
                    assertThat(d.segmentTag()).isEqualTo("UNT");
                    assertThat(d.line()).isEqualTo(135);
                });
    }

    @Test
    void smartQuoteInUnaIsReportedAndTheApostropheUsed() throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas("pnr-messages_infant.edi")).get(0);

        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("UNA_TERMINATOR"));
        Pnrgov p = Pnrgov.from(m);
        assertThat(p.pnrs().get(0).travellers())
                .extracting(Pnrgov.Traveller::surname)
                .contains("BELT");
    }

    @Test
    void fiveCharacterUnaIsUnderstoodWithAWarning() throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas("codeshare.edi")).get(0);

        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("UNA_LENGTH"));
        Pnrgov.Flight f = Pnrgov.from(m).pnrs().get(0).itinerary().get(0);
        assertThat(f.marketingCarrier()).isEqualTo("KE");
        assertThat(f.operatingCarrier()).isEqualTo("SQ");
        assertThat(f.operatingFlightNumber()).isEqualTo("303");
    }

    @Test
    void textAfterTheInterchangeIsReportedNotParsed() throws Exception {
        EdifactMessage m =
                Corpus.read(Corpus.gtas("multiple_flight_leg_apis.txt")).get(0);

        assertThat(m.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("TEXT_AFTER_INTERCHANGE");
            assertThat(d.message()).contains("13Nov09");
        });
    }

    @Test
    void nonStandardSeparatorsInUnaAreApplied() throws Exception {
        EdifactMessage m = Corpus.read(Corpus.gtas("airline2.edi")).get(0);

        Paxlst p = Paxlst.from(m);
        assertThat(m.interchange().separators().element()).isEqualTo('*');
        assertThat(m.interchange().separators().terminator()).isEqualTo('$');
        assertThat(p.persons().get(0).surname()).isEqualTo("BETTON");
        assertThat(p.flights().get(0).departurePort()).isEqualTo("BRE");
    }
}
