package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.internal.EntryScorer;

/**
 * The rule of the family name and the birth date: a name that shares the family name of a listed
 * name, both marking it, with the same full birth date scores at least possible, whatever its given
 * names, since a listed person's aliases often keep both (OFAC's GUZMAN LOERA, Joaquin and GUZMAN,
 * Archibaldo); where the evidence says otherwise it does not apply.
 */
class FamilyNameAndBirthDateTest {

    private final NameMatcher matcher = new NameMatcher();

    private static WatchlistEntry listed(String name, String dob, Sex sex, String nationality, EntryName.Quality q) {
        return new WatchlistEntry(
                "T",
                "1",
                WatchlistEntry.Kind.PERSON,
                "test",
                List.of(new EntryName(name, q)),
                PartialDate.parse(dob).stream().toList(),
                sex,
                nationality.isEmpty() ? List.of() : List.of(nationality),
                List.of(),
                List.of(),
                null,
                null);
    }

    /** OFAC's TUITO, Oded, one of whose aliases is TUITO, Daniel. */
    private static WatchlistEntry tuito() {
        return listed("TUITO, Oded", "1959-12-27", Sex.MALE, "ISR", EntryName.Quality.PRIMARY);
    }

    private static PersonQuery asked(String name, String dob, Sex sex, String nationality) {
        return new PersonQuery(name, "", "", PartialDate.parse(dob).orElse(null), sex, nationality, List.of());
    }

    private static boolean byTheRule(Hit h) {
        return h.adjustments().stream().anyMatch(a -> a.factor().equals(EntryScorer.FAMILY_AND_BIRTH_DATE));
    }

    @Test
    void anAliasWithTheFamilyNameAndTheBirthDateIsAPossibleHitAndSaysWhy() {
        Hit h = matcher.match(asked("TUITO<<DANIEL", "1959-12-27", Sex.MALE, "ISR"), tuito());
        assertThat(h.matchClass()).isEqualTo(MatchClass.POSSIBLE);
        assertThat(h.score()).isEqualTo(Thresholds.DEFAULT.possible());
        assertThat(byTheRule(h)).isTrue();
        assertThat(h.explanation())
                .anySatisfy(line -> assertThat(line).contains("family name \"TUITO\" as listed and born the same day"));
        // the family name as a field of its own, written with an accent
        PersonQuery fields = new PersonQuery(
                "", "Daniel", "Tuitó", PartialDate.parse("1959-12-27").orElseThrow(), Sex.MALE, "", List.of());
        assertThat(matcher.match(fields, tuito()).matchClass()).isEqualTo(MatchClass.POSSIBLE);
    }

    @Test
    void withoutTheSameFullBirthDateTheSharedFamilyNameStaysBelowPossible() {
        for (String dob : new String[] {"", "1959", "1959-12", "1959-12-28"}) {
            Hit h = matcher.match(asked("TUITO<<DANIEL", dob, Sex.MALE, "ISR"), tuito());
            assertThat(h.score()).as(dob).isLessThan(Thresholds.DEFAULT.possible());
            assertThat(byTheRule(h)).as(dob).isFalse();
        }
    }

    @Test
    void firstOfJanuaryIsNoEvidence() {
        WatchlistEntry listed = listed("HABIMANA, Jean", "1970-01-01", Sex.MALE, "", EntryName.Quality.PRIMARY);
        Hit h = matcher.match(asked("HABIMANA<<PIERRE", "1970-01-01", Sex.MALE, ""), listed);
        assertThat(h.score()).isLessThan(Thresholds.DEFAULT.possible());
        assertThat(byTheRule(h)).isFalse();
    }

    @Test
    void otherSexOrNationalityOrAnotherFamilyNameKeepsTheRuleOff() {
        assertThat(byTheRule(matcher.match(asked("TUITO<<MIRIAM", "1959-12-27", Sex.FEMALE, ""), tuito())))
                .isFalse();
        assertThat(byTheRule(matcher.match(asked("TUITO<<DANIEL", "1959-12-27", Sex.MALE, "FRA"), tuito())))
                .isFalse();
        // as many parts: a family name with one left out may be a chain of fathers' names
        WatchlistEntry guzman =
                listed("GUZMAN LOERA, Joaquin", "1954-12-25", Sex.MALE, "MEX", EntryName.Quality.PRIMARY);
        for (String q : new String[] {"GUZMAN<<ARCHIBALDO", "LOERA<<ARCHIBALDO", "GUSMAO<<ARCHIBALDO"}) {
            assertThat(byTheRule(matcher.match(asked(q, "1954-12-25", Sex.MALE, ""), guzman)))
                    .as(q)
                    .isFalse();
        }
        // a family name the query shares only among the listed given names
        assertThat(byTheRule(matcher.match(asked("ODED<<DANIEL", "1959-12-27", Sex.MALE, ""), tuito())))
                .isFalse();
    }

    @Test
    void bothNamesMustMarkTheirFamilyNameAndAWeakAliasDoesNotCount() {
        WatchlistEntry unmarked = listed("Oded Tuito", "1959-12-27", Sex.MALE, "", EntryName.Quality.PRIMARY);
        assertThat(byTheRule(matcher.match(asked("TUITO<<DANIEL", "1959-12-27", Sex.MALE, ""), unmarked)))
                .isFalse();
        assertThat(byTheRule(matcher.match(asked("Daniel Tuito", "1959-12-27", Sex.MALE, ""), tuito())))
                .isFalse();
        WatchlistEntry weak = listed("TUITO, Dudu", "1959-12-27", Sex.MALE, "", EntryName.Quality.WEAK);
        assertThat(byTheRule(matcher.match(asked("TUITO<<DANIEL", "1959-12-27", Sex.MALE, ""), weak)))
                .isFalse();
    }

    private boolean sameDayRule(String query, String listedName) {
        WatchlistEntry listed = listed(listedName, "1975-06-30", Sex.UNSPECIFIED, "", EntryName.Quality.PRIMARY);
        return byTheRule(matcher.match(asked(query, "1975-06-30", Sex.UNSPECIFIED, ""), listed));
    }

    @Test
    void familyNamesThatOnlySoundAlikeOrAreNicknamesAreOtherFamilies() {
        assertThat(sameDayRule("SMITH<<JOHN", "SCHMIDT, Klaus")).isFalse();
        assertThat(sameDayRule("HALL<<JOHN", "HILL, Peter")).isFalse();
        assertThat(sameDayRule("GARCIA<<MARIA", "CRUZ, Juana")).isFalse();
        assertThat(sameDayRule("HASSAN<<OMAR", "HUSSEIN, Ali")).isFalse();
        assertThat(sameDayRule("MOHAMED<<OMAR", "MAHMOUD, Ali")).isFalse();
        assertThat(sameDayRule("JACK<<PETER", "JOHN, Paul")).isFalse();
        assertThat(sameDayRule("CHEN<<LI", "SUN, Wei")).isFalse();
        // the spelling rules join other families too: the family name must be spelled the same
        assertThat(sameDayRule("CHEN<<LI", "SHEN, Wei")).isFalse();
        assertThat(sameDayRule("ZHOU<<LI", "ZHU, Wei")).isFalse();
        assertThat(sameDayRule("HAN<<OMAR", "KHAN, Imran")).isFalse();
        assertThat(sameDayRule("CHO<<MINSU", "CHOE, Jiho")).isFalse();
        assertThat(sameDayRule("SCHMITT<<KLAUS", "SMITH, John")).isFalse();
        assertThat(sameDayRule("SAYYID<<OMAR", "SAEED, Ali")).isFalse();
        assertThat(sameDayRule("CHANDLER<<JOHN", "SANDLER, Adam")).isFalse();
        assertThat(sameDayRule("CUMAR<<ABDI", "KUMAR, Raj")).isFalse();
        assertThat(sameDayRule("ALKHATIB<<FAWAZ", "KHALIL, Abdul Majid")).isFalse();
        // other particles than the Arabic article tell families apart, or a father's name from a family
        assertThat(sameDayRule("CRUZ<<JUAN", "DE LA CRUZ, Pedro")).isFalse();
        assertThat(sameDayRule("BERG<<ANNA", "VAN DEN BERG, Eva")).isFalse();
        assertThat(sameDayRule("ALI<<OMAR", "BIN ALI, Hassan")).isFalse();
        WatchlistEntry delaCruz =
                listed("DE LA CRUZ, Pedro", "1975-06-30", Sex.UNSPECIFIED, "", EntryName.Quality.PRIMARY);
        assertThat(matcher.match(asked("DE<LA<CRUZ<<JUAN", "1975-06-30", Sex.UNSPECIFIED, ""), delaCruz)
                        .score())
                .isGreaterThanOrEqualTo(Thresholds.DEFAULT.possible());
        // the same letters, diacritics, the Arabic article and hyphens aside, or romanised from Cyrillic
        assertThat(sameDayRule("AL-ZAWAHIRI<<OMAR", "ZAWAHIRI, Ayman")).isTrue();
        assertThat(sameDayRule("MÜLLER<<HANS", "MULLER, Peter")).isTrue();
        assertThat(sameDayRule("IVANOV<<PETR", "ИВАНОВ, Иван")).isTrue();
    }

    @Test
    void aChainOfFathersNamesParticlesAndTitlesAreNoFamilyName() {
        // an Arabic chain whose later or first part is the query's family name
        assertThat(sameDayRule("MOHAMED<<FATIMA", "ALI MOHAMED HASSAN, Omar")).isFalse();
        assertThat(sameDayRule("MOHAMED<<AHMED", "MOHAMED ALI, Omar")).isFalse();
        // a comma before a suffix or a title marks no family name
        assertThat(sameDayRule("THOMAS<<ANNA", "Thomas Henry, Jr.")).isFalse();
        assertThat(sameDayRule("KHAN<<ANNA", "Imran Khan, General")).isFalse();
        // a family name that is a particle word (Das, Du, Le), which the index cannot look up
        assertThat(sameDayRule("DAS<<ANNE", "DAS, Peter")).isFalse();
    }

    @Test
    void theFamilyFieldCountsWhenAFullNameIsGivenTooAndParticlesJoin() {
        PersonQuery all = new PersonQuery(
                "Daniel Tuito",
                "Daniel",
                "Tuito",
                PartialDate.parse("1959-12-27").orElseThrow(),
                Sex.MALE,
                "",
                List.of());
        assertThat(byTheRule(matcher.match(all, tuito()))).isTrue();
        // a family field the full name does not hold is not the family of the name compared
        PersonQuery elsewhere = new PersonQuery(
                "Ali Hassan",
                "",
                "Sayed",
                PartialDate.parse("1975-06-30").orElseThrow(),
                Sex.UNSPECIFIED,
                "",
                List.of());
        WatchlistEntry sayed = listed("SAYED, Ahmed", "1975-06-30", Sex.UNSPECIFIED, "", EntryName.Quality.PRIMARY);
        assertThat(byTheRule(matcher.match(elsewhere, sayed))).isFalse();
        assertThat(sameDayRule("BINLADEN<<OMAR", "BIN LADEN, Usama")).isTrue();
        // a full-width comma is a comma
        assertThat(sameDayRule("SMITH\uFF0CJohn", "SMITH, Peter")).isTrue();
    }

    @Test
    void compoundFamilyNamesWrittenTogetherOrApartMeet() {
        WatchlistEntry listed =
                listed("MIR-HEJAZI, Asghar", "1946-09-08", Sex.UNSPECIFIED, "", EntryName.Quality.PRIMARY);
        assertThat(byTheRule(matcher.match(asked("MIRHEJAZI, Ali", "1946-09-08", Sex.UNSPECIFIED, ""), listed)))
                .isTrue();
    }

    @Test
    void theIndexFindsTheHitAmongACrowdOfTheFamilyName() {
        List<WatchlistEntry> entries = new ArrayList<>();
        // 300 people of the family name and the query's first given name, born on unknown dates,
        // whose names score above the target's (two parts of three) but below possible
        for (int i = 0; i < 300; i++) {
            entries.add(TestEntries.person("T", "crowd" + i, "NSENGIYUMVA, Jean " + givenName(i), "", ""));
        }
        entries.add(TestEntries.person("T", "target", "NSENGIYUMVA, Emmanuel", "1971-06-14", ""));
        ScreeningIndex index = ScreeningIndex.build(new Watchlist("crowd", entries), matcher);
        PersonQuery q = asked("NSENGIYUMVA<<JEAN<BOSCO", "1971-06-14", Sex.UNSPECIFIED, "");
        List<Hit> hits = index.screen(q, 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).isEqualTo("target");
        assertThat(hits.getFirst().matchClass()).isEqualTo(MatchClass.POSSIBLE);
        assertThat(hits.get(1).score()).isLessThan(Thresholds.DEFAULT.possible());
        assertThat(index.exhaustive(q, 1).getFirst().entry().id()).isEqualTo("target");
    }

    @Test
    void inAListTheRuleIsLeftOutForAPlaceholderDateOrACommonFamilyNameByIndexAndFullScanAlike() {
        List<WatchlistEntry> crowdedDate = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            crowdedDate.add(TestEntries.person("T", "d" + i, "Okello " + givenName(i), "1980-07-01", ""));
        }
        crowdedDate.add(TestEntries.person("T", "target", "NSENGIYUMVA, Emmanuel", "1980-07-01", ""));
        ScreeningIndex byDate = ScreeningIndex.build(new Watchlist("date", crowdedDate), matcher);
        PersonQuery q = asked("NSENGIYUMVA<<JEAN", "1980-07-01", Sex.UNSPECIFIED, "");
        assertThat(byTheRule(matcher.match(q, crowdedDate.getLast()))).isTrue(); // two names alone
        assertThat(byDate.exhaustive(q, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);
        assertThat(byDate.top(q, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);

        List<WatchlistEntry> commonFamily = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            commonFamily.add(TestEntries.person("T", "f" + i, "NSENGIYUMVA, " + givenName(i), "", ""));
        }
        commonFamily.add(TestEntries.person("T", "target", "NSENGIYUMVA, Emmanuel", "1971-06-14", ""));
        ScreeningIndex byFamily = ScreeningIndex.build(new Watchlist("family", commonFamily), matcher);
        PersonQuery p = asked("NSENGIYUMVA<<JEAN", "1971-06-14", Sex.UNSPECIFIED, "");
        assertThat(byFamily.exhaustive(p, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);
        assertThat(byFamily.top(p, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);

        // people count, not distinct names: 600 namesakes of one name make the family common too
        List<WatchlistEntry> namesakes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            namesakes.add(TestEntries.person("T", "n" + i, "TOGARIN, John", "", ""));
        }
        namesakes.add(TestEntries.person("T", "target", "TOGARIN, Peter", "1971-06-14", ""));
        ScreeningIndex bySameName = ScreeningIndex.build(new Watchlist("namesakes", namesakes), matcher);
        PersonQuery paul = asked("TOGARIN<<PAUL", "1971-06-14", Sex.UNSPECIFIED, "");
        assertThat(byTheRule(matcher.match(paul, namesakes.getLast()))).isTrue(); // two names alone
        assertThat(bySameName.exhaustive(paul, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);
        assertThat(bySameName.top(paul, 5)).noneMatch(FamilyNameAndBirthDateTest::byTheRule);
    }

    /** A distinct made-up given name for the i-th of a crowd. */
    private static String givenName(int i) {
        return "Zq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "on";
    }
}
