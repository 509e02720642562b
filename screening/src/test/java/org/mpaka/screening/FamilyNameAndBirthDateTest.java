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

    private static WatchlistEntry guzman() {
        return listed("GUZMAN LOERA, Joaquin", "1954-12-25", Sex.MALE, "MEX", EntryName.Quality.PRIMARY);
    }

    private static PersonQuery asked(String name, String dob, Sex sex, String nationality) {
        return new PersonQuery(name, "", "", PartialDate.parse(dob).orElse(null), sex, nationality, List.of());
    }

    private static boolean byTheRule(Hit h) {
        return h.adjustments().stream().anyMatch(a -> a.factor().equals(EntryScorer.FAMILY_AND_BIRTH_DATE));
    }

    @Test
    void anAliasWithTheFamilyNameAndTheBirthDateIsAPossibleHitAndSaysWhy() {
        Hit h = matcher.match(asked("GUZMAN<<ARCHIBALDO", "1954-12-25", Sex.MALE, "MEX"), guzman());
        assertThat(h.matchClass()).isEqualTo(MatchClass.POSSIBLE);
        assertThat(h.score()).isEqualTo(Thresholds.DEFAULT.possible());
        assertThat(byTheRule(h)).isTrue();
        assertThat(h.explanation())
                .anySatisfy(line ->
                        assertThat(line).contains("family name \"GUZMAN LOERA\" as listed and born the same day"));
        // the family name as a field of its own, or spelled otherwise (Guzmán, written with the accent)
        PersonQuery fields = new PersonQuery(
                "", "Archibaldo", "Guzmán", PartialDate.parse("1954-12-25").orElseThrow(), Sex.MALE, "", List.of());
        assertThat(matcher.match(fields, guzman()).matchClass()).isEqualTo(MatchClass.POSSIBLE);
    }

    @Test
    void withoutTheSameFullBirthDateTheSharedFamilyNameStaysBelowPossible() {
        for (String dob : new String[] {"", "1954", "1954-12", "1954-12-26"}) {
            Hit h = matcher.match(asked("GUZMAN<<ARCHIBALDO", dob, Sex.MALE, "MEX"), guzman());
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
        assertThat(byTheRule(matcher.match(asked("GUZMAN<<MARIA", "1954-12-25", Sex.FEMALE, ""), guzman())))
                .isFalse();
        assertThat(byTheRule(matcher.match(asked("GUZMAN<<ARCHIBALDO", "1954-12-25", Sex.MALE, "COL"), guzman())))
                .isFalse();
        // the shorter family name must be the longer's start (Guzman for Guzman Loera: the second
        // family name left out), not a later part
        assertThat(byTheRule(matcher.match(asked("LOERA<<ARCHIBALDO", "1954-12-25", Sex.MALE, ""), guzman())))
                .isFalse();
        assertThat(byTheRule(matcher.match(asked("GUSMAO<<ARCHIBALDO", "1954-12-25", Sex.MALE, ""), guzman())))
                .isFalse();
        // a family name the query shares only among the listed given names
        assertThat(byTheRule(matcher.match(asked("JOAQUIN<<PEDRO", "1954-12-25", Sex.MALE, ""), guzman())))
                .isFalse();
    }

    @Test
    void bothNamesMustMarkTheirFamilyNameAndAWeakAliasDoesNotCount() {
        WatchlistEntry unmarked = listed("Joaquin Guzman Loera", "1954-12-25", Sex.MALE, "", EntryName.Quality.PRIMARY);
        assertThat(byTheRule(matcher.match(asked("GUZMAN<<ARCHIBALDO", "1954-12-25", Sex.MALE, ""), unmarked)))
                .isFalse();
        assertThat(byTheRule(matcher.match(asked("Archibaldo Guzman", "1954-12-25", Sex.MALE, ""), guzman())))
                .isFalse();
        WatchlistEntry weak = listed("GUZMAN, El Chapo", "1954-12-25", Sex.MALE, "", EntryName.Quality.WEAK);
        assertThat(byTheRule(matcher.match(asked("GUZMAN<<ARCHIBALDO", "1954-12-25", Sex.MALE, ""), weak)))
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
        // spelled otherwise by the spelling rules: the same family
        assertThat(sameDayRule("TSHIBANGU<<JEAN", "CHIBANGU, Pierre")).isTrue();
        assertThat(sameDayRule("AL-ZAWAHIRI<<OMAR", "ZAWAHIRI, Ayman")).isTrue();
    }

    @Test
    void aChainOfFathersNamesParticlesAndTitlesAreNoFamilyName() {
        // an Arabic chain whose later part is the query's family name
        assertThat(sameDayRule("MOHAMED<<FATIMA", "ALI MOHAMED HASSAN, Omar")).isFalse();
        // a comma before a suffix or a title marks no family name
        assertThat(sameDayRule("THOMAS<<ANNA", "Thomas Henry, Jr.")).isFalse();
        assertThat(sameDayRule("KHAN<<ANNA", "Imran Khan, General")).isFalse();
        // a family name that is a particle word (Das, Du, Le), which the index cannot look up
        assertThat(sameDayRule("DAS<<ANNE", "DAS, Peter")).isFalse();
    }

    @Test
    void theFamilyFieldCountsWhenAFullNameIsGivenTooAndParticlesJoin() {
        PersonQuery all = new PersonQuery(
                "Archibaldo Guzman",
                "Archibaldo",
                "Guzman",
                PartialDate.parse("1954-12-25").orElseThrow(),
                Sex.MALE,
                "",
                List.of());
        assertThat(byTheRule(matcher.match(all, guzman()))).isTrue();
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

    /** A distinct made-up given name for the i-th of a crowd. */
    private static String givenName(int i) {
        return "Zq" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "on";
    }
}
