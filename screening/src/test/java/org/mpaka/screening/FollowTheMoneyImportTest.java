package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpaka.screening.WatchlistImportTest.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.screening.internal.FtmParser;

class FollowTheMoneyImportTest {

    @TempDir
    Path tmp;

    private static Map<String, WatchlistEntry> byId(ImportResult r) {
        return r.list().entries().stream().collect(Collectors.toMap(WatchlistEntry::id, Function.identity()));
    }

    @Test
    void detectsFollowTheMoneyLinesApartFromMpakasJsonLines() throws Exception {
        assertThat(WatchlistImport.detect(fixture("ftm_entities.jsonl"))).isEqualTo(WatchlistImport.Format.FTM_JSON);
        assertThat(WatchlistImport.detect(fixture("ftm_targets_nested.jsonl")))
                .isEqualTo(WatchlistImport.Format.FTM_JSON);
        Path mpaka = tmp.resolve("national.jsonl");
        Files.writeString(mpaka, "{\"list\":\"RW-ALERT\",\"id\":\"1\",\"name\":\"Claudine Uwimana\"}\n");
        assertThat(WatchlistImport.detect(mpaka)).isEqualTo(WatchlistImport.Format.JSON_LINES);
        // a first line that is not JSON leaves the decision to the next
        Path damaged = tmp.resolve("damaged.ftm.json");
        Files.writeString(
                damaged,
                "{\"id\":\"x\",\"sch\n\n{\"id\":\"y\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n");
        assertThat(WatchlistImport.detect(damaged)).isEqualTo(WatchlistImport.Format.FTM_JSON);
        assertThat(WatchlistImport.read(damaged).list().entries())
                .extracting(WatchlistEntry::key)
                .containsExactly("FTM:y");
    }

    @Test
    void readsFollowTheMoneyCountryCodes() {
        assertThat(FtmParser.country("ru")).isEqualTo("RUS");
        assertThat(FtmParser.country("xk")).isEqualTo("RKS");
        assertThat(FtmParser.country("suhh")).isEqualTo("SUN");
        assertThat(FtmParser.country("gb-sct")).isEqualTo("GBR");
        assertThat(FtmParser.country("zz")).isEmpty();
        assertThat(FtmParser.country("x-so")).isEmpty();
    }

    @Test
    void readsPersonsWithTheirSanctionsAndDocumentsFromOtherLines() throws Exception {
        ImportResult r = WatchlistImport.read(fixture("ftm_entities.jsonl"));
        Map<String, WatchlistEntry> e = byId(r);
        // targets only: the relative (target false), the sanctions, documents and address are not entries
        assertThat(e.keySet()).containsExactlyInAnyOrder("NK-ka1", "NK-org1", "NK-fl2", "NK-circa", "NK-crime");

        WatchlistEntry p = e.get("NK-ka1");
        assertThat(p.key()).isEqualTo("FTM:NK-ka1");
        assertThat(p.kind()).isEqualTo(WatchlistEntry.Kind.PERSON);
        assertThat(p.names())
                .containsExactly(
                        new EntryName("Innocent Habyarimana Karekezi", EntryName.Quality.PRIMARY),
                        new EntryName("Innocent Karekezi", EntryName.Quality.STRONG),
                        new EntryName("Kareke", EntryName.Quality.STRONG),
                        new EntryName("Le Docteur", EntryName.Quality.WEAK));
        assertThat(p.birthDates()).containsExactly(new PartialDate(1971, 4, 12), new PartialDate(1972, 0, 0));
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.nationalities()).containsExactly("RWA", "COD");
        assertThat(p.addressCountries()).containsExactly("RWA");
        // the person's passportNumber and the Passport entity are one document, with its issuing state
        assertThat(p.documents())
                .containsExactly(
                        new DocumentRef("PC 123456", "Passport", "RWA"),
                        new DocumentRef("1197180012345678", "National ID", "RWA"));
        assertThat(p.category()).isEqualTo("UN 1533 (DR Congo)");
        assertThat(p.validFrom()).isEqualTo(LocalDate.of(2014, 2, 3));
        assertThat(p.validTo()).isNull();

        WatchlistEntry org = e.get("NK-org1");
        assertThat(org.kind()).isEqualTo(WatchlistEntry.Kind.ENTITY);
        assertThat(org.category()).isEqualTo("European Union");
        // listed from May 2016 to the end of 2020: no longer in force
        assertThat(org.validFrom()).isEqualTo(LocalDate.of(2016, 5, 1));
        assertThat(org.validTo()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(org.isValidOn(LocalDate.of(2026, 11, 24))).isFalse();

        WatchlistEntry composed = e.get("NK-fl2");
        assertThat(composed.primaryName()).isEqualTo("Aline Uwase Mukamana");
        assertThat(composed.sex()).isEqualTo(Sex.FEMALE);
        assertThat(composed.birthDates()).containsExactly(new PartialDate(1990, 7, 0));
        assertThat(composed.documents()).containsExactly(new DocumentRef("1199070098765432", "national ID", ""));
        // no sanction: the topics say why it is listed
        assertThat(composed.category()).isEqualTo("wanted");
        assertThat(e.get("NK-circa").birthDates()).isEmpty();

        // sanctions that ended do not end a listing for other reasons (topic crime); Kosovo is RKS
        // as ICAO writes it, Crimea a region of Ukraine, zz (global) no country
        WatchlistEntry crime = e.get("NK-crime");
        assertThat(crime.category()).isEqualTo("Former regime");
        assertThat(crime.validFrom()).isNull(); // the second sanction's start is not a date
        assertThat(crime.validTo()).isNull();
        assertThat(crime.nationalities()).containsExactly("RKS");
        assertThat(crime.addressCountries()).containsExactly("UKR");
    }

    @Test
    void rejectsAndWarnsWithTheLineAndTheReason() throws Exception {
        ImportResult r = WatchlistImport.read(fixture("ftm_entities.jsonl"));
        assertThat(r.recordsRead()).isEqualTo(19);
        assertThat(r.rejects())
                .extracting(ImportResult.Reject::describe)
                .containsExactly(
                        "ftm_entities.jsonl:10: Person 'NK-noname' has no name (name, firstName or lastName)",
                        "ftm_entities.jsonl:11: malformed JSON: unterminated string at character 66",
                        "ftm_entities.jsonl:12: duplicate entity id 'NK-fl2' (first on line 9)",
                        "ftm_entities.jsonl:15: entity 'NK-noschema' has no schema");
        assertThat(r.warnings())
                .extracting(ImportResult.Reject::describe)
                .containsExactly(
                        "ftm_entities.jsonl:13: sanction of unknown entity 'NK-missing' ignored",
                        "ftm_entities.jsonl:14: unreadable birth date 'circa 1960' of 'NK-circa' ignored",
                        "ftm_entities.jsonl:18: unreadable sanction date '2003-02-30' ignored",
                        "ftm_entities.jsonl:19: sanction of rejected entity 'NK-noname' ignored");
    }

    @Test
    void readsTheNestedExportWhereSanctionsAndDocumentsSitInsideTheEntity() throws Exception {
        ImportResult r = WatchlistImport.read(fixture("ftm_targets_nested.jsonl"));
        assertThat(r.rejects()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        WatchlistEntry p = byId(r).get("NK-nest1");
        assertThat(p.names())
                .extracting(EntryName::name)
                .containsExactly("Omar Abdelkader Hassan", "عمر عبد القادر حسن");
        assertThat(p.nationalities()).containsExactly("SDN");
        assertThat(p.documents()).containsExactly(new DocumentRef("B0012345", "passport", "SDN"));
        assertThat(p.category()).isEqualTo("Sudan; UN 1591 (Sudan)");
        assertThat(p.validFrom()).isEqualTo(LocalDate.of(2006, 4, 25));
        assertThat(r.list().entries()).hasSize(1);
    }

    @Test
    void anImportedEntityIsFoundByNameScriptAndDocument() throws Exception {
        ImportResult flat = WatchlistImport.read(fixture("ftm_entities.jsonl"));
        ImportResult nested = WatchlistImport.read(fixture("ftm_targets_nested.jsonl"));
        List<WatchlistEntry> all = new ArrayList<>(flat.list().entries());
        all.addAll(nested.list().entries());
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("ftm", all), new NameMatcher());

        List<Hit> byMrz = index.screen(PersonQuery.ofName("KAREKEZI<<INNOCENT"), 3);
        assertThat(byMrz.get(0).entry().key()).isEqualTo("FTM:NK-ka1");
        assertThat(byMrz.get(0).matchClass()).isEqualTo(MatchClass.STRONG);

        List<Hit> arabic = index.screen(PersonQuery.ofName("Umar Abd al-Qadir Hasan"), 3);
        assertThat(arabic.get(0).entry().key()).isEqualTo("FTM:NK-nest1");

        PersonQuery doc = new PersonQuery(
                "Someone Unrelated",
                null,
                null,
                null,
                Sex.UNSPECIFIED,
                "",
                List.of(new DocumentRef("PC123456", "passport", "RWA")));
        assertThat(index.screen(doc, 3)).extracting(h -> h.entry().key()).contains("FTM:NK-ka1");
    }

    @Test
    void aFileOfNothingButFaultsImportsNoEntryAndSaysWhy() throws Exception {
        Path f = tmp.resolve("bad.ftm.json");
        Files.writeString(
                f,
                "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":[]}\n{\"schema\":\"Person\",\"properties\":{}}\n\"text\"\n",
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.followTheMoney(f);
        assertThat(r.list().entries()).isEmpty();
        assertThat(r.rejects())
                .extracting(ImportResult.Reject::reason)
                .containsExactly(
                        "entity 'x' has no properties object",
                        "the entity has no id",
                        "expected a JSON object (a FollowTheMoney entity)");
    }

    private static String person(String id, String name, String birthDate, String referents) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"referents\":[" + referents
                + "],\"properties\":{\"name\":[\"" + name + "\"],\"birthDate\":[\"" + birthDate + "\"]}}\n";
    }

    @Test
    void anUpdateReportsEntitiesMergedUnderANewIdAsRenamedNotRemovedAndAdded() throws Exception {
        Path v1 = tmp.resolve("v1.ftm.json");
        Files.writeString(
                v1,
                person("Q-100", "Jean Bosco Ntaganda", "1973-11-05", "")
                        + person("Q-200", "Sylvestre Mudacumura", "1954", "")
                        + person("Q-201", "Mudacumura Sylvestre", "1954-03-02", "")
                        + person("Q-300", "Ignace Murwanashyaka", "1963-05-14", ""),
                StandardCharsets.UTF_8);
        Path v2 = tmp.resolve("v2.ftm.json");
        Files.writeString(
                v2,
                // Q-100 under a new id, as it was; merged into one; Q-300 gone;
                // Q-400 new, and naming Q-100 too, which NK-1 named first
                person("NK-1", "Jean Bosco Ntaganda", "1973-11-05", "\"Q-100\",\"NK-1\"")
                        + person("NK-2", "Sylvestre Mudacumura", "1954-03-02", "\"Q-200\",\"Q-201\"")
                        + person("Q-400", "Callixte Mbarushimana", "1963-07-24", "\"Q-100\""),
                StandardCharsets.UTF_8);
        Screener s = new Screener(new NameMatcher());
        s.update(() -> WatchlistImport.read(v1).list());
        ImportResult second = WatchlistImport.read(v2);
        assertThat(second.warnings())
                .extracting(ImportResult.Reject::location, ImportResult.Reject::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        3L, "'Q-400' names 'Q-100' as a former id, which 'NK-1' named first: left to that one"));
        ListUpdate u = s.update(second::list);

        assertThat(u.renamed())
                .containsExactly(
                        Map.entry("FTM:Q-100", "FTM:NK-1"),
                        Map.entry("FTM:Q-200", "FTM:NK-2"),
                        Map.entry("FTM:Q-201", "FTM:NK-2"));
        assertThat(u.added()).containsExactly("FTM:Q-400");
        assertThat(u.removed()).containsExactly("FTM:Q-300");
        // NK-1 is Q-100 unchanged; NK-2 merges two records, so its content changed
        assertThat(u.unchanged()).isEqualTo(1);
        assertThat(u.changed()).containsExactly("FTM:NK-2");
        assertThat(u.summary()).endsWith("+1 -1 ~1 =1, renamed 3");
        // the entry is found under its new key
        assertThat(s.current().screen(PersonQuery.ofName("NTAGANDA<<JEAN<BOSCO"), 1))
                .extracting(h -> h.entry().key())
                .containsExactly("FTM:NK-1");
    }

    @Test
    void aRecordMergedIntoAnEntryTheListHadAlreadyChangesThatEntry() {
        WatchlistEntry kept = TestEntries.person("L", "1", "Amina Uwase", "1980", "");
        WatchlistEntry merged = TestEntries.person("L", "2", "Amina Uwase", "1980", "");
        Watchlist before = new Watchlist("v1", List.of(kept, merged));
        // the same content under the kept key: the record L:2 is gone into it
        Watchlist after = new Watchlist("v2", List.of(kept), Map.of("L:2", "L:1"));
        ListUpdate u = ListUpdate.between(before, after);
        assertThat(u.renamed()).containsExactly(Map.entry("L:2", "L:1"));
        assertThat(u.changed()).containsExactly("L:1");
        assertThat(u.removed()).isEmpty();
        assertThat(u.unchanged()).isZero();
        // a version that renamed nothing reports nothing renamed
        assertThat(ListUpdate.between(before, before).renamed()).isEmpty();
        assertThat(new ListUpdate("a", "b", List.of(), List.of(), List.of(), 0, null).renamed())
                .isEmpty();
    }

    @Test
    void aVersionKeepsOnlyFormerKeysThatAreNoLongerEntriesKeys() {
        WatchlistEntry a = TestEntries.person("L", "1", "Amina Uwase", "", "");
        WatchlistEntry b = TestEntries.person("L", "2", "Eric Habimana", "", "");
        Watchlist w = new Watchlist("v", List.of(a, b), Map.of("L:1", "L:2", "L:0", "L:2", "L:9", "L:8"));
        // L:1 is still an entry's key and L:8 is none: only L:0 -> L:2 stands
        assertThat(w.formerKeys()).containsExactly(Map.entry("L:0", "L:2"));
        assertThat(w.plus(new Watchlist("w", List.of())).formerKeys()).containsExactly(Map.entry("L:0", "L:2"));
    }
}
