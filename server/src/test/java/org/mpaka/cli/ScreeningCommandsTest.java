package org.mpaka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningCommandsTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Command c, String... args) {
        return c.run(
                List.of(args),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final String HEADER =
            "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to\n";

    private Path list() throws Exception {
        Path csv = tmp.resolve("alerts.csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to",
                        "RW-ALERT,1,person,wanted,Jean de Dieu Tshibangu,,,1975-03-02,M,COD,passport:OB1234567:COD,,",
                        "RW-ALERT,2,person,wanted,Claudine Uwimana,,,1988,F,RWA,,,",
                        "RW-LSD,3,stolen_document,stolen,,,,,,,passport:PC7654321:RWA,,"),
                StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void scoresPairsAndCarriesOtherColumnsThrough() throws Exception {
        Path pairs = tmp.resolve("pairs.csv");
        Files.writeString(
                pairs,
                "label,name_a,name_b,dob_a,dob_b\n1,Jeandedieu Chibangu,\"TSHIBANGU, Jean de Dieu\",1975,2 Mar 1975\n"
                        + "0,Eric Mugisha,Claudine Uwimana,,\n",
                StandardCharsets.UTF_8);
        assertThat(run(new NamesCommand(), "score", "--pairs", pairs.toString()))
                .isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("label,name_a,name_b,dob_a,dob_b,score,match");
        assertThat(lines.get(1))
                .startsWith("1,Jeandedieu Chibangu,\"TSHIBANGU, Jean de Dieu\"")
                .endsWith(",1");
        assertThat(lines.get(2)).endsWith(",0");
    }

    @Test
    void evaluatesPrecisionRecallPerGroup() throws Exception {
        Path pairs = tmp.resolve("pairs.csv");
        Files.writeString(
                pairs,
                "label,pair_kind,name_a,name_b\n1,spelling,Mohamed Salah,Muhammad Salah\n"
                        + "0,other,Eric Mugisha,Claudine Uwimana\n1,other,Abu Bakr,Ibrahim Awad\n",
                StandardCharsets.UTF_8);
        assertThat(run(new NamesCommand(), "eval", "--pairs", pairs.toString())).isZero();
        assertThat(out())
                .contains("all pairs=3 precision=1.0000 recall=0.5000")
                .contains("pair_kind=spelling pairs=1 precision=1.0000 recall=1.0000");
    }

    @Test
    void evalRejectsALabelThatIsNotZeroOrOneNamingTheLine() throws Exception {
        for (String label : List.of("yes", "", "2")) {
            Path pairs = Files.writeString(
                    tmp.resolve("labels.csv"),
                    "label,name_a,name_b\n1,Mohamed Salah,Muhammad Salah\n" + label
                            + ",Eric Mugisha,Claudine Uwimana\n",
                    StandardCharsets.UTF_8);
            err.reset();
            assertThat(run(new NamesCommand(), "eval", "--pairs", pairs.toString()))
                    .isEqualTo(1);
            assertThat(err())
                    .contains("labels.csv:3: label must be 1 (same person) or 0 (different), not '" + label + "'");
        }
        assertThat(out()).isEmpty();
    }

    @Test
    void evalShowsFiguresWithNothingToMeasureAsNotApplicable() throws Exception {
        Path pairs = Files.writeString(
                tmp.resolve("pairs.csv"),
                "label,pair_kind,name_a,name_b\n1,spelling,Mohamed Salah,Muhammad Salah\n"
                        + "0,different,Eric Mugisha,Claudine Uwimana\n",
                StandardCharsets.UTF_8);
        assertThat(run(new NamesCommand(), "eval", "--pairs", pairs.toString())).isZero();
        assertThat(out())
                .contains("all pairs=2 precision=1.0000 recall=1.0000 f1=1.0000 false_match_rate=0.0000")
                .contains("pair_kind=spelling pairs=1 precision=1.0000 recall=1.0000 f1=1.0000 false_match_rate=n/a")
                .contains("pair_kind=different pairs=1 precision=n/a recall=n/a f1=n/a false_match_rate=0.0000");
    }

    @Test
    void namesRejectsAThresholdOutsideZeroToOne() throws Exception {
        Path pairs = Files.writeString(tmp.resolve("pairs.csv"), "name_a,name_b\nA B,A B\n");
        for (String t : List.of("7", "-1", "0", "NaN")) {
            err.reset();
            assertThat(run(new NamesCommand(), "score", "--pairs", pairs.toString(), "--threshold", t))
                    .isEqualTo(Cli.USAGE);
            assertThat(err()).contains("--threshold must be above 0 and at most 1, not " + t);
        }
        assertThat(out()).isEmpty();
    }

    @Test
    void namesSubcommandsTakeHelp() {
        for (String sub : List.of("score", "eval")) {
            out.reset();
            assertThat(run(new NamesCommand(), sub, "--help")).isZero();
            assertThat(out()).startsWith("Usage: mpaka names score --pairs FILE.csv");
        }
    }

    @Test
    void scoringAScoredFileReplacesItsScoreAndMatchColumns() throws Exception {
        Path pairs = Files.writeString(
                tmp.resolve("scored.csv"),
                "name_a,score,name_b,match\nMohamed Salah,0.1234,Muhammad Salah,0\n",
                StandardCharsets.UTF_8);
        assertThat(run(new NamesCommand(), "score", "--pairs", pairs.toString()))
                .isZero();
        assertThat(out().lines().toList())
                .containsExactly("name_a,score,name_b,match", "Mohamed Salah,0.9500,Muhammad Salah,1");
    }

    @Test
    void namesSaysWhyAFileCannotBeReadOrWritten() throws Exception {
        Path pairs = Files.write(tmp.resolve("bin.csv"), new byte[] {'n', 'a', 'm', 'e', '_', 'a', '\n', (byte) 0xc3});
        assertThat(run(new NamesCommand(), "score", "--pairs", pairs.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("bin.csv:2: not valid UTF-8").doesNotContain("Input length");
        assertThat(run(
                        new NamesCommand(),
                        "score",
                        "--pairs",
                        tmp.resolve("nonexist.csv").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("nonexist.csv: no such file");
        Path ok = Files.writeString(tmp.resolve("ok.csv"), "name_a,name_b\nA B,A B\n");
        Path target = tmp.resolve("missing").resolve("out.csv");
        assertThat(run(new NamesCommand(), "score", "--pairs", ok.toString(), "--out", target.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("cannot write " + target + ": no such directory " + target.getParent());
    }

    @Test
    void screensOnePersonWithExplanation() throws Exception {
        int status = run(
                new ScreenCommand(),
                "--list",
                list().toString(),
                "--name",
                "CHIBANGU<<JEANDEDIEU",
                "--dob",
                "1975-03-02",
                "--nationality",
                "CD");
        assertThat(status).isZero();
        assertThat(out())
                .contains("1. ")
                .contains("STRONG RW-ALERT:1")
                .contains("spelling rule")
                .contains("written together/apart")
                .contains("birth date: 1975-03-02 same date as");
    }

    @Test
    void findsAStolenDocumentReadWithOcrConfusion() throws Exception {
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--document", "PC765432I:RWA"))
                .isZero();
        assertThat(out()).contains("RW-LSD:3").contains("OCR");
    }

    @Test
    void saysWhenANameCannotBeComparedAtAll() throws Exception {
        // Tibetan script has no reading: the screen says so instead of a bare "no hits"
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--name", "ཆོས་ཀྱི་ཉི་མ"))
                .isZero();
        assertThat(out()).contains("no hits");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot be compared: its letters (Tibetan script) give no part Mpaka can compare")
                .contains("only documents can match");
        Path batch = tmp.resolve("tibetan.jsonl");
        Files.writeString(batch, "{\"id\":\"t1\",\"name\":\"ཆོས་ཀྱི་ཉི་མ\"}\n", StandardCharsets.UTF_8);
        out.reset();
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--batch", batch.toString()))
                .isZero();
        assertThat(out())
                .contains(
                        "\"warning\":\"the name cannot be compared: its letters (Tibetan script) give no part Mpaka can compare");
    }

    @Test
    void screensABatchOneLinePerQuery() throws Exception {
        Path batch = tmp.resolve("q.jsonl");
        Files.writeString(
                batch,
                "{\"id\":\"p1\",\"name\":\"Claudine Uwimanna\",\"dob\":\"1988\"}\nnot json\n"
                        + "{\"id\":\"p3\",\"name\":\"Nobody Atall\"}\n",
                StandardCharsets.UTF_8);
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--batch", batch.toString()))
                .isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"id\":\"p1\"").contains("\"list\":\"RW-ALERT\",\"id\":\"2\"");
        assertThat(lines.get(1)).contains("\"line\":2").contains("\"error\"");
        assertThat(lines.get(2)).contains("\"hits\":[]");
    }

    @Test
    void aListThatGivesNoEntriesIsAnErrorNotNoHits() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
        assertThat(run(new ScreenCommand(), "--list", empty.toString(), "--name", "Claudine Uwimana"))
                .isEqualTo(1);
        assertThat(out()).doesNotContain("no hits");
        assertThat(err()).contains("empty.csv: no entries read (no records found; is it a UN XML");

        Path rejected = Files.writeString(
                tmp.resolve("ghosts.csv"),
                HEADER + "X,1,ghost,,A B,,,,,,,,\nX,2,ghost,,C D,,,,,,,,\nX,3,ghost,,E F,,,,,,,,\n");
        err.reset();
        assertThat(run(
                        new ScreenCommand(),
                        "--list",
                        list().toString(),
                        "--list",
                        rejected.toString(),
                        "--name",
                        "Claudine Uwimana"))
                .isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err())
                .contains("rejected ghosts.csv:2: unknown kind 'ghost'")
                .contains("ghosts.csv: no entries read (3 of 3 records rejected)");
    }

    @Test
    void printsEachImportWarningAfterTheSummaryAtMostTwenty() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 23; i++) {
            csv.append("X,")
                    .append(i)
                    .append(",person,,Person Number")
                    .append(i)
                    .append(",,,1970-13-45,,,,,\n");
        }
        Path list = Files.writeString(tmp.resolve("dates.csv"), csv);
        assertThat(run(new ScreenCommand(), "--list", list.toString(), "--name", "Claudine Uwimana"))
                .isZero();
        List<String> lines = err().lines().toList();
        assertThat(lines.get(0)).endsWith("dates.csv: 23 entries from 23 records, 0 rejected, 23 warnings");
        assertThat(lines.get(1)).isEqualTo("  warning dates.csv:2: unreadable birth date '1970-13-45' ignored");
        assertThat(lines).contains("  warning dates.csv:21: unreadable birth date '1970-13-45' ignored");
        assertThat(lines).doesNotContain("  warning dates.csv:22: unreadable birth date '1970-13-45' ignored");
        assertThat(lines).contains("  and 3 more warnings");
    }

    @Test
    void rejectsALimitBelowOne() throws Exception {
        for (String limit : List.of("-3", "0")) {
            err.reset();
            assertThat(run(new ScreenCommand(), "--list", list().toString(), "--name", "Claudine", "--limit", limit))
                    .isEqualTo(Cli.USAGE);
            assertThat(err()).contains("--limit must be at least 1, not " + limit);
        }
        Path batch = Files.writeString(tmp.resolve("q.jsonl"), "{\"name\":\"Claudine Uwimana\"}\n");
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--batch", batch.toString(), "--limit", "-3"))
                .isEqualTo(Cli.USAGE);
        assertThat(out()).isEmpty();
    }

    @Test
    void rejectsValuesThatWouldBeIgnored() throws Exception {
        String l = list().toString();
        assertThat(run(new ScreenCommand(), "--list", l, "--name", "Claudine Uwimana", "--sex", "Q"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--sex must be M, F or X, not 'Q'");
        assertThat(run(new ScreenCommand(), "--list", l, "--name", "")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--name must not be empty");
        assertThat(run(new ScreenCommand(), "--list", l, "--document", "")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--document must not be empty");
        assertThat(run(new ScreenCommand(), "--list", l, "--name", "Claudine Uwimana", "--ofac-alt", l))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--ofac-alt and --ofac-add go with an OFAC SDN CSV list");
        assertThat(out()).isEmpty();
        assertThat(run(new ScreenCommand(), "--list", l, "--name", "Claudine Uwimana", "--sex", "x"))
                .isZero();
    }

    @Test
    void batchLinesSayWhatIsWrongWithoutParserNoise() throws Exception {
        Path batch = Files.writeString(
                tmp.resolve("q.jsonl"),
                "{\"id\":\"a\",\"name\":\"Claudine Uwimana\",\"sex\":\"Q\"}\nnot json\n{\"id\":\"c\"}\n[1]\n");
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--batch", batch.toString()))
                .isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).contains("\"error\":\"line 1: sex must be M, F or X, not 'Q'\"");
        assertThat(lines.get(1))
                .contains("\"error\":\"line 2: not JSON: Unrecognized token 'not'")
                .doesNotContain("Source")
                .doesNotContain("column");
        assertThat(lines.get(2))
                .contains("\"error\":\"line 3: no name, given_names, family_name or documents to screen\"")
                .doesNotContain("hits");
        assertThat(lines.get(3)).contains("\"error\":\"line 4: not a JSON object\"");
    }

    @Test
    void batchMembersOfTheWrongShapeAreErrorsNotIgnored() throws Exception {
        Path batch = Files.writeString(
                tmp.resolve("shapes.jsonl"),
                String.join(
                        "\n",
                        // a CR alone is white space inside the line
                        "{\"id\":\"cr\",\r\"name\":\"Claudine Uwimana\"}",
                        "{\"id\":\"s\",\"name\":\"Nobody Here\",\"documents\":\"PC7654321:RWA\"}",
                        "{\"id\":\"o\",\"documents\":{\"number\":\"PC7654321\",\"issuing_state\":\"RWA\"}}",
                        "{\"id\":\"n\",\"name\":[\"Claudine\",\"Uwimana\"]}",
                        "{\"id\":\"d\",\"documents\":[{\"issuing_state\":\"RWA\"}]}",
                        "{\"id\":\"t\",\"name\":\"Claudine Uwimana\"}{\"name\":\"x\"}",
                        "{\"id\":\"u\",",
                        "{\"id\":\"ok\",\"documents\":[{\"number\":\"PC7654321\",\"issuing_state\":\"RWA\"}]}",
                        // a number no double holds is read, not a crash of the batch
                        "{\"id\":\"big\",\"name\":\"Nobody Here\",\"nationality\":1e400,\"documents\":[1e400]}",
                        // one no decimal holds is an error of its line
                        "{\"id\":\"huge\",\"nationality\":1e2147483648}"));
        assertThat(run(new ScreenCommand(), "--list", list().toString(), "--batch", batch.toString()))
                .isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(8)).contains("\"id\":\"big\"").contains("\"hits\":[]");
        assertThat(lines.get(9)).contains("\"error\":\"line 10: not JSON: a number too large to read\"");
        assertThat(lines.get(0)).contains("\"line\":1").contains("\"list\":\"RW-ALERT\",\"id\":\"2\"");
        assertThat(lines.get(1))
                .contains("\"error\":\"line 2: \\\"documents\\\" must be a list, such as")
                .doesNotContain("hits");
        assertThat(lines.get(2))
                .contains("\"error\":\"line 3: \\\"documents\\\" must be a list")
                .contains("not an object");
        assertThat(lines.get(1)).contains("not text\"");
        assertThat(lines.get(3)).contains("\"error\":\"line 4: \\\"name\\\" must be text, not a list\"");
        assertThat(lines.get(4))
                .contains("\"error\":\"line 5: a document in \\\"documents\\\" has no \\\"number\\\"\"");
        assertThat(lines.get(5)).contains("\"error\":\"line 6: not JSON: text after the JSON value\"");
        assertThat(lines.get(6))
                .contains("\"error\":\"line 7: not JSON: Unexpected end-of-input")
                .doesNotContain("Source")
                .doesNotContain("StreamReadFeature");
        assertThat(lines.get(7)).contains("\"list\":\"RW-LSD\",\"id\":\"3\"");
    }

    @Test
    void saysWhyAFileCannotBeRead() throws Exception {
        String l = list().toString();
        assertThat(run(
                        new ScreenCommand(),
                        "--list",
                        tmp.resolve("nonexist.xml").toString(),
                        "--name",
                        "x"))
                .isEqualTo(1);
        assertThat(err()).contains("nonexist.xml: no such file");
        assertThat(run(new ScreenCommand(), "--list", tmp.toString(), "--name", "x"))
                .isEqualTo(1);
        assertThat(err()).contains(tmp + ": is a directory");
        Path binary = Files.write(
                tmp.resolve("bin.jsonl"),
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'A', '"', '}', '\n', (byte) 0xff, '\n'});
        assertThat(run(new ScreenCommand(), "--list", l, "--batch", binary.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("bin.jsonl:2: not valid UTF-8").doesNotContain("Input length");
        assertThat(out()).isEmpty();
    }

    @Test
    void rejectsBadUsageAndUnreadableLists() throws Exception {
        assertThat(run(new ScreenCommand(), "--name", "x")).isEqualTo(Cli.USAGE);
        assertThat(run(new ScreenCommand(), "--list", tmp.resolve("none.xml").toString(), "--name", "x"))
                .isEqualTo(1);
        assertThat(run(new NamesCommand(), "score")).isEqualTo(Cli.USAGE);
    }
}
