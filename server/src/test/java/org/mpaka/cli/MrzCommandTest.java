package org.mpaka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MrzCommandTest {

    private static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
    private static final String TD3_BAD_PERSONAL =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<20\n";
    private static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JsonMapper json = JsonMapper.builder().build();

    private int run(String stdin, String... args) {
        return new MrzCommand()
                .run(
                        List.of(args),
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> documents() {
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void printsOneJsonLinePerValidDocumentAndExitsZero() {
        int status = run(TD3, "--today", "2011-01-01");
        assertThat(status).isZero();
        JsonNode d = documents().getFirst();
        assertThat(d.get("format").asString()).isEqualTo("TD3");
        assertThat(d.get("valid").asBoolean()).isTrue();
        assertThat(d.get("checks").propertyNames())
                .containsExactly("document_number", "birth_date", "expiry_date", "personal_number", "composite");
        JsonNode f = d.get("fields");
        assertThat(f.get("document_code").asString()).isEqualTo("P");
        assertThat(f.get("issuing_state").asString()).isEqualTo("UTO");
        assertThat(f.get("primary_identifier").asString()).isEqualTo("ERIKSSON");
        assertThat(f.get("secondary_identifier").asString()).isEqualTo("ANNA MARIA");
        assertThat(f.get("document_number").asString()).isEqualTo("L898902C3");
        assertThat(f.get("nationality").asString()).isEqualTo("UTO");
        assertThat(f.get("birth_date").asString()).isEqualTo("1974-08-12");
        assertThat(f.get("sex").asString()).isEqualTo("F");
        assertThat(f.get("expiry_date").asString()).isEqualTo("2012-04-15");
        assertThat(f.get("optional_data").asString()).isEqualTo("ZE184226B");
        assertThat(d.get("corrections")).isEmpty();
        assertThat(d.get("warnings")).isEmpty();
        assertThat(d.get("errors")).isEmpty();
    }

    @Test
    void readsBlankLineSeparatedDocumentsAndExitsOneWhenAnyIsInvalid() {
        int status = run(TD3 + "\n\n" + TD3_BAD_PERSONAL + "\r\n" + TD1);
        assertThat(status).isEqualTo(1);
        List<JsonNode> docs = documents();
        assertThat(docs).hasSize(3);
        assertThat(docs.get(1).get("valid").asBoolean()).isFalse();
        assertThat(docs.get(1).get("checks").get("personal_number").asBoolean()).isFalse();
        assertThat(docs.get(1).get("checks").get("document_number").asBoolean()).isTrue();
        assertThat(docs.get(1).get("errors").get(0).get("code").asString()).isEqualTo("CHECK_DIGIT_MISMATCH");
        assertThat(docs.get(1).get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(docs.get(1).get("errors").get(0).get("column").asInt()).isEqualTo(43);
        assertThat(docs.get(2).get("format").asString()).isEqualTo("TD1");
        assertThat(docs.get(2).get("source_line").asInt()).isEqualTo(8);
        assertThat(docs.get(0).get("warnings").get(0).get("code").asString()).isEqualTo("DOCUMENT_EXPIRED");
    }

    @Test
    void reportsOcrCorrectionsAndStrictModeRefusesThem() {
        String noisy = "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O\n";
        assertThat(run(noisy)).isZero();
        JsonNode d = documents().getFirst();
        assertThat(d.get("corrections")).hasSize(10);
        JsonNode c = d.get("corrections").get(0);
        assertThat(c.get("field").asString()).isEqualTo("issuing_state");
        assertThat(c.get("from").asString()).isEqualTo("0");
        assertThat(c.get("to").asString()).isEqualTo("O");
        out.reset();
        assertThat(run(noisy, "--strict")).isEqualTo(1);
        assertThat(documents().getFirst().get("checks").get("birth_date").asBoolean())
                .isFalse();
    }

    @Test
    void reportsTextThatIsNotAnMrzAsInvalid() {
        assertThat(run("hello world\n")).isEqualTo(1);
        JsonNode d = documents().getFirst();
        assertThat(d.get("format").isNull()).isTrue();
        assertThat(d.get("errors").get(0).get("code").asString()).isEqualTo("NOT_AN_MRZ");
    }

    @Test
    void readsFilesAndExitsTwoForAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zones.txt");
        Files.writeString(file, TD1, StandardCharsets.UTF_8);
        assertThat(run("", file.toString())).isZero();
        assertThat(documents()).hasSize(1);
        out.reset();
        int status = run("", file.toString(), dir.resolve("missing.txt").toString());
        assertThat(status).isEqualTo(2);
        assertThat(documents()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt").contains("no such file");
    }

    @Test
    void rejectsInputThatIsNotUtf8() throws IOException {
        int status = new MrzCommand()
                .run(
                        List.of(),
                        new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
    }

    @Test
    void explainsUsage() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: mpaka mrz")
                .contains("Exit status");
        assertThat(run("", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus");
    }

    @Test
    void isListedByTheStandardCli() {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        Cli.standard()
                .run(
                        new String[] {"--help"},
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(help, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("mrz");
    }
}
