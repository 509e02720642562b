package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in their own scripts against the Latin spellings lists use, and Latin spellings in two
 * romanisations, written for Mpaka from public figures' names: names/cross_script_pairs.csv (243
 * pairs, Arabic script first; Odia and Bengali last) and names/world_pairs.csv (449 pairs: Russian in its English, French, German and GOST spellings and its Latvian and Lithuanian forms, the other scripts of Europe,
 * Africa and Asia, and regional Latin spellings) and names/reader_review_pairs.csv (319 real names in
 * Thai, Burmese, Japanese and Chinese script that the reviews of the Thai, Burmese and Japanese
 * readers tried) and names/region_probe_pairs.csv (484 Latin spellings of real names from Greece to
 * Indonesia and Madagascar, 96 of them different people, from a probe at stop 18) and
 * names/convention_probe_pairs.csv (618 real names under different naming conventions, patronymics,
 * married names, initials, titles, short forms, the Arabic article written on, 109 of them relatives and namesakes). Every pair is
 * matched or not as labelled, at the
 * default threshold, except the known gaps the files name, which must still be wrong (a rule that
 * fixes one should move it out of the gaps, and docs/screening.md with it).
 */
class CrossScriptPairsTest {

    @ParameterizedTest
    @CsvSource({
        "cross_script_pairs.csv, 243, 12",
        "world_pairs.csv, 449, 25",
        "reader_review_pairs.csv, 319, 36",
        "region_probe_pairs.csv, 484, 9",
        "convention_probe_pairs.csv, 618, 41"
    })
    void matchesEachPairAsLabelledExceptTheKnownGaps(String file, int pairs, int knownGaps) throws Exception {
        List<Csv.Row> rows;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CrossScriptPairsTest.class.getResourceAsStream("/names/" + file), StandardCharsets.UTF_8))) {
            rows = Csv.read(r);
        }
        assertThat(rows).hasSize(pairs + 1);
        int gapColumn = rows.get(0).fields().indexOf("known_gap");
        NameMatcher matcher = new NameMatcher();
        List<String> wrong = new ArrayList<>();
        int gaps = 0;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            double score = matcher.compareNames(f.get(0), f.get(1)).score();
            boolean match = score >= Thresholds.DEFAULT.possible();
            boolean same = f.get(2).equals("1");
            boolean gap = !f.get(gapColumn).isEmpty();
            gaps += gap ? 1 : 0;
            if (match != same ^ gap) {
                wrong.add(f.get(0) + " / " + f.get(1) + ": " + score + (gap ? " (a known gap, now right)" : ""));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(gaps).isEqualTo(knownGaps);
    }
}
