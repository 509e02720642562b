package org.mpaka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.Hit;
import org.mpaka.screening.MatchClass;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.support.MpakaIT;
import org.mpaka.watchlist.ImportReport;
import org.mpaka.watchlist.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo travellers hit the demo watchlist as the walkthrough expects, through {@link Watchlists#screen}. */
@MpakaIT
class DemoWatchlistIT {

    @Autowired
    Watchlists watchlists;

    @BeforeEach
    void loadTheDemoWatchlist() throws Exception {
        ImportReport report = DemoData.importWatchlist(watchlists);
        assertThat(report.version()).isEqualTo("demo");
        assertThat(report.rejects()).isEmpty();
        assertThat(report.entries()).isGreaterThanOrEqualTo(19);
    }

    /** Hits on the demo lists only (other tests share the database). */
    private List<Hit> screen(PersonQuery q) {
        return watchlists.screen(q, 10).stream()
                .filter(h -> h.entry().list().startsWith("DEMO-"))
                .toList();
    }

    @Test
    void hakizimanaIsAStrongHitOnTheAlertList() {
        List<Hit> hits = screen(new PersonQuery(
                "HAKIZIMANA<<JEAN<BOSCO",
                "",
                "",
                PartialDate.parse("1979-04-17").orElseThrow(),
                Sex.MALE,
                "RWA",
                List.of()));
        assertThat(hits).first().satisfies(h -> {
            assertThat(h.entry().key()).isEqualTo("DEMO-ALERT:A-001");
            assertThat(h.matchClass()).isEqualTo(MatchClass.STRONG);
            assertThat(h.entry().category()).isEqualTo("wanted (demo)");
            assertThat(h.explanation()).anySatisfy(l -> assertThat(l).contains("birth date"));
        });
        assertThat(hits).hasSize(1);
    }

    @Test
    void hakizimanaTypedByHandInSplitFieldsAlsoHits() {
        List<Hit> hits = screen(new PersonQuery(
                "",
                "Jean Bosco",
                "Hakizimana",
                PartialDate.parse("1979-04-17").orElseThrow(),
                Sex.MALE,
                "RWA",
                List.of()));
        assertThat(hits).first().satisfies(h -> {
            assertThat(h.entry().key()).isEqualTo("DEMO-ALERT:A-001");
            assertThat(h.matchClass()).isEqualTo(MatchClass.STRONG);
        });
    }

    @Test
    void mukendiKabongoIsAStrongOrPossibleHit() {
        List<Hit> hits = screen(new PersonQuery(
                "MUKENDI<KABONGO<<JOSEPH",
                "",
                "",
                PartialDate.parse("1968-09-30").orElseThrow(),
                Sex.MALE,
                "COD",
                List.of()));
        assertThat(hits).first().satisfies(h -> {
            assertThat(h.entry().key()).isEqualTo("DEMO-ALERT:A-002");
            assertThat(h.matchClass()).isIn(MatchClass.STRONG, MatchClass.POSSIBLE);
            assertThat(h.entry().category()).isEqualTo("travel ban (demo)");
        });
        assertThat(hits).hasSize(1);
    }

    @Test
    void uwimanaHitsNothing() {
        assertThat(screen(new PersonQuery(
                        "UWIMANA<<GRACE",
                        "",
                        "",
                        PartialDate.parse("1990-02-11").orElseThrow(),
                        Sex.FEMALE,
                        "RWA",
                        List.of(new DocumentRef("1199070045678912", "national_id", "RWA")))))
                .isEmpty();
    }

    @Test
    void kapingasStolenPassportIsADocumentHit() {
        List<Hit> hits = screen(new PersonQuery(
                "KAPINGA<<MARIE",
                "",
                "",
                PartialDate.parse("1985-06-12").orElseThrow(),
                Sex.FEMALE,
                "COD",
                List.of(new DocumentRef("OP0457812", "passport", "COD"))));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.entry().key()).isEqualTo("DEMO-SLTD:S-001");
            assertThat(h.matchClass()).isEqualTo(MatchClass.STRONG);
            assertThat(h.explanation()).anySatisfy(l -> assertThat(l).contains("OP0457812"));
        });
    }

    @Test
    void theExpiredDemoEntryDoesNotHit() {
        assertThat(screen(new PersonQuery(
                        "NTAKIRUTIMANA<<VENUSTE",
                        "",
                        "",
                        PartialDate.parse("1961").orElseThrow(),
                        Sex.MALE,
                        "RWA",
                        List.of())))
                .isEmpty();
    }
}
