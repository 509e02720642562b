package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index aligns a query with its candidate names through {@link Aligner.Memo}, which remembers
 * part comparisons for the query; the score must be exactly the one {@link Aligner#score} gives.
 */
class AlignerMemoTest {

    private static final String[] PARTS = {
        "Jean",
        "de",
        "Dieu",
        "Jeandedieu",
        "Abdul",
        "Rahman",
        "Abdulrahman",
        "al",
        "bin",
        "Mohamed",
        "Muhammad",
        "Ali",
        "Aly",
        "Hassan",
        "Hussein",
        "Nyira",
        "Habimana",
        "Nyirahabimana",
        "Wang",
        "Wong",
        "Xiaoming",
        "J",
        "M",
        "Bill",
        "William",
        "Tshibangu",
        "Chibangu",
        "Taj",
        "Din",
        "Tajideen",
        "Ivanov",
        "Ivanoff",
        "du",
        "Pont"
    };

    @Test
    void rememberedComparisonsGiveTheSameScores() {
        Aligner aligner = new Aligner(new PartSimilarity(Nicknames.bundled()));
        Random r = new Random(3);
        // listed names share part instances, as in an index
        List<NormalizedName> listed = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            listed.addAll(NameNormalizer.normalize(randomName(r)));
        }
        int compared = 0;
        for (int q = 0; q < 200; q++) {
            String query = randomName(r);
            for (NormalizedName qn : NameNormalizer.normalize(query)) {
                Aligner.Memo memo = new Aligner.Memo(qn);
                for (NormalizedName ln : listed) {
                    assertThat(aligner.score(memo, ln)).as("%s / %s", query, ln).isEqualTo(aligner.score(qn, ln));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(60_000);
    }

    private static String randomName(Random r) {
        int parts = 1 + r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(PARTS[r.nextInt(PARTS.length)]);
        }
        return sb.toString();
    }
}
