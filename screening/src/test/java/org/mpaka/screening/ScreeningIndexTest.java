package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

    private static final String[] GIVEN = {
        "Jean",
        "Pierre",
        "Claudine",
        "Mohamed",
        "Muhammad",
        "Ahmed",
        "Fatuma",
        "Amina",
        "Eric",
        "Olivier",
        "Grace",
        "Emmanuel",
        "Ivan",
        "Olga",
        "Wei",
        "Zhang",
        "Joseph",
        "Marie",
        "Aisha",
        "Yusuf",
        "Bosco"
    };
    private static final String[] FAMILY = {
        "Habimana",
        "Niyonzima",
        "Tshibangu",
        "Kabila",
        "Mugisha",
        "Uwimana",
        "Nsengiyumva",
        "Al-Hassan",
        "Ibrahim",
        "Petrov",
        "Ivanova",
        "Li",
        "Chen",
        "Dubois",
        "Martin",
        "Smith",
        "Okello",
        "Mwangi",
        "Kamau",
        "Nyirahabimana",
        "Abdulrahman",
        "Bizimana",
        "Hakizimana",
        "Mukamana"
    };

    static Watchlist randomList(long seed, int size) {
        Random r = new Random(seed);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = GIVEN[r.nextInt(GIVEN.length)] + " "
                    + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] + " " : "") + FAMILY[r.nextInt(FAMILY.length)];
            String dob = (1940 + r.nextInt(60)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9);
            entries.add(TestEntries.person("T", Integer.toString(i), name, dob, ""));
        }
        return new Watchlist("seed" + seed, entries);
    }

    static String vary(String name, Random r) {
        char[] c = name.toCharArray();
        int i = 1 + r.nextInt(c.length - 2);
        if (Character.isLetter(c[i]) && Character.isLetter(c[i + 1])) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        }
        String[] parts = new String(c).split(" ");
        return parts[parts.length - 1].toUpperCase(java.util.Locale.ROOT) + ", "
                + String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1));
    }

    @Test
    void candidateSearchFindsWhatAnExhaustiveScanFinds() {
        Watchlist list = randomList(42, 3000);
        ScreeningIndex index = ScreeningIndex.build(list, new NameMatcher());
        Random r = new Random(7);
        int compared = 0;
        for (int q = 0; q < 60; q++) {
            String name = vary(list.entries().get(r.nextInt(3000)).primaryName(), r);
            PersonQuery query = PersonQuery.ofName(name);
            List<Hit> expected = index.exhaustive(query, 10);
            List<Hit> actual = index.top(query, 10);
            // entries with equal names tie; the oracle compares the ranked scores
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).matchClass() == MatchClass.STRONG) {
                    compared++;
                    assertThat(actual).as("query %s, rank %d", name, i).hasSizeGreaterThan(i);
                    assertThat(actual.get(i).score())
                            .as("query %s, rank %d", name, i)
                            .isEqualTo(expected.get(i).score());
                }
            }
        }
        assertThat(compared).isGreaterThan(60);
    }

    /** Adds a person with only a name, numbered by position. */
    private static void addNamed(List<WatchlistEntry> entries, String name) {
        entries.add(TestEntries.person("T", Integer.toString(entries.size()), name, "", ""));
    }

    /** A made-up name part of three syllables: distinct parts for a list with long tails. */
    private static String madeUpPart(Random r) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append(consonants.charAt(r.nextInt(consonants.length())));
            sb.append(vowels.charAt(r.nextInt(vowels.length())));
        }
        sb.append(consonants.charAt(r.nextInt(consonants.length())));
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    @Test
    void aGivenNameInTheOtherSexsFormIsStrongThroughTheIndexWhenBothSexesAreTheSame() {
        WatchlistEntry ibrahim = new WatchlistEntry(
                "L",
                "1",
                WatchlistEntry.Kind.PERSON,
                "test",
                List.of(new EntryName("Ibrahim Diallo", EntryName.Quality.PRIMARY)),
                List.of(),
                Sex.MALE,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("sex", List.of(ibrahim)), new NameMatcher());
        PersonQuery man = new PersonQuery("Ibrahima Diallo", "", "", null, Sex.MALE, "", List.of());
        PersonQuery unknown = new PersonQuery("Ibrahima Diallo", "", "", null, Sex.UNSPECIFIED, "", List.of());
        PersonQuery woman = new PersonQuery("Ibrahima Diallo", "", "", null, Sex.FEMALE, "", List.of());
        assertThat(index.top(man, 10))
                .singleElement()
                .satisfies(h -> assertThat(h.matchClass()).isEqualTo(MatchClass.STRONG));
        assertThat(index.top(unknown, 10))
                .singleElement()
                .satisfies(h -> assertThat(h.matchClass()).isEqualTo(MatchClass.POSSIBLE));
        assertThat(index.top(woman, 10))
                .singleElement()
                .satisfies(h -> assertThat(h.score()).isLessThan(0.7));
    }

    @Test
    void theEntryTheSameSexLiftsIsFoundAmongNamesakesThatScoreHigherByTheirNames() {
        // 30 entries named as the query, no date, no sex; the man the query is, under the other
        // form of his name, born on its date: his form scores 0.75 as a name, and more than 1 as
        // an entry of the query's sex and date
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(TestEntries.person("L", "namesake" + i, "Ibrahima Diallo", "", ""));
        }
        entries.add(new WatchlistEntry(
                "L",
                "him",
                WatchlistEntry.Kind.PERSON,
                "test",
                List.of(new EntryName("Ibrahim Diallo", EntryName.Quality.PRIMARY)),
                PartialDate.parse("1970-05-01").stream().toList(),
                Sex.MALE,
                List.of(),
                List.of(),
                List.of(),
                null,
                null));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("namesakes", entries), new NameMatcher());
        PersonQuery query = new PersonQuery(
                "Ibrahima Diallo", "", "", PartialDate.parse("1970-05-01").orElseThrow(), Sex.MALE, "", List.of());
        assertThat(index.top(query, 10).get(0).entry().id()).isEqualTo("him");
        assertThat(index.top(query, 10).get(0).entry().id())
                .isEqualTo(index.exhaustive(query, 10).get(0).entry().id());
    }

    @Test
    void findsNamesMadeOfVeryCommonPartsAndRanksNamesakesOfARarePartByTheirCommonPart() {
        // Mohamed and Ali each in more than 5,000 names: their lists are too common to read alone,
        // even as the last resort for a query that finds nothing else
        Random r = new Random(11);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5100; i++) {
            addNamed(entries, "Mohamed " + madeUpPart(r));
            addNamed(entries, "Ali " + madeUpPart(r));
        }
        // 150 people share a rare family name; only one of them is called Mohamed
        for (int i = 0; i < 150; i++) {
            addNamed(entries, madeUpPart(r) + " " + madeUpPart(r) + " Zorbakian");
        }
        // (a middle name, so that no run of parts written together matches the query's)
        entries.add(TestEntries.person("T", "target-rare", "Mohamed " + madeUpPart(r) + " Zorbakian", "", ""));
        // (a middle name again: only the pair of common parts can find it, not a run)
        entries.add(TestEntries.person("T", "target-common", "Ali " + madeUpPart(r) + " Mohamed", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("common", entries), new NameMatcher());

        for (String q : List.of("ZORBAKIAN<<MOHAMED", "Mohamed Zorbakain")) {
            List<Hit> top = index.top(PersonQuery.ofName(q), 5);
            assertThat(top).as(q).isNotEmpty();
            assertThat(top.get(0).entry().id()).as(q).isEqualTo("target-rare");
        }
        for (String q : List.of("MOHAMED<<ALI", "Ali Mohamed", "Aly Mohammed")) {
            // forms of Mohamed or Ali alone are not read: the pair's list finds the target
            List<Hit> top = index.top(PersonQuery.ofName(q), 5);
            assertThat(top).as(q).isNotEmpty();
            assertThat(top.get(0).entry().id()).as(q).isEqualTo("target-common");
            assertThat(top.get(0).score())
                    .isEqualTo(index.exhaustive(PersonQuery.ofName(q), 1).get(0).score());
        }
    }

    @Test
    void findsCommonPartHoldersBeyondTheFirstPoolAndNamesOfOneCommonPart() {
        Random r = new Random(12);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            addNamed(entries, "Mohamed " + madeUpPart(r));
        }
        // 450 namesakes of a rarer family name: more than four times the candidate forms
        for (int i = 0; i < 450; i++) {
            addNamed(entries, madeUpPart(r) + " Zorbakian");
        }
        entries.add(TestEntries.person("T", "target", "Mohamed " + madeUpPart(r) + " Zorbakian", "", ""));
        entries.add(TestEntries.person("T", "mononym", "Mohamed", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("pool", entries), new NameMatcher());
        assertThat(index.top(PersonQuery.ofName("Mohamed Zorbakian"), 1))
                .extracting(h -> h.entry().id())
                .containsExactly("target");
        assertThat(index.top(PersonQuery.ofName("MOHAMED<<"), 1))
                .extracting(h -> h.entry().id())
                .containsExactly("mononym");
    }

    @Test
    void findsACommonPartHolderAmongMoreTiedNamesakesOfTheOtherPartThanThePoolHolds() {
        Random r = new Random(13);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            addNamed(entries, "Mohamed " + madeUpPart(r));
        }
        // 1,000 namesakes of a family name that is not common: all tie on it, more than the 800
        // forms first checked for the common part; the target is indexed last
        for (int i = 0; i < 1000; i++) {
            addNamed(entries, madeUpPart(r) + " Zorbakian");
        }
        // (a middle name, so that no run of parts written together matches the query's)
        entries.add(TestEntries.person("T", "target", "Zorbakian " + madeUpPart(r) + " Mohamed", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("ties", entries), new NameMatcher());
        assertThat(index.top(PersonQuery.ofName("Mohamed Zorbakian"), 1))
                .extracting(h -> h.entry().id())
                .containsExactly("target");
    }

    @Test
    void amongNamesakesTiedOnTheCandidateKeysPrefersThoseBornInTheQueryYear() {
        // 600 Daniels, none born in 1959 (listed with years alone from 1961, which count for a year
        // either side); the target's family name is mistyped so that none of its keys meets: every
        // Daniel ties on the candidate keys, far more than are aligned
        assertThat(mistypedKoechAmongDaniels(14, i -> Integer.toString(1961 + i % 30), "1959"))
                .containsExactly("target");
    }

    @Test
    void aYearListedAloneCountsForTheYearsEitherSide() {
        // as above, but the target is listed as born in 1958 or 1960, a year alone ("circa"), and
        // the others with full dates in other years
        assertThat(mistypedKoechAmongDaniels(15, i -> (1965 + i % 20) + "-06-15", "1958"))
                .containsExactly("target");
        assertThat(mistypedKoechAmongDaniels(15, i -> (1965 + i % 20) + "-06-15", "1960"))
                .containsExactly("target");
    }

    /**
     * The best hit's id for KOEHC<<DANEL born 1959-07-04, among 600 Daniels of made-up family names
     * born on {@code dob.apply(i)} and the target, KOECH Daniel born on {@code targetDob}.
     */
    private static List<String> mistypedKoechAmongDaniels(
            long seed, java.util.function.IntFunction<String> dob, String targetDob) {
        Random r = new Random(seed);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            entries.add(TestEntries.person("T", Integer.toString(i), "Daniel " + madeUpPart(r), dob.apply(i), ""));
        }
        entries.add(TestEntries.person("T", "target", "KOECH Daniel", targetDob, ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("year", entries), new NameMatcher());
        PersonQuery query = new PersonQuery(
                "KOEHC<<DANEL", "", "", PartialDate.parse("1959-07-04").orElseThrow(), Sex.UNSPECIFIED, "", List.of());
        return index.top(query, 1).stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void findsAGivenNameWrittenInAnotherLanguage() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(22, 2000).entries());
        entries.add(TestEntries.person("T", "target", "Peter Nsengimana", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("lang", entries), new NameMatcher());
        for (String q : List.of("Butrus Nsengimana", "NSENGIMANA<<PIERRE")) {
            assertThat(index.top(PersonQuery.ofName(q), 1))
                    .as(q)
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.entry().id()).isEqualTo("target");
                        assertThat(h.explanation())
                                .anySatisfy(line -> assertThat(line).contains("same name in another language"));
                    });
        }
    }

    @Test
    void buildsAListWithManyNamesInHanScript() {
        // each split of a kanji name is read in a scheme of its own kind: a list's schemes stay few
        String family = "田中佐藤鈴木高橋渡辺伊藤山本中村小林加藤吉田山田松本井上木村林清水山口森池田";
        String given = "一郎翔平航平正義一明浩史尚子幸子明子裕子健太大輔直樹";
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int f = 0; f + 1 < family.length(); f += 2) {
            for (int g = 0; g + 1 < given.length(); g += 2) {
                String name = family.substring(f, f + 2) + given.substring(g, g + 2);
                entries.add(TestEntries.person("T", name, name, "", ""));
            }
        }
        assertThat(entries).hasSizeGreaterThan(200);
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("han", entries), new NameMatcher());
        assertThat(index.top(PersonQuery.ofName("Kohei Tanaka"), 1))
                .singleElement()
                .satisfies(h -> assertThat(h.entry().id()).isEqualTo("田中航平"));
    }

    @Test
    void findsAJapaneseNameListedInKanjiByTheReadingsOfItsKanji() {
        // no birth date: only the look-up keys of the kanji's readings reach the entry (the
        // dictionary reads 大谷翔平 oya sho taira word by word)
        List<WatchlistEntry> entries = new ArrayList<>(randomList(23, 2000).entries());
        entries.add(TestEntries.person("T", "target", "大谷翔平", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("kanji", entries), new NameMatcher());
        for (String q : List.of("Shohei Ohtani", "OTANI<<SHOHEI")) {
            assertThat(index.top(PersonQuery.ofName(q), 1))
                    .as(q)
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.entry().id()).isEqualTo("target");
                        assertThat(h.matchClass()).isEqualTo(MatchClass.STRONG);
                        assertThat(h.explanation())
                                .anySatisfy(line -> assertThat(line).contains("one of the readings of the kanji"));
                    });
        }
    }

    @Test
    void findsAChineseNameListedInHanScriptByItsCantoneseReading() {
        // no birth date: only the look-up keys of the Cantonese reading (lei ka sing) reach the entry
        List<WatchlistEntry> entries = new ArrayList<>(randomList(24, 2000).entries());
        entries.add(TestEntries.person("T", "target", "李嘉誠", "", ""));
        entries.add(TestEntries.person("T", "other", "李強", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("han", entries), new NameMatcher());
        for (String q : List.of("Li Ka-shing", "LI<<KA<SHING", "Lee Ka Shing")) {
            List<Hit> hits = index.top(PersonQuery.ofName(q), 3);
            assertThat(hits).as(q).isNotEmpty();
            assertThat(hits.getFirst().entry().id()).as(q).isEqualTo("target");
            assertThat(hits.getFirst().matchClass()).as(q).isEqualTo(MatchClass.STRONG);
            assertThat(hits.getFirst().explanation())
                    .as(q)
                    .anySatisfy(line -> assertThat(line).contains("Cantonese (Hong Kong spelling)"));
        }
    }

    @Test
    void anEntryBornOnTheQueryDateIsFoundWhenACrowdOfNamesKeepsItOutOfTheCandidates() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(22, 2000).entries());
        // 200 names with the query's two parts as typed rank above the true name, whose two parts
        // are each one letter off: the candidate forms are all theirs
        for (int i = 0; i < 200; i++) {
            entries.add(TestEntries.person("T", "crowd" + i, "Jusin Hiel " + thirdName(i), "", ""));
        }
        entries.add(TestEntries.person("T", "target", "Justin Hill", "1980-05-17", ""));
        entries.add(TestEntries.person("T", "same-day", "Peter Okello", "1980-05-17", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("dob", entries), new NameMatcher());
        PersonQuery noDate = PersonQuery.ofName("Jusin Hiel");
        assertThat(index.top(noDate, 300)).extracting(h -> h.entry().id()).doesNotContain("target");
        PersonQuery query = new PersonQuery(
                "Jusin Hiel", "", "", PartialDate.parse("1980-05-17").orElseThrow(), Sex.UNSPECIFIED, "", List.of());
        List<Hit> top = index.top(query, 5);
        assertThat(top.getFirst().entry().id()).isEqualTo("target");
        assertThat(top.getFirst().matchClass()).isEqualTo(MatchClass.STRONG);
    }

    @Test
    void anEntryBornOnTheQueryDateIsFoundWhenEveryPartIsMistypedWhereNoKeyReaches() {
        // a letter of a digraph struck wrong or swapped across it: the spelling rules rewrite kh,
        // sh, ch before the keys are made, so no key of the query meets the listed parts
        String[][] pairs = {
            {"Kgalid Sgeikh", "Khalid Sheikh"},
            {"Ricgard Tshimba", "Richard Tshitumba"},
            {"KAHWA, Cihef", "KHAWA, Chief"},
        };
        for (String[] pair : pairs) {
            List<WatchlistEntry> entries = new ArrayList<>(randomList(23, 2000).entries());
            entries.add(TestEntries.person("T", "target", pair[1], "1980-05-17", ""));
            entries.add(TestEntries.person("T", "same-day", "Peter Okello", "1980-05-17", ""));
            ScreeningIndex index = ScreeningIndex.build(new Watchlist("dob", entries), new NameMatcher());
            assertThat(index.top(PersonQuery.ofName(pair[0]), 50))
                    .as(pair[0] + " without a date")
                    .extracting(h -> h.entry().id())
                    .doesNotContain("target");
            PersonQuery query = new PersonQuery(
                    pair[0], "", "", PartialDate.parse("1980-05-17").orElseThrow(), Sex.UNSPECIFIED, "", List.of());
            Hit first = index.top(query, 5).getFirst();
            assertThat(first.entry().id()).as(pair[0]).isEqualTo("target");
            assertThat(first.matchClass()).as(pair[0]).isIn(MatchClass.STRONG, MatchClass.POSSIBLE);
        }
    }

    /** A distinct made-up given name for the i-th of a crowd (letters only, no real name). */
    private static String thirdName(int i) {
        return "Zq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "ex";
    }

    @Test
    void alignsEveryEntryBornOnTheQueryDateWhenTheQueryHasInitials() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(21, 2000).entries());
        entries.add(TestEntries.person("T", "target", "Justin Hill", "1980-05-17", ""));
        entries.add(TestEntries.person("T", "same-day", "Peter Okello", "1980-05-17", ""));
        entries.add(TestEntries.person("T", "other-day", "Joseph Habimana", "1980-05-18", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("dob", entries), new NameMatcher());
        // initials alone post no keys: only the birth date brings the entries born that day
        PersonQuery query = new PersonQuery(
                "J. H.", "", "", PartialDate.parse("1980-05-17").orElseThrow(), Sex.UNSPECIFIED, "", List.of());
        // found, but initials alone are no identification: a weak hit, even on the same day
        assertThat(index.top(query, 5)).singleElement().satisfies(h -> {
            assertThat(h.entry().id()).isEqualTo("target");
            assertThat(h.matchClass()).isEqualTo(MatchClass.WEAK);
        });
    }

    @Test
    void ofHitsShownAtOneTheOneWithMoreAgreeingEvidenceRanksFirst() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(22, 500).entries());
        // exact names without a birth date (1.00), listed before the target by key
        entries.add(TestEntries.person("T", "a1", "MARTIN, Jean", "", ""));
        entries.add(TestEntries.person("T", "a2", "Jean Martin", "", ""));
        // a middle name more, but born on the query's date: 0.93 + 0.12, also shown at 1.00
        entries.add(TestEntries.person("T", "z", "Jean Antoine Martin", "1967-03-21", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("cap", entries), new NameMatcher());
        PersonQuery query = new PersonQuery(
                "Martin Jean", "", "", PartialDate.parse("1967-03-21").orElseThrow(), Sex.UNSPECIFIED, "", List.of());
        List<Hit> top = index.top(query, 3);
        assertThat(top).extracting(Hit::score).containsOnly(1.0);
        assertThat(top).extracting(h -> h.entry().id()).containsExactly("z", "a1", "a2");
        assertThat(index.exhaustive(query, 3)).extracting(h -> h.entry().id()).containsExactly("z", "a1", "a2");
    }

    @Test
    void manyThreadsScreeningAtOnceGetWhatOneThreadGets() throws Exception {
        Watchlist list = randomList(8, 2000);
        ScreeningIndex index = ScreeningIndex.build(list, new NameMatcher());
        assertThat(index.concurrency()).isGreaterThanOrEqualTo(2);
        Random r = new Random(9);
        List<PersonQuery> queries = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PersonQuery q =
                    PersonQuery.ofName(vary(list.entries().get(r.nextInt(2000)).primaryName(), r));
            queries.add(q);
            expected.add(index.top(q, 10).stream().map(h -> h.entry().key()).toList());
        }
        // more threads than scratch spaces: callers wait their turn and share the pool
        ExecutorService pool = Executors.newFixedThreadPool(4 * index.concurrency());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4 * index.concurrency(); t++) {
                results.add(pool.submit(() -> {
                    for (int rep = 0; rep < 5; rep++) {
                        for (int i = 0; i < queries.size(); i++) {
                            List<String> got = index.top(queries.get(i), 10).stream()
                                    .map(h -> h.entry().key())
                                    .toList();
                            if (!got.equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void indexScoresEqualThePairwiseMatcher() {
        Watchlist list = randomList(3, 200);
        NameMatcher m = new NameMatcher();
        ScreeningIndex index = ScreeningIndex.build(list, m);
        PersonQuery q = PersonQuery.ofName(list.entries().get(17).primaryName());
        Hit top = index.top(q, 1).get(0);
        assertThat(top.score()).isEqualTo(m.match(q, top.entry()).score());
        assertThat(top.score()).isEqualTo(1.0);
    }

    @Test
    void updateReportsAddedRemovedAndChanged() {
        Watchlist v1 = new Watchlist(
                "v1",
                List.of(
                        TestEntries.person("N", "1", "Jean Habimana", "1970", ""),
                        TestEntries.person("N", "2", "Eric Mugisha", "1980", "")));
        Watchlist v2 = new Watchlist(
                "v2",
                List.of(
                        TestEntries.person("N", "2", "Eric Mugisha", "1981", ""),
                        TestEntries.person("N", "3", "Amina Uwimana", "1990", "")));
        Screener s = new Screener(new NameMatcher());
        s.update(v1);
        ListUpdate u = s.update(v2);
        assertThat(u.added()).containsExactly("N:3");
        assertThat(u.removed()).containsExactly("N:1");
        assertThat(u.changed()).containsExactly("N:2");
        assertThat(s.screen(PersonQuery.ofName("Jean Habimana"), 5)).isEmpty();
    }

    @Test
    void failedImportLeavesThePreviousVersionActive() throws Exception {
        Screener s = new Screener(new NameMatcher());
        s.update(new Watchlist("v1", List.of(TestEntries.person("N", "1", "Jean Habimana", "1970", ""))));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> s.update(() -> WatchlistImport.read(java.nio.file.Path.of("does-not-exist.xml"))
                                .list()))
                .isInstanceOf(WatchlistImportException.class);
        assertThat(s.current().list().version()).isEqualTo("v1");
        assertThat(s.screen(PersonQuery.ofName("Jean Habimana"), 5)).hasSize(1);
    }

    @Test
    void queriesDuringUpdatesSeeOneVersionOnly() throws Exception {
        // version A lists "Jean Habimana" as A:1 and A:2; version B lists B:1 and B:2. A mix would
        // return one A and one B hit in the same answer.
        Watchlist a = new Watchlist(
                "A",
                List.of(
                        TestEntries.person("A", "1", "Jean Habimana", "1970", ""),
                        TestEntries.person("A", "2", "Jean Habimana", "1971", "")));
        Watchlist b = new Watchlist(
                "B",
                List.of(
                        TestEntries.person("B", "1", "Jean Habimana", "1970", ""),
                        TestEntries.person("B", "2", "Jean Habimana", "1971", "")));
        Screener s = new Screener(new NameMatcher());
        s.update(a);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger screened = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    List<Hit> hits = s.screen(PersonQuery.ofName("Jean Habimana"), 5);
                    assertThat(hits).hasSize(2);
                    assertThat(hits.get(0).entry().list())
                            .isEqualTo(hits.get(1).entry().list());
                    n++;
                    screened.incrementAndGet();
                }
                return n;
            }));
        }
        // at least 200 updates, and go on until the readers have screened during them (building a
        // tiny list is so fast that 200 updates can be over before a reader thread starts)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int i = 0; i < 200 || (screened.get() < 200 && System.nanoTime() < deadline); i++) {
            s.update(i % 2 == 0 ? b : a);
        }
        stop.set(true);
        int total = 0;
        for (Future<Integer> f : readers) {
            total += f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isPositive();
    }

    @Test
    void aMatchingDocumentNumberRanksAboveNamesakesShownAtOne() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(23, 300).entries());
        entries.add(new WatchlistEntry(
                "T",
                "a-doc",
                WatchlistEntry.Kind.PERSON,
                "test",
                List.of(new EntryName("Somebody Unrelated", EntryName.Quality.PRIMARY)),
                List.of(),
                Sex.UNSPECIFIED,
                List.of(),
                List.of(new DocumentRef("PC998877", "P", "RWA")),
                List.of(),
                null,
                null));
        // the same name and nationality: 1.00 + 0.03 on names alone
        entries.add(TestEntries.person("T", "b-name", "Eric Habimana", "", "RWA"));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("doc", entries), new NameMatcher());
        PersonQuery q = new PersonQuery(
                "Eric Habimana",
                "",
                "",
                null,
                Sex.UNSPECIFIED,
                "RWA",
                List.of(new DocumentRef("PC998877", "P", "RWA")));
        List<Hit> top = index.top(q, 2);
        assertThat(top).extracting(h -> h.entry().id()).containsExactly("a-doc", "b-name");
        assertThat(top).extracting(Hit::score).containsExactly(1.0, 1.0);
    }

    @Test
    void findsStolenDocumentsByNumber() {
        WatchlistEntry stolen = new WatchlistEntry(
                "LSD",
                "7",
                WatchlistEntry.Kind.STOLEN_DOCUMENT,
                "stolen",
                List.of(),
                List.of(),
                Sex.UNSPECIFIED,
                List.of(),
                List.of(new DocumentRef("PA123456", "P", "RWA")),
                List.of(),
                null,
                null);
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("v", List.of(stolen)), new NameMatcher());
        PersonQuery q = new PersonQuery(
                "Someone Else", "", "", null, Sex.UNSPECIFIED, "", List.of(new DocumentRef("PA12345G", "", "")));
        assertThat(index.screen(q, 5))
                .singleElement()
                .satisfies(h -> assertThat(h.score()).isEqualTo(0.95));
    }

    @Test
    void findsANameWrittenInTheSomaliOrthography() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(31, 2000).entries());
        entries.add(TestEntries.person("T", "target", "OMAR, Ahmed Hirsi", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("somali", entries), new NameMatcher());
        // every part as the Somali orthography writes it: no key of the usual spellings meets them,
        // and the query is also read as Ahmed Hirsi Umar
        List<Hit> hits = index.screen(PersonQuery.ofName("Axmed Xirsi Cumar"), 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entry().id()).isEqualTo("target");
        assertThat(hits.get(0).matchClass()).isEqualTo(MatchClass.STRONG);
        // the officer is told the query was read so, and sees each part as typed and as read
        assertThat(hits.get(0).explanation().get(0)).contains("romanised with Somali orthography");
        assertThat(hits.get(0).name().matches())
                .anyMatch(m -> m.queryPart().equals("axmed (read ahmed)")
                        && m.listedPart().equals("ahmed"));
        assertThat(hits.get(0).explanation()).contains("  \"axmed (read ahmed)\" = \"ahmed\": exact (1.00)");
    }

    @Test
    void findsALatinListedNameFromAQueryInArabicScriptAndTheOtherWayRound() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(37, 2000).entries());
        entries.add(TestEntries.person("T", "usama", "BIN LADEN, Usama Mohammed", "", ""));
        entries.add(TestEntries.person("T", "haqqani", "سراج الدين حقاني", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("arabic", entries), new NameMatcher());
        List<Hit> hits = index.screen(PersonQuery.ofName("أسامة محمد بن لادن"), 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entry().id()).isEqualTo("usama");
        assertThat(hits.get(0).matchClass()).isEqualTo(MatchClass.STRONG);
        assertThat(hits.get(0).explanation().get(0)).contains("romanised with Arabic script, vowels not written");
        assertThat(hits.get(0).explanation())
                .anyMatch(l -> l.contains("same consonants, vowels not written in the script"));
        // a name listed only in Arabic script, queried as a Latin spelling
        List<Hit> latin = index.screen(PersonQuery.ofName("Sirajuddin Haqqani"), 5);
        assertThat(latin).isNotEmpty();
        assertThat(latin.get(0).entry().id()).isEqualTo("haqqani");
        assertThat(latin.get(0).score()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void showsAListedNameReadWithTheSomaliOrthographyAsWritten() {
        List<WatchlistEntry> entries = new ArrayList<>(randomList(32, 2000).entries());
        entries.add(TestEntries.person("T", "target", "Maxamed Cali Faarax", "", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("somali", entries), new NameMatcher());
        Hit hit =
                index.screen(PersonQuery.ofName("Mohamed Ali Farah Warsame"), 1).get(0);
        assertThat(hit.entry().id()).isEqualTo("target");
        assertThat(hit.name().matches())
                .anyMatch(m -> m.queryPart().equals("ali") && m.listedPart().equals("cali (read ali)"));
        assertThat(hit.name().unmatchedQuery()).containsExactly("warsame");
    }
}
