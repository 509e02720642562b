package org.mpaka.bench.screening;

import java.util.Locale;
import java.util.Random;
import org.mpaka.screening.Hit;
import org.mpaka.screening.MatchClass;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.ScreeningIndex;
import org.mpaka.screening.internal.EntryScorer;

/**
 * What screening costs travellers who are not on the list: people drawn from the same naming
 * traditions as the synthetic list but with another seed (namesakes of listed people occur as they
 * would at a counter) are screened against it, and the hits they get at the possible threshold or
 * above are counted, with those that only the rule of the family name and birth date raised there,
 * overall and by the traveller's naming tradition. With {@code marked}, every listed primary name
 * is written {@code FAMILY, Given} (as OFAC writes them), so that the rule can apply to every one.
 *
 * <p>Run: {@code java -Xmx6g -cp bench/target/benchmarks.jar
 * org.mpaka.bench.screening.ScreeningFalseHits 1000000 20000 [marked] [examples]}.
 */
public final class ScreeningFalseHits {

    private ScreeningFalseHits() {}

    /** Prints hits per 1,000 off-list travellers. */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int travellers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        boolean marked = args.length > 2 && args[2].equals("marked");
        int examples = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        SyntheticList list = SyntheticList.create(size, 20261123L);
        ScreeningIndex index =
                ScreeningIndex.build(marked ? list.watchlistFamilyMarked() : list.watchlist(), new NameMatcher());
        java.util.Map<String, int[]> byTradition = new java.util.TreeMap<>();
        SyntheticList others = SyntheticList.create(travellers, 7L);
        Random r = new Random(5);
        int possible = 0;
        int byFamilyRule = 0;
        int travellersHit = 0;
        int travellersHitByFamilyRuleOnly = 0;
        int shown = 0;
        for (int i = 0; i < travellers; i++) {
            PersonQuery q = others.vary(i, r);
            int[] t = byTradition.computeIfAbsent(others.tradition(i), k -> new int[3]);
            t[0]++;
            boolean hit = false;
            boolean otherHit = false;
            for (Hit h : index.screen(q, 10)) {
                if (h.matchClass() != MatchClass.POSSIBLE && h.matchClass() != MatchClass.STRONG) {
                    continue;
                }
                possible++;
                hit = true;
                boolean family =
                        h.adjustments().stream().anyMatch(a -> a.factor().equals(EntryScorer.FAMILY_AND_BIRTH_DATE));
                if (family) {
                    byFamilyRule++;
                    t[2]++;
                    if (shown++ < examples) {
                        System.out.printf(
                                Locale.ROOT,
                                "%s %s | %s %s%n",
                                q.nameForMatching(),
                                q.birthDate(),
                                h.matchedName(),
                                h.entry().birthDates());
                    }
                } else {
                    otherHit = true;
                }
            }
            if (hit) {
                travellersHit++;
                if (!otherHit) {
                    travellersHitByFamilyRuleOnly++;
                    t[1]++;
                }
            }
        }
        byTradition.forEach((name, t) -> System.out.printf(
                Locale.ROOT,
                "  %-14s %6d travellers: %.2f per 1,000 hit only through the rule, %.2f raised hits per 1,000%n",
                name,
                t[0],
                1000.0 * t[1] / t[0],
                1000.0 * t[2] / t[0]));
        System.out.printf(
                Locale.ROOT,
                "list %d%s, %d travellers not on it: %d with a possible or strong hit (%.2f per 1,000), %d of them only"
                        + " through the family name and birth date (%.2f per 1,000); hits %d, %d raised by that rule%n",
                size,
                marked ? " (every name FAMILY, Given)" : "",
                travellers,
                travellersHit,
                1000.0 * travellersHit / travellers,
                travellersHitByFamilyRuleOnly,
                1000.0 * travellersHitByFamilyRuleOnly / travellers,
                possible,
                byFamilyRule);
    }
}
