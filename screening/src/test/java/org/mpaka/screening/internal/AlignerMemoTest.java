package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index aligns a query with its candidate names through {@link Aligner.Memo}, which remembers
 * part comparisons for the query (by part id when names carry the ids of an index's distinct
 * parts); the score and explanation must be exactly those a fresh alignment gives.
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
        // the same names carrying index ids of their distinct parts, remembered by id
        Map<Part, Integer> partIds = new HashMap<>();
        List<NormalizedName> withIds = new ArrayList<>();
        for (NormalizedName ln : listed) {
            int[] ids = new int[ln.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = partIds.computeIfAbsent(ln.part(i), k -> partIds.size());
            }
            withIds.add(new NormalizedName(ln.parts(), ln.romanisation(), ids));
        }
        int compared = 0;
        for (int q = 0; q < 200; q++) {
            String query = randomName(r);
            for (NormalizedName qn : NameNormalizer.normalize(query)) {
                Aligner.Memo memo = new Aligner.Memo(qn);
                Aligner.Memo byId = new Aligner.Memo(qn);
                for (int n = 0; n < listed.size(); n++) {
                    NormalizedName ln = listed.get(n);
                    double fresh = aligner.score(qn, ln);
                    assertThat(aligner.score(memo, ln)).as("%s / %s", query, ln).isEqualTo(fresh);
                    assertThat(aligner.score(byId, withIds.get(n)))
                            .as("%s / %s by id", query, ln)
                            .isEqualTo(fresh);
                    assertThat(aligner.align(byId, withIds.get(n))).isEqualTo(aligner.align(qn, ln));
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
