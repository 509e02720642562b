package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.MatchMethod;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.NameScore;

class KanjiReadingsTest {

    private static boolean reads(String kanji, String latin) {
        KanjiReadings r = KanjiReadings.of(kanji, false);
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
        assertThat(KanjiReadings.of("大谷", true).readAs("ohtani")).isTrue();
        assertThat(KanjiReadings.of("大谷", true).readAs("otani")).isTrue();
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
    void voicesOnlyNativeWordsAndReadsNoPlaceNamesOrStems() {
        assertThat(KanjiReadings.of("前澤", true).readAs("maezawa")).isTrue(); // 澤 sawa voiced
        assertThat(KanjiReadings.voiced("カワ")).isEqualTo("ガワ");
        assertThat(KanjiReadings.nativeWord("カワ")).isTrue();
        assertThat(KanjiReadings.nativeWord("シ")).isFalse();
        assertThat(KanjiReadings.nativeWord("コウ")).isFalse();
        // 子 is ko, shi or ne, never ji, and 幸子 is no place read Koji here (a review found 幸子, a
        // woman's name, joined to Koji); 明 is not the adjective stem aka (明子 is not Akane)
        assertThat(reads("幸子", "koji")).isFalse();
        assertThat(reads("幸子", "sachiko")).isTrue();
        assertThat(reads("明子", "akane")).isFalse();
        assertThat(reads("明子", "akiko")).isTrue();
    }

    @Test
    void readsOnlyShortNamesInKanjiAlone() {
        assertThat(KanjiReadings.of("", false)).isNull();
        assertThat(KanjiReadings.of("なおみ", false)).isNull();
        assertThat(KanjiReadings.of("翔平x", false)).isNull();
        assertThat(KanjiReadings.of("一二三四五六七", false)).isNull();
        assertThat(KanjiReadings.of("翔平", false)).isEqualTo(KanjiReadings.of("翔平", false));
        assertThat(KanjiReadings.of("翔平", false)).isNotEqualTo(KanjiReadings.of("航平", false));
    }

    private static List<String> splits(String name) {
        return JapaneseScript.kanjiSplits(name).stream()
                .map(s -> s.family().kanji() + "|" + s.given().kanji())
                .toList();
    }

    @Test
    void splitsANameInKanjiIntoFamilyAndGivenNames() {
        assertThat(splits("安倍晋三")).contains("安倍|晋三", "安|倍晋三");
        // with a space, only there
        assertThat(splits("安倍 晋三")).containsExactly("安倍|晋三");
        // never before the repetition mark
        assertThat(splits("佐々木一郎")).doesNotContain("佐|々木一郎").contains("佐々木|一郎");
        // not names with kana, of one kanji, or read with a one-letter word (王 o)
        assertThat(splits("大坂なおみ")).isEmpty();
        assertThat(splits("翔")).isEmpty();
        assertThat(splits("王明")).isEmpty();
        // each part's text is a reading of its kanji
        assertThat(splits("内村航平")).contains("内村|航平");
        for (JapaneseScript.KanjiSplit s : JapaneseScript.kanjiSplits("内村航平")) {
            String[] words = s.latin().split(" ");
            assertThat(s.family().readAs(words[0])).isTrue();
            assertThat(s.given().readAs(words[1])).isTrue();
        }
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
        // a part read from kanji meets a spelling by its readings only, never by the spelling rules
        // on its first reading (朱 shu and Shou), nor written on with the next part
        assertThat(m.compareNames("朱海", "LI, Kai Shou").score()).isLessThan(0.7);
        assertThat(m.compareNames("孟寧飛", "Hee Do").score()).isLessThan(0.7);
        assertThat(m.compareNames("田中幸子", "Koji Tanaka").score()).isLessThan(0.7);
        assertThat(m.compareNames("田中明子", "Akane Tanaka").score()).isLessThan(0.7);
        // a split whose reading holds a title (本 hon) is not made: 本郷一郎 is not Sato Ichiro
        assertThat(m.compareNames("本郷一郎", "Sato Ichiro").score()).isLessThan(0.7);
        // every reading counts alike, the first one too: 明 is Mei as much as Akira
        NameScore mei = m.compareNames("渡辺明", "Mei Watanabe");
        assertThat(mei.score()).isLessThan(1.0);
        // an initial meets a reading that starts with it
        assertThat(m.compareNames("田中航平", "K. Tanaka").score()).isGreaterThan(0.85);
        assertThat(m.compareNames("大谷翔平", "S. Ohtani").score()).isGreaterThan(0.85);
        assertThat(m.compareNames("大谷翔平", "T. Ohtani").score()).isLessThan(0.85);
    }
}
