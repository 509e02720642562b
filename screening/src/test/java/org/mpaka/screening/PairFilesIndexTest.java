package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the officer at the counter gets is what the index finds, not what the matcher would score:
 * for every pair of one person in the real-name pair files that the matcher matches (score at
 * least the possible threshold), the first name is listed among the 9,000 distinct names of the
 * OFAC pair file, the second is the query, and the index's top 10 must hold the listed entry, or
 * ten hits that score at least as high. The gaps known are named below with why; a gap fixed must
 * leave the list (docs/screening.md, "Where the index and the matcher disagree", with it).
 */
class PairFilesIndexTest {

    private static final String[] FILES = {
        "cross_script_pairs.csv",
        "world_pairs.csv",
        "reader_review_pairs.csv",
        "region_probe_pairs.csv",
        "convention_probe_pairs.csv"
    };

    /** Query, then the listed name the index does not bring into its top 10. */
    private static final Set<String> KNOWN_GAPS = Set.of(
            // a name in Arabic or Telugu script that meets the query's distinctive part by no key
            // (Davutoglu / daud auglu, Rama Rao / ramaravu) or by a run that ranks below the list's
            // many Latin forms of its common part (abd allah among the Abdullahs)
            "Abdullah / عبد الله", "N. T. Rama Rao / ఎన్. టి. రామారావు", "Ahmet Davutoğlu / أحمد داود أوغلو");

    private static ScreeningIndex index;
    private static final List<String[]> PAIRS = new ArrayList<>(); // listed, query, entry id

    @BeforeAll
    static void listTheFirstNamesAmongTheOfacNames() throws IOException {
        List<WatchlistEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Csv.Row> ofac = read("ofac_sdn_name_pairs.csv");
        int a = ofac.get(0).fields().indexOf("name_a");
        int b = ofac.get(0).fields().indexOf("name_b");
        for (Csv.Row row : ofac.subList(1, ofac.size())) {
            for (String name : List.of(row.fields().get(a), row.fields().get(b))) {
                if (seen.add(name)) {
                    entries.add(TestEntries.person("OFAC", "d" + entries.size(), name, "", ""));
                }
            }
        }
        for (String file : FILES) {
            List<Csv.Row> rows = read(file);
            for (Csv.Row row : rows.subList(1, rows.size())) {
                List<String> f = row.fields();
                if (f.get(2).equals("1")) {
                    String id = "p" + entries.size();
                    entries.add(TestEntries.person("PAIRS", id, f.get(0), "", ""));
                    PAIRS.add(new String[] {f.get(0), f.get(1), id});
                }
            }
        }
        index = ScreeningIndex.build(new Watchlist("pairs", entries), new NameMatcher());
    }

    @Test
    void theIndexFindsWhatTheMatcherMatchesExceptTheKnownGaps() {
        NameMatcher matcher = new NameMatcher();
        List<String> gaps = new ArrayList<>();
        int matched = 0;
        for (String[] p : PAIRS) {
            double pair = matcher.compareNames(p[1], p[0]).score();
            if (pair < Thresholds.DEFAULT.possible()) {
                continue; // the matcher's own miss: CrossScriptPairsTest's business
            }
            matched++;
            List<Hit> top = index.top(PersonQuery.ofName(p[1]), 10);
            boolean found = top.stream().anyMatch(h -> h.entry().id().equals(p[2]));
            // ten others at least as high are as good a top 10 (namesakes and aliases in the list)
            boolean crowded = top.size() == 10 && top.get(9).score() >= pair;
            if (!found && !crowded) {
                gaps.add(p[1] + " / " + p[0]);
            }
        }
        assertThat(matched).as("pairs the matcher matches").isGreaterThan(1600);
        List<String> unexpected =
                gaps.stream().filter(g -> !KNOWN_GAPS.contains(g)).toList();
        List<String> fixed = KNOWN_GAPS.stream().filter(g -> !gaps.contains(g)).toList();
        assertThat(unexpected).as("names the index does not find").isEmpty();
        assertThat(fixed)
                .as("known gaps the index now finds (take them out of the list)")
                .isEmpty();
    }

    @Test
    void findsNamesThatOnlyTheKeysOfTheirOtherReadingMeet() {
        // names with no other part to find them by, both ways, in a list of two: only the look-up
        // keys of the run written apart (the article said as the sun letter after it, the run read
        // as its script is), of the part's other reading, or of Chinese syllables in the other
        // system can bring them to the alignment
        String[][] pairs = {
            {"Nur al-Din", "Nureddin"},
            {"Abd al-Rahman", "Abdurrahman"},
            {"Izz al-Din", "Izzeddine"},
            {"نور الدين", "Nuruddin"},
            {"عبد الرحمن", "Abdulrahman"},
            {"Xodorkovskij", "Khodorkovsky"},
            {"Diakite", "Jakite"},
            {"Tsai Ing-wen", "Cai Yingwen"},
            {"Zhao Ziyang", "Chao Tzu-yang"},
            // found before stop 28's keys, and kept (a review found them lost by a first version)
            {"عبد الحميد", "Abdulhamid"},
            {"בן חיים", "Benhaim"},
            // a part read from Hebrew script also keyed with its sh read as s (msh / Moshe)
            {"משה", "Moshe"},
            // from that review: Jallow's w, and a run split as each part is (chih san, not chi hsan)
            {"Diallo", "Jallow"},
            {"Chih-san", "Zhisan"},
            // a row of the spellings table: Senegal's Diop is The Gambia's Jobe
            {"Diop", "Jobe"},
            {"Ndao", "Ndow"},
        };
        for (String[] p : pairs) {
            for (int way = 0; way < 2; way++) {
                String listed = p[way];
                String query = p[1 - way];
                List<WatchlistEntry> one = List.of(
                        TestEntries.person("T", "x", listed, "", ""),
                        TestEntries.person("T", "y", "Somebody Else", "", ""));
                ScreeningIndex small = ScreeningIndex.build(new Watchlist("v", one), new NameMatcher());
                List<Hit> hits = small.top(PersonQuery.ofName(query), 10);
                assertThat(hits)
                        .as(String.format(Locale.ROOT, "%s listed, %s queried", listed, query))
                        .extracting(h -> h.entry().id())
                        .contains("x");
                assertThat(hits.get(0).score())
                        .as("%s listed, %s queried", listed, query)
                        .isEqualTo(small.exhaustive(PersonQuery.ofName(query), 1)
                                .get(0)
                                .score())
                        .isGreaterThanOrEqualTo(Thresholds.DEFAULT.possible());
            }
        }
    }

    private static List<Csv.Row> read(String file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PairFilesIndexTest.class.getResourceAsStream("/names/" + file), StandardCharsets.UTF_8))) {
            return Csv.read(r);
        }
    }
}
