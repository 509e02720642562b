package org.mpaka.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mpaka.watchlist.WatchlistFiles.admin;
import static org.mpaka.watchlist.WatchlistFiles.csv;
import static org.mpaka.watchlist.WatchlistFiles.uniqueList;
import static org.mpaka.watchlist.WatchlistFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.audit.AuditTrail;
import org.mpaka.screening.Hit;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storage of list versions, run on H2 ({@link WatchlistStorageIT}) and PostgreSQL ({@link
 * WatchlistStoragePostgresIT}): the file's bytes come back unchanged, a fresh instance (as after a
 * restart) rebuilds the same active lists from the database, and a refused file writes nothing.
 */
abstract class WatchlistStorageContract {

    @Autowired
    Watchlists watchlists;

    @Autowired
    WatchlistStore store;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MpakaProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** A new instance on the same database, as the server has after a restart. */
    Watchlists restarted() {
        return new Watchlists(store, audit, tx, properties, clock, meters);
    }

    @Test
    void storesTheFileAndAFreshInstanceLoadsTheNewestVersionOfEachList() throws Exception {
        String alert = uniqueList("ST-ALERT");
        String docs = uniqueList("ST-DOCS");
        String first = csv(
                alert + ",1,person,wanted,Félicien NKURUNZIZA,,,1970-05-06,M,BDI,,,",
                alert + ",2,person,wanted,Odette UMUTONI,,,1985,F,RWA,,,",
                docs + ",9,stolen_document,stolen,,,,,,,passport:PB9911223:RWA,,");
        ImportReport r1 = watchlists.importFile(admin(), write(dir, "first.csv", first), "first.csv");
        assertThat(r1.entries()).isEqualTo(3);
        assertThat(r1.added()).isEqualTo(3);

        // the second file holds only the alert list: the documents list stays at the first version
        String second = csv(alert + ",1,person,wanted,Félicien NKURUNZIZA,,,1970-05-06,M,BDI,,,");
        ImportReport r2 = watchlists.importFile(admin(), write(dir, "second.csv", second), "second.csv");
        assertThat(r2)
                .extracting(ImportReport::added, ImportReport::removed, ImportReport::changed)
                .containsExactly(0, 1, 0);

        byte[] stored = jdbc.sql("SELECT v.content FROM watchlist_version v WHERE v.file_name = 'second.csv'"
                        + " AND v.id IN (SELECT version_id FROM watchlist_version_list WHERE list_name = ?)")
                .param(alert)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo(second);
        String sha = jdbc.sql("SELECT file_sha256 FROM watchlist_version WHERE file_name = 'second.csv'"
                        + " AND id IN (SELECT version_id FROM watchlist_version_list WHERE list_name = ?)")
                .param(alert)
                .query(String.class)
                .single();
        assertThat(sha)
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(second.getBytes(StandardCharsets.UTF_8))));

        Watchlists fresh = restarted();
        List<ActiveList> before = mine(watchlists.active(), alert, docs);
        List<ActiveList> after = mine(fresh.active(), alert, docs);
        assertThat(after).isEqualTo(before);
        assertThat(mine(fresh.stored(), alert, docs)).isEqualTo(before);
        assertThat(after)
                .extracting(ActiveList::list, ActiveList::version, ActiveList::entries)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(alert, "second.csv", 1),
                        org.assertj.core.groups.Tuple.tuple(docs, "first.csv", 1));

        PersonQuery umutoni = new PersonQuery(
                "UMUTONI<<ODETTE", "", "", PartialDate.parse("1985-02-03").orElseThrow(), Sex.FEMALE, "RWA", List.of());
        assertThat(lists(fresh.screen(umutoni, 10))).doesNotContain(alert);
        PersonQuery stolen = new PersonQuery(
                "SOMEONE<<ELSE",
                "",
                "",
                null,
                Sex.UNSPECIFIED,
                "",
                List.of(new org.mpaka.screening.DocumentRef("PB9911223", "passport", "RWA")));
        assertThat(fresh.screen(stolen, 10))
                .anySatisfy(h -> assertThat(h.entry().key()).isEqualTo(docs + ":9"));
        PersonQuery felicien = new PersonQuery(
                "",
                "Felicien",
                "Nkurunziza",
                PartialDate.parse("1970-05-06").orElseThrow(),
                Sex.MALE,
                "BDI",
                List.of());
        assertThat(fresh.screen(felicien, 10)).first().satisfies(h -> {
            assertThat(h.entry().key()).isEqualTo(alert + ":1");
            assertThat(h.explanation()).isNotEmpty();
        });

        // a version imported elsewhere (here: through the other instance) is picked up by the refresh
        assertThat(fresh.refreshIfChanged()).isFalse();
        String third = csv(
                alert + ",1,person,wanted,Félicien NKURUNZIZA,,,1970-05-06,M,BDI,,,",
                alert + ",3,person,wanted,Claver MUNYANEZA,,,1977,M,RWA,,,");
        watchlists.importFile(admin(), write(dir, "third.csv", third), "third.csv");
        assertThat(fresh.screen(PersonQuery.ofName("Claver Munyaneza"), 10))
                .noneMatch(h -> h.entry().list().equals(alert));
        assertThat(fresh.refreshIfChanged()).isTrue();
        assertThat(mine(fresh.active(), alert)).extracting(ActiveList::version).containsExactly("third.csv");
        assertThat(fresh.screen(PersonQuery.ofName("Claver Munyaneza"), 10))
                .anySatisfy(h -> assertThat(h.entry().key()).isEqualTo(alert + ":3"));
        assertThat(fresh.refreshIfChanged()).isFalse();
    }

    @Test
    void aRefusedFileWritesNothing() {
        String list = uniqueList("ST-BAD");
        long versions = count("watchlist_version");
        long events = count("audit_event");
        String bad = csv(list + ",1,person,wanted,,,,,,,,,", list + ",2,person,wanted,Aline Kamanzi,,,,F,RWA,,,");
        assertThatThrownBy(() -> watchlists.importFile(admin(), write(dir, "bad.csv", bad), "bad.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.csv:2");
        assertThat(count("watchlist_version")).isEqualTo(versions);
        assertThat(count("audit_event")).isEqualTo(events);
        assertThat(watchlists.active()).noneMatch(a -> a.list().equals(list));
    }

    @Test
    void concurrentImportsOfDifferentListsAllStayActive() throws Exception {
        List<String> names = List.of(uniqueList("CC-A"), uniqueList("CC-B"), uniqueList("CC-C"), uniqueList("CC-D"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(names.size());
        try {
            List<java.util.concurrent.Future<ImportReport>> done = new java.util.ArrayList<>();
            for (String list : names) {
                Path file = write(dir, list + ".csv", csv(list + ",1,person,wanted,Modeste HABIMANA,,,1960,M,RWA,,,"));
                done.add(pool.submit(() -> watchlists.importFile(admin(), file, list + ".csv")));
            }
            for (var f : done) {
                assertThat(f.get().entries()).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(watchlists.active()).extracting(ActiveList::list).containsAll(names);
        assertThat(restarted().active()).extracting(ActiveList::list).containsAll(names);
        assertThat(watchlists.screen(PersonQuery.ofName("Modeste Habimana"), 50))
                .extracting(h -> h.entry().list())
                .containsAll(names);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static List<ActiveList> mine(List<ActiveList> all, String... names) {
        List<String> wanted = List.of(names);
        return all.stream().filter(a -> wanted.contains(a.list())).toList();
    }

    private static List<String> lists(List<Hit> hits) {
        return hits.stream().map(h -> h.entry().list()).toList();
    }
}
