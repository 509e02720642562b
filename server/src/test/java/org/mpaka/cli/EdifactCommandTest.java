package org.mpaka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EdifactCommandTest {

    /** The GTAS fixtures live in the edifact module's test resources (with their SOURCES.txt). */
    private static final Path GTAS = Path.of("..", "edifact", "src", "test", "resources", "edifact", "gtas");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new EdifactCommand()
                .run(
                        List.of(args),
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        JsonMapper json = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    private static String fixture(String suffix) {
        return GTAS.resolve("US-CBP_GTAS_gtas-parent_" + suffix).toString();
    }

    @Test
    void printsOneJsonObjectPerPaxlstMessageWithPersonsAndFlights() {
        int status = run("", "parse", fixture("gtas-parsers_src_test_resources_apis-messages_apisMessage.txt"));

        assertThat(status).isZero();
        List<JsonNode> msgs = lines();
        assertThat(msgs).hasSize(1);
        JsonNode m = msgs.get(0);
        assertThat(m.get("message_type").asString()).isEqualTo("PAXLST");
        assertThat(m.get("message_version").asString()).isEqualTo("D:05B");
        assertThat(m.get("message_reference").asString()).isEqualTo("PAX001");
        assertThat(m.get("flights")).hasSize(2);
        assertThat(m.get("flights").get(0).get("departure_port").asString()).isEqualTo("ATL");
        assertThat(m.get("persons")).hasSize(2);
        JsonNode clark = m.get("persons").get(0);
        assertThat(clark.get("role").asString()).isEqualTo("FL");
        assertThat(clark.get("surname").asString()).isEqualTo("CLARK");
        assertThat(clark.get("given_names").get(0).asString()).isEqualTo("MICHAEL");
        assertThat(clark.get("birth_date").asString()).isEqualTo("1972-09-07");
        assertThat(clark.get("sex").asString()).isEqualTo("M");
        assertThat(m.get("errors")).isEmpty();
    }

    @Test
    void printsPnrsWithRecordLocatorsAndTheirPersons() {
        int status = run("", "parse", fixture("gtas-loader_src_test_resources_pnr-messages_2_pnrs_basic.edi"));

        assertThat(status).isZero();
        JsonNode m = lines().get(0);
        assertThat(m.get("message_type").asString()).isEqualTo("PNRGOV");
        assertThat(m.get("pnrs")).hasSize(2);
        assertThat(m.get("pnrs").get(0).get("record_locator").asString()).isEqualTo("MFN4TI");
        assertThat(m.get("pnrs").get(0).get("persons")).hasSize(2);
        assertThat(m.get("persons")).hasSize(4);
        assertThat(m.get("warnings").toString()).contains("UNT_COUNT_MISMATCH");
    }

    @Test
    void readsStandardInputAndPrintsSummaryLines() {
        String edi = "UNA:+.? 'UNB+UNOA:4+AIR+GOV+240101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++DOE:JANE'ATT+2++F'DTM+329:800101'NAT+2+RWA'DOC+P+PA123'DTM+36:300101'LOC+91+RWA'"
                + "CNT+42:1'UNT+11+1'UNZ+1+1'";

        int status = run(edi, "parse", "--summary");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("<stdin>\tPAXLST D:05B ref=1 persons=1 documents=1 flights=0 warnings=0 errors=0");
    }

    @Test
    void exitsWithOneWhenAMessageHasErrors() {
        String edi = "UNB+UNOA:4+AIR+GOV+240101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE'";

        int status = run(edi, "parse");

        assertThat(status).isEqualTo(1);
        assertThat(lines().get(0).get("errors").toString()).contains("UNT_MISSING");
    }

    @Test
    void exitsWithTwoAndAClearMessageForAMissingFile() {
        int status = run("", "parse", "no/such/file.edi");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/file.edi: no such file");
    }

    @Test
    void exitsWithTwoForInputThatIsNotEdifact() {
        int status = run("<xml>hello</xml>", "parse");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not EDIFACT");
    }

    @Test
    void rejectsAMissingSubcommandWithUsage() {
        assertThat(run("", "frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: mpaka edifact parse");
    }
}
