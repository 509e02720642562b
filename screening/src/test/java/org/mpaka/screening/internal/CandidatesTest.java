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
            String[] byId = new String[names.size()];
            for (int i = 0; i < byId.length; i++) {
                byId[index.formId(i)] = names.get(i);
            }
            for (int f : c.top(k)) {
                out.add(byId[f]);
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
    void aPartTheQueryRepeatsCountsInEachSlotThatSpellsItExactly() {
        List<String> raw = new ArrayList<>();
        // Ali in 30 names, Salad in 12, among 1,000: Salad weighs more than Ali once, less than twice
        for (int i = 0; i < 30; i++) {
            raw.add("Ali Kamau" + suffix(i));
        }
        for (int i = 0; i < 12; i++) {
            raw.add("Salad Otieno" + suffix(i));
        }
        for (int i = 0; i < 958; i++) {
            raw.add("Unrelated Name" + suffix(i));
        }
        Forms forms = new Forms(raw);
        // the query Ali Ali Salad: Ali spelled exactly in two slots
        List<String> top =
                query(forms, new Candidates(forms.index), new String[][] {{o("ali")}, {o("ali")}, {o("salad")}}, 1);
        // the Ali forms rank first (the 29 that tie with the first come with it)
        assertThat(top).hasSize(30).allSatisfy(name -> assertThat(name).startsWith("ali "));
    }

    @Test
    void formsTiedWithTheLastKeptComeToo_andOneBornInTheQueryYearRanksAboveThem() {
        List<String> raw = new ArrayList<>();
        // 200 names that a query for Daniel (and a family name no key meets) cannot tell apart
        for (int i = 0; i < 200; i++) {
            raw.add("Daniel Kamau" + suffix(i));
        }
        raw.add("Other Name");
        Forms forms = new Forms(raw);
        // a tied form the query reaches late (ties are otherwise taken in form order), though not last
        int[] ids = new int[200];
        for (int i = 0; i < 200; i++) {
            ids[i] = forms.index.formId(i);
        }
        java.util.Arrays.sort(ids);
        int late = ids[150];
        long[] formYears = new long[forms.names.size()];
        long bornIn1959 = 1L << (1959 & 63);
        formYears[late] = bornIn1959;
        Candidates c = new Candidates(forms.index);
        String[][] daniel = {{o("daniel")}};

        List<String> plain = query(forms, c, daniel, 5);
        assertThat(plain).hasSize(5 + Candidates.TIE_EXTRA).doesNotContain(forms.names.get(indexOf(forms, late)));

        // the form born in the query's year ranks first; the others fill up in form order
        assertThat(top5(c, daniel, formYears, bornIn1959))
                .hasSize(5 + Candidates.TIE_EXTRA)
                .startsWith(late);
    }

    @Test
    void aFormBornInTheQueryYearIsChosenOverNamesakesBornInOtherYears() {
        List<String> raw = new ArrayList<>();
        // 200 forms a query for Daniel cannot tell apart, and one with a part more (ranked lower for
        // it) carried by someone born in the query's year
        for (int i = 0; i < 200; i++) {
            raw.add("Daniel Kamau" + suffix(i));
        }
        raw.add("Daniel Koech Kibet");
        raw.add("Other Name");
        Forms forms = new Forms(raw);
        int bornThatYear = forms.index.formId(200);
        long[] formYears = new long[forms.names.size()];
        long bornIn1959 = 1L << (1959 & 63);
        formYears[bornThatYear] = bornIn1959;
        Candidates c = new Candidates(forms.index);
        String[][] daniel = {{o("daniel")}, {}};
        assertThat(query(forms, c, daniel, 5)).hasSize(5 + Candidates.TIE_EXTRA).doesNotContain("daniel koech kibet");
        assertThat(top5(c, daniel, formYears, bornIn1959)).startsWith(bornThatYear);
        // born in another year: the bit of 1960 is not set
        assertThat(top5(c, daniel, formYears, 1L << (1960 & 63))).doesNotContain(bornThatYear);
        // a form whose people's years set more than half the bits says little about the year: half
        // of them (the query's year's among them) still count, one more does not
        formYears[bornThatYear] = bornIn1959 | ((1L << (Candidates.MAX_YEAR_BITS - 1)) - 1);
        assertThat(top5(c, daniel, formYears, bornIn1959)).startsWith(bornThatYear);
        formYears[bornThatYear] = bornIn1959 | ((1L << Candidates.MAX_YEAR_BITS) - 1);
        assertThat(top5(c, daniel, formYears, bornIn1959)).doesNotContain(bornThatYear);
    }

    @Test
    void theYearBonusReachesFormsInACommonPartsPool() {
        List<String> raw = new ArrayList<>();
        // Mohamed common (checked through its set of forms, in a pool of the best forms Daniel
        // found: all 40 here); 40 forms of Daniel Mohamed and a third part that tie, the last
        // carried by someone born in the query's year (in the pool, but not among the 5 and their
        // ties without the bonus)
        for (int i = 0; i < 39; i++) {
            raw.add("Daniel Mohamed Kamau" + suffix(i));
        }
        raw.add("Daniel Mohamed Koech");
        for (int i = 0; i < 2100; i++) {
            raw.add("Mohamed Else" + suffix(i));
        }
        Forms forms = new Forms(raw);
        int bornThatYear = forms.index.formId(39);
        long[] formYears = new long[forms.names.size()];
        long bornIn1959 = 1L << (1959 & 63);
        formYears[bornThatYear] = bornIn1959;
        Candidates c = new Candidates(forms.index);
        String[][] query = {{o("daniel")}, {o("mohamed")}};
        assertThat(query(forms, c, query, 5)).doesNotContain("daniel mohamed koech");
        assertThat(top5(c, query, formYears, bornIn1959))
                .hasSize(5 + Candidates.TIE_EXTRA)
                .startsWith(bornThatYear);
    }

    @Test
    void aNameWithAllTheQueryPartsInAnotherOrderOutranksNamesWithTwoOfThemInTheQueryOrder() {
        List<String> raw = new ArrayList<>();
        // the query Al-Rashid Ahmed Hamid; the person listed as Al-Rashid Hamid Ahmed, and someone
        // listed in the query's order; 150 others who share the first two parts of the query,
        // written in its order, and 150 who share the last two, in the listed person's order;
        // Hamid is the most common of the three parts
        raw.add("Al-Rashid Hamid Ahmed");
        raw.add("Al-Rashid Ahmed Hamid");
        for (int i = 0; i < 150; i++) {
            raw.add("Al-Rashid Ahmed Other" + suffix(i));
            raw.add("Someone" + suffix(i) + " Hamid Ahmed");
        }
        for (int i = 0; i < 600; i++) {
            raw.add("Hamid Else" + suffix(i));
        }
        for (int i = 0; i < 1000; i++) {
            raw.add("Unrelated Name" + suffix(i));
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        c.reset();
        NormalizedName query = NameNormalizer.normalizeFirst("Al-Rashid Ahmed Hamid");
        c.queryParts(query.realParts());
        NameKeys.emit(query, true, Nicknames.bundled(), c);
        // runs of the query's adjacent parts meet the same adjacent parts listed apart with little
        // weight: enough to put the query's order first, too little to put two parts above three
        assertThat(forms.top(c, 2)).containsExactly("al rashid ahmed hamid", "al rashid hamid ahmed");
    }

    /** The position in the list of the form with the given id. */
    private static int indexOf(Forms forms, int formId) {
        for (int i = 0; i < forms.names.size(); i++) {
            if (forms.index.formId(i) == formId) {
                return i;
            }
        }
        throw new AssertionError("no form " + formId);
    }

    @Test
    void aCommonPartsListReadAsALastResortDoesNotCountASlotTwice() {
        List<String> raw = new ArrayList<>();
        // Mohamed and Ali each in more than 2,000 names: common, not read at first
        for (int i = 0; i < 2100; i++) {
            raw.add("Mohamed Else" + suffix(i));
            raw.add("Ali Other" + suffix(i));
        }
        // Kibet in 520 names: weighs about twice what Mohamed or Ali does
        for (int i = 0; i < 520; i++) {
            raw.add("Kibet Filler" + suffix(i));
        }
        // found through the pair list of Mohamed and Ali: both slots' weight (about 2.4)
        raw.add("Mohamed Ali");
        // found through Kibet's list, then Mohamed's: about 3.5
        raw.add("Mohamed Kibet");
        Forms forms = new Forms(raw);
        // 600 wanted, fewer found at first: Mohamed's and Ali's lists are read after all, each
        // giving weight only to forms that have none from its slot yet (else Mohamed Ali would
        // count both slots twice, about 4.7, and come first)
        List<String> top = query(
                forms, new Candidates(forms.index), new String[][] {{o("mohamed")}, {o("ali")}, {o("kibet")}}, 600);
        assertThat(top).contains("mohamed ali", "mohamed kibet");
        assertThat(top.indexOf("mohamed kibet")).isLessThan(top.indexOf("mohamed ali"));
    }

    @Test
    void aCommonPartCountsForTheFormsThatCarryItWhicheverSignatureClassItFallsIn() {
        // twelve parts common enough to be checked through their sets of forms, more than there are
        // signature classes, so that two of them share a class
        List<String> common = List.of(
                "Mohamed", "Jean", "Marie", "Ali", "Ahmed", "Joseph", "Fatima", "Wang", "Zhang", "Ivan", "Olga",
                "Ibrahim");
        List<String> raw = new ArrayList<>();
        for (String name : common) {
            for (int i = 0; i < CandidateIndex.MIN_COMMON + 1; i++) {
                raw.add(name + " Filler" + suffix(i));
            }
        }
        for (String name : common) {
            raw.add(name + " Nyiramana");
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        for (String name : common) {
            String[][] keys = {{o(name.toLowerCase(java.util.Locale.ROOT))}, {o("nyiramana")}};
            // only the common part tells the twelve Nyiramana forms apart
            assertThat(query(forms, c, keys, 1))
                    .as(name)
                    .first()
                    .isEqualTo(name.toLowerCase(java.util.Locale.ROOT) + " nyiramana");
        }
    }

    @Test
    void rankingStaysTheSameAfterTheSlotStampWrapsAround() {
        List<String> raw = new ArrayList<>();
        // first, so that it loses every tie among the best 5 (ties list the form found last first):
        // only its common part's weight puts it first
        raw.add("Mohamed Jianjing");
        raw.add("Rarely Touched");
        for (String family : List.of("Liu", "Chen", "Wang", "Zhao")) {
            raw.add(family + " Jianjing");
        }
        for (int i = 0; i < 100; i++) {
            raw.add("Guo Filler" + suffix(i));
            raw.add("Ying Other" + suffix(i));
        }
        // a part common enough to be checked through its set of forms, not read
        for (int i = 0; i < 2100; i++) {
            raw.add("Mohamed Else" + suffix(i));
        }
        // wins a tie with Rarely Touched (indexed later): only both parts' weights put that first
        raw.add("Touched Somebody");
        Forms forms = new Forms(raw);
        Candidates reused = new Candidates(forms.index);
        String[][] rare = {{o("rarely")}, {o("touched")}};
        String[][] plain = {{o("guo")}, {o("ying")}};
        String[][] common = {{o("mohamed")}, {o("jianjing")}};
        assertThat(query(forms, reused, rare, 1)).containsExactly("rarely touched");
        // the slot stamp runs on to just under its limit; queries go on until it starts over, with
        // every form's state cleared
        reused.advanceStamp(Candidates.STAMP_LIMIT - 5);
        int q = 0;
        boolean wrapped = false;
        while (!wrapped) {
            int before = reused.slotStamp();
            String[][] keys = q % 2 == 0 ? plain : common;
            List<String> got = query(forms, reused, keys, 5);
            if (keys == common) {
                assertThat(got).as("query %d", q).first().isEqualTo("mohamed jianjing");
            }
            wrapped = reused.slotStamp() < before;
            q++;
        }
        assertThat(q).isGreaterThan(2);
        // forms touched before the wrap, with stamps far above the new ones, count as untouched
        assertThat(query(forms, reused, rare, 2)).containsExactly("rarely touched", "touched somebody");
        assertThat(query(forms, reused, common, 5)).first().isEqualTo("mohamed jianjing");
        assertThat(query(forms, reused, plain, 200)).hasSize(200);
    }

    @Test
    void aFormGivenWeightByTwoSlotsIsOneFormAlsoWhenTheStampsUseTheirTopBit() {
        List<String> raw = new ArrayList<>();
        raw.add("Guo Ying");
        for (int i = 0; i < 100; i++) {
            raw.add("Guo Filler" + suffix(i));
            raw.add("Ying Other" + suffix(i));
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        // stamps just under the limit have the top bit of the state's stamp set: a stamp read back
        // with its sign would make the form touched by the first slot a new one in the second
        c.advanceStamp(Candidates.STAMP_LIMIT - 5);
        assertThat(c.slotStamp()).isGreaterThan(1 << 23);
        String[][] keys = {{o("guo")}, {o("ying")}};
        assertThat(query(forms, c, keys, 1)).first().isEqualTo("guo ying");
        assertThat(query(forms, c, keys, 300)).hasSize(201).doesNotHaveDuplicates();
    }

    @Test
    void chargesAFormForItsPartsBeyondTheQuerysAlsoAfterTheStampsStartOver() {
        List<String> raw = new ArrayList<>();
        // indexed first, so that without the charge for its third part it would win the tie
        raw.add("Qiang Huang Wei");
        raw.add("Qiang Huang");
        for (int i = 0; i < 50; i++) {
            raw.add("Unrelated Name" + suffix(i));
        }
        Forms forms = new Forms(raw);
        Candidates c = new Candidates(forms.index);
        String[][] keys = {{o("qiang")}, {o("huang")}};
        assertThat(query(forms, c, keys, 2)).containsExactly("qiang huang", "qiang huang wei");
        // the parts ride in each form's state, which the wrap-around clears: they must survive it
        c.advanceStamp(Candidates.STAMP_LIMIT + 1);
        assertThat(query(forms, c, keys, 2)).containsExactly("qiang huang", "qiang huang wei");
        assertThat(c.slotStamp()).isLessThan(Candidates.STAMP_LIMIT);
    }

    /** The ids of the best 5 forms (and ties) for the given keys per slot, and year bit. */
    private static int[] top5(Candidates c, String[][] slotKeys, long[] formYears, long yearBit) {
        c.reset();
        c.queryParts(slotKeys.length);
        for (int g = 0; g < slotKeys.length; g++) {
            for (String key : slotKeys[g]) {
                c.key(g, key, 1.0f);
            }
        }
        return c.top(5, formYears, yearBit);
    }

    /** The orthographic key of a part, as the index posts it. */
    private static String o(String part) {
        return "o:" + Part.of(part, false).ortho();
    }

    private static List<String> query(Forms forms, Candidates c, String[][] slotKeys, int k) {
        c.reset();
        c.queryParts(slotKeys.length);
        for (int g = 0; g < slotKeys.length; g++) {
            for (String key : slotKeys[g]) {
                c.key(g, key, 1.0f);
            }
        }
        return forms.top(c, k);
    }
}
