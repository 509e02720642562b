package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    /** The forms' display names, in form id order, indexed as a list version would be. */
    private static final class Forms {
        final List<String> names = new ArrayList<>();
        final CandidateIndex index;

        Forms(List<String> raw) {
            CandidateIndex.Builder b = new CandidateIndex.Builder();
            Map<Part, Integer> ids = new HashMap<>();
            for (String r : raw) {
                NormalizedName n = NameNormalizer.normalizeFirst(r);
                int[] tokens = new int[n.size()];
                for (int i = 0; i < n.size(); i++) {
                    Part p = n.part(i);
                    tokens[i] = ids.computeIfAbsent(p, k -> {
                        b.token(ids.size(), k);
                        return ids.size();
                    });
                }
                b.form(names.size(), n, tokens);
                names.add(n.display());
            }
            index = b.build(ids.size());
        }

        List<String> top(Candidates c, int k) {
            List<String> out = new ArrayList<>();
            for (int f : c.top(k)) {
                out.add(names.get(f));
            }
            return out;
        }
    }

    private static String suffix(int i) {
        return "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676);
    }

    @Test
    void aListedPartSpelledLikeTwoQueryPartsCountsForOneOfThem() {
        List<String> raw = new ArrayList<>();
        raw.add("Guo Ying");
        raw.add("Liu Jianjing");
        // Guo and Ying in 100 names each, Jianjing in 10, among 1,000: Jianjing weighs more than
        // either, less than both
        for (int i = 0; i < 100; i++) {
            raw.add("Guo Filler" + suffix(i));
            raw.add("Ying Other" + suffix(i));
        }
        for (int i = 0; i < 9; i++) {
            raw.add("Jianjing Else" + suffix(i));
        }
        for (int i = 0; i < 790; i++) {
            raw.add("Unrelated Name" + suffix(i));
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        c.reset();
        c.queryParts(2);
        // the rare Jianjing is found, as a variant spelling, by both query parts; Guo and Ying by one each
        c.key(0, "o:guo", 1.0f);
        c.key(0, "o:jianjing", 0.7f);
        c.key(1, "o:ying", 1.0f);
        c.key(1, "o:jianjing", 0.7f);
        assertThat(forms.top(c, 1)).containsExactly("guo ying");
    }

    @Test
    void rankingStaysTheSameAfterTheSlotStampWrapsAround() {
        List<String> raw = new ArrayList<>();
        raw.add("Guo Ying");
        raw.add("Liu Jianjing");
        for (int i = 0; i < 100; i++) {
            raw.add("Guo Filler" + suffix(i));
            raw.add("Ying Other" + suffix(i));
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        List<String> first = null;
        // two slots per query: 40,000 queries wrap the 16-bit slot stamp once
        for (int q = 0; q < 40_000; q++) {
            c.reset();
            c.queryParts(2);
            c.key(0, "o:guo", 1.0f);
            c.key(1, "o:ying", 1.0f);
            List<String> top = forms.top(c, 3);
            if (first == null) {
                first = top;
                assertThat(first).first().isEqualTo("guo ying");
            }
            assertThat(top).as("query %d", q).isEqualTo(first);
        }
    }
}
