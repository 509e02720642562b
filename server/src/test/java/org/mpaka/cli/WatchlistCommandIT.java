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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.audit.AuditTrail;
import org.mpaka.screening.PersonQuery;
import org.mpaka.watchlist.Watchlists;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code mpaka watchlist import} and {@code list} on an embedded database folder, across restarts. */
@ExtendWith(OutputCaptureExtension.class)
class WatchlistCommandIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard()
                .run(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String dirArg() {
        return "--mpaka.data-dir=" + dataDir;
    }

    @Test
    void importsListsAndShowsThemAfterARestart() throws Exception {
        String header =
                "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to\n";
        Path alerts = Files.writeString(
                files.resolve("alerts.csv"),
                header + "CLI-ALERT,1,person,wanted,Innocent HABYARIMANA,,,1972,M,RWA,,,\n"
                        // a day February does not have: imported without the date, with a warning
                        + "CLI-ALERT,2,person,wanted,Yvette MUKESHIMANA,,,31 Feb 1990|1990,F,RWA,,,\n");
        Path docs = Files.writeString(
                files.resolve("docs.jsonl"),
                "{\"list\":\"CLI-DOCS\",\"id\":\"9\",\"kind\":\"lost_document\",\"documents\":[\"passport:PC0001112:RWA\"]}\n");
        Path broken = Files.writeString(files.resolve("broken.csv"), header + "CLI-ALERT,3,ghost,,X,,,,,,,,\n");
        // FollowTheMoney entities as OpenSanctions exports them: a person, and its sanction on a line of its own
        Path ftm = Files.writeString(
                files.resolve("entities.ftm.json"),
                "{\"id\":\"NK-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Omar Abdelkader Hassan\"],"
                        + "\"birthDate\":[\"1968\"]},\"target\":true}\n"
                        + "{\"id\":\"san-1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"NK-1\"],"
                        + "\"program\":[\"UN 1591 (Sudan)\"]},\"target\":false}\n");
        // the next export: the same person under a new id, which names the old one as merged into it
        Path ftmNext = Files.writeString(
                files.resolve("entities-next.ftm.json"),
                Files.readString(ftm)
                        .replace("\"NK-1\"", "\"NK-9\"")
                        .replace("\"target\":true", "\"referents\":[\"NK-1\"],\"target\":true"));

        assertThat(run("watchlist", "list", dirArg())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no active lists");

        assertThat(run("watchlist", "import", "--label", "2026-11-23", alerts.toString(), docs.toString(), dirArg()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("imported version 2026-11-23, 2 entries (+2 -0 ~0)")
                .contains("imported version 2026-11-23, 1 entries (+1 -0 ~0)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning alerts.csv:3: ");

        assertThat(run("watchlist", "import", "--label", "os-2026-11-24", ftm.toString(), dirArg()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("imported version os-2026-11-24, 1 entries (+1 -0 ~0)");
        assertThat(run("watchlist", "import", "--label", "os-2026-11-25", ftmNext.toString(), dirArg()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("imported version os-2026-11-25, 1 entries (+0 -0 ~0, renamed 1)");

        assertThat(run("watchlist", "import", broken.toString(), dirArg())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("broken.csv: not imported")
                .contains("rejected broken.csv:2");

        assertThat(run("watchlist", "list", dirArg())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("CLI-ALERT\\s+2026-11-23\\s+2\\s+\\S+ \\S+\\s+console")
                .containsPattern("CLI-DOCS\\s+2026-11-23\\s+1\\s")
                .containsPattern("FTM\\s+os-2026-11-25\\s+1\\s");

        try (var context = ToolContext.start(List.of(dirArg()))) {
            Watchlists watchlists = context.getBean(Watchlists.class);
            assertThat(watchlists.screen(PersonQuery.ofName("Innocent Habyarimana"), 5))
                    .first()
                    .satisfies(h -> assertThat(h.entry().key()).isEqualTo("CLI-ALERT:1"));
            // the stored FollowTheMoney version is read again after the restart
            assertThat(watchlists.screen(PersonQuery.ofName("HASSAN<<OMAR<ABDELKADER"), 5))
                    .first()
                    .satisfies(h -> {
                        assertThat(h.entry().key()).isEqualTo("FTM:NK-9");
                        assertThat(h.entry().category()).isEqualTo("UN 1591 (Sudan)");
                    });
            assertThat(context.getBean(AuditTrail.class).verify().intact()).isTrue();
        }

        assertThat(run("watchlist", "import", dirArg())).isEqualTo(Cli.USAGE);
        assertThat(run("watchlist", "import", "--format", "PDF", alerts.toString(), dirArg()))
                .isEqualTo(Cli.USAGE);
        assertThat(run("watchlist", "import", files.resolve("missing.csv").toString(), dirArg()))
                .isEqualTo(1);
    }

    @Test
    void saysWhyAFileCannotBeImportedAndKeepsFlywayOffStandardOutput(CapturedOutput console) throws Exception {
        assertThat(run("watchlist", "import", files.resolve("missing.csv").toString(), dirArg()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.csv: no such file");
        assertThat(run("watchlist", "import", files.toString(), dirArg())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(files + ": is a directory");

        assertThat(run("watchlist", "list", dirArg())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("no active lists\n");
        assertThat(console.getOut()).doesNotContain("Flyway").doesNotContain("WARN");
    }

    @Test
    void toolsLogWarningsToStandardErrorNotToTheirOutput(CapturedOutput console) {
        try (var context = ToolContext.start(List.of(dirArg()))) {
            org.slf4j.LoggerFactory.getLogger("org.mpaka.watchlist").warn("the list server answered late");
            org.slf4j.LoggerFactory.getLogger("org.mpaka.watchlist").info("imported at 10:02");
        }
        assertThat(console.getErr()).contains("WARN org.mpaka.watchlist: the list server answered late");
        assertThat(console.getOut()).doesNotContain("answered late");
        assertThat(console.getAll()).doesNotContain("imported at 10:02");
    }
}
