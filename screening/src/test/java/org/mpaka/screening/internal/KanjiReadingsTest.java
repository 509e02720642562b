package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.MatchMethod;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.NameScore;

class KanjiReadingsTest {

    private static boolean reads(String kanji, String latin) {
        KanjiReadings r = KanjiReadings.of(kanji);
        return r != null && r.readAs(latin);
    }

    @Test
    void readsAGivenNameAsTheReadingsOfItsKanjiTogether() {
        // the dictionary reads these word by word otherwise: sho taira, susumu ..., an jiro
        assertThat(reads("翔平", "shohei")).isTrue();
        assertThat(reads("航平", "kohei")).isTrue();
        assertThat(reads("正義", "masayoshi")).isTrue();
        assertThat(reads("一明", "kazuaki")).isTrue();
        assertThat(reads("安二郎", "yasujiro")).isTrue();
        // a long vowel written ou, uu or oh is read once, as passports write it
        assertThat(reads("航平", "kouhei")).isTrue();
        assertThat(reads("大谷", "ohtani")).isTrue();
        assertThat(reads("大谷", "otani")).isTrue();
    }

    @Test
    void everyKanjiMustBeReadAndNothingElse() {
        assertThat(reads("翔平", "sho")).isFalse();
        assertThat(reads("翔平", "shoheiki")).isFalse();
        assertThat(reads("翔平", "kohei")).isFalse();
        assertThat(reads("航平", "shohei")).isFalse();
        // a reading the dictionary lacks is not made up: 三 as zo
        assertThat(reads("晋三", "shinzo")).isFalse();
    }

    @Test
    void voicesTheFirstSoundOfALaterWordAsCompoundsDo() {
        assertThat(KanjiReadings.voiced("タ")).isEqualTo("ダ");
        assertThat(KanjiReadings.voiced("カワ")).isEqualTo("ガワ");
        assertThat(KanjiReadings.voiced("ヘイ")).isEqualTo("ベイ");
        assertThat(KanjiReadings.voiced("アキ")).isEqualTo("アキ");
        assertThat(KanjiReadings.voiced("ヨシ")).isEqualTo("ヨシ");
    }

    @Test
    void readsOnlyShortNamesInKanjiAlone() {
        assertThat(KanjiReadings.of("")).isNull();
        assertThat(KanjiReadings.of("なおみ")).isNull();
        assertThat(KanjiReadings.of("翔平x")).isNull();
        assertThat(KanjiReadings.of("一二三四五六七")).isNull();
        assertThat(KanjiReadings.of("翔平")).isEqualTo(KanjiReadings.of("翔平"));
        assertThat(KanjiReadings.of("翔平")).isNotEqualTo(KanjiReadings.of("航平"));
    }

    @Test
    void splitsANameInKanjiIntoFamilyAndGivenNamesEachReadAsOneWord() {
        List<JapaneseScript.KanjiSplit> splits = JapaneseScript.kanjiSplits("安倍晋三");
        assertThat(splits).contains(new JapaneseScript.KanjiSplit("abe susumusan", "安倍", "晋三"));
        // with a space, only there
        assertThat(JapaneseScript.kanjiSplits("安倍 晋三"))
                .containsExactly(new JapaneseScript.KanjiSplit("abe susumusan", "安倍", "晋三"));
        // not names with kana, of one kanji, or read with a one-letter word (王 o)
        assertThat(JapaneseScript.kanjiSplits("大坂なおみ")).isEmpty();
        assertThat(JapaneseScript.kanjiSplits("翔")).isEmpty();
        assertThat(JapaneseScript.kanjiSplits("王明")).isEmpty();
    }

    @Test
    void matchesALatinSpellingThroughTheReadingsOfTheKanji() {
        NameMatcher m = new NameMatcher();
        NameScore s = m.compareNames("大谷翔平", "Shohei Ohtani");
        assertThat(s.score()).isGreaterThan(0.85);
        assertThat(s.matches()).anySatisfy(p -> {
            assertThat(p.queryPart()).isEqualTo("翔平");
            assertThat(p.listedPart()).isEqualTo("shohei");
            assertThat(p.method()).isEqualTo(MatchMethod.KANJI_READING);
        });
        assertThat(m.compareNames("内村航平", "Kohei Uchimura").score()).isGreaterThan(0.85);
        assertThat(m.compareNames("Kazuaki Okazaki", "岡崎一明").score()).isGreaterThan(0.85);
        // another given name with the same family name stays apart
        assertThat(m.compareNames("内村航平", "Shohei Uchimura").score()).isLessThan(0.7);
        // a split the name does not have (佐藤栄 | 作, read satosakae saku) meets nothing by its guessed
        // reading: Taku Sato is not 佐藤栄作 (Eisaku Sato)
        assertThat(m.compareNames("佐藤栄作", "Taku Sato").score()).isLessThan(0.7);
        assertThat(m.compareNames("佐藤栄作", "Eisaku Sato").score()).isGreaterThan(0.85);
    }
}
