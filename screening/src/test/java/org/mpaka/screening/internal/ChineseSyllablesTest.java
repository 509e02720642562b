package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseSyllablesTest {

    @Test
    void readsWadeGilesSyllablesAsThePinyinOnesTheyStandFor() {
        String[][] same = {
            {"tse", "ze"}, {"tung", "dong"}, {"hsiao", "xiao"}, {"chin", "jin"}, {"chin", "qin"}, {"jen", "ren"},
            {"shih", "shi"}, {"tzu", "zi"}, {"ssu", "si"}, {"ing", "ying"}, {"kuo", "guo"}, {"hsueh", "xue"},
            {"lien", "lian"}, {"kung", "gong"}, {"ko", "ge"}, {"chieh", "jie"}, {"erh", "er"}, {"kuei", "gui"}
        };
        for (String[] p : same) {
            assertThat(ChineseSyllables.same(p[0], p[1]))
                    .as("%s / %s", p[0], p[1])
                    .isTrue();
            assertThat(ChineseSyllables.same(p[1], p[0]))
                    .as("%s / %s", p[1], p[0])
                    .isTrue();
        }
    }

    @Test
    void keepsDifferentSyllablesApart() {
        // two pinyin syllables with different initials; pinyin j and q never come before a
        assertThat(ChineseSyllables.same("qin", "jin")).isFalse();
        assertThat(ChineseSyllables.same("chan", "jan")).isFalse();
        assertThat(ChineseSyllables.same("tung", "deng")).isFalse();
        // not syllables of either system: Jose is not Rose
        assertThat(ChineseSyllables.same("jose", "rose")).isFalse();
        // ang is not yang: pinyin writes y only before i
        assertThat(ChineseSyllables.same("ang", "yang")).isFalse();
    }

    @Test
    void countsTheSyllablesAPartIsWrittenWith() {
        assertThat(ChineseSyllables.count("zedong")).isEqualTo(2);
        assertThat(ChineseSyllables.count("tse")).isEqualTo(1);
        assertThat(ChineseSyllables.count("xiaoping")).isEqualTo(2);
        assertThat(ChineseSyllables.count("nkurunziza")).isZero();
        assertThat(ChineseSyllables.count("mohamed")).isZero();
        assertThat(ChineseSyllables.count("")).isZero();
        assertThat(ChineseSyllables.count("o'brien")).isZero();
    }

    @Test
    void findsSyllablesWrittenTogetherInTheOtherSystem() {
        assertThat(ChineseSyllables.writtenTogether(new String[] {"tse", "tung"}, "zedong"))
                .isTrue();
        assertThat(ChineseSyllables.writtenTogether(new String[] {"ing", "wen"}, "yingwen"))
                .isTrue();
        assertThat(ChineseSyllables.writtenTogether(new String[] {"chin", "ping"}, "jinping"))
                .isTrue();
        assertThat(ChineseSyllables.writtenTogether(new String[] {"tse", "tung"}, "zedang"))
                .isFalse();
        assertThat(ChineseSyllables.writtenTogether(new String[] {"tse", "tung"}, "ze"))
                .isFalse();
    }

    @Test
    void everyTwoSyllablesTheComparisonJoinsShareALookUpKey() {
        // the keys must bring every candidate the alignment would match: checked for every pair of
        // syllables of either system
        java.util.List<String> all = ChineseSyllables.allSyllables();
        assertThat(all).contains("zhong", "hsiao", "tzu", "ying");
        java.util.List<String> missed = new java.util.ArrayList<>();
        for (String a : all) {
            java.util.List<String> ka = ChineseSyllables.classKeys(a);
            for (String b : all) {
                if (ChineseSyllables.same(a, b)
                        && ChineseSyllables.classKeys(b).stream().noneMatch(ka::contains)) {
                    missed.add(a + " / " + b);
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void namesWrittenInTheTwoSystemsShareALookUpKey() {
        String[][] same = {
            {"tsaiingwen", "caiyingwen"},
            {"tzuyang", "ziyang"},
            {"chouenlai", "zhouenlai"},
            {"futzu", "fuzi"},
            {"maotsetung", "maozedong"},
            {"hsiaoping", "xiaoping"}
        };
        for (String[] p : same) {
            assertThat(ChineseSyllables.classKeys(p[0]))
                    .as("%s / %s", p[0], p[1])
                    .containsAnyElementsOf(ChineseSyllables.classKeys(p[1]));
        }
        // other syllables, and text that is not syllables, get other keys or none
        assertThat(ChineseSyllables.classKeys("wangfang"))
                .doesNotContainAnyElementsOf(ChineseSyllables.classKeys("wangfeng"));
        assertThat(ChineseSyllables.classKeys("kowalski")).isEmpty();
    }
}
