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
    void rejectsBadUsageAndUnreadableLists() throws Exception {
        assertThat(run(new ScreenCommand(), "--name", "x")).isEqualTo(Cli.USAGE);
        assertThat(run(new ScreenCommand(), "--list", tmp.resolve("none.xml").toString(), "--name", "x"))
                .isEqualTo(1);
        assertThat(run(new NamesCommand(), "score")).isEqualTo(Cli.USAGE);
    }
}
