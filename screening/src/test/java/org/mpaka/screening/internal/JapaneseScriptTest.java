package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseScriptTest {

    @Test
    void readsKanjiNamesWithTheDictionaryAsPassportsSpellThem() {
        assertThat(JapaneseScript.romanise("伊藤博文")).isEqualTo("ito hirobumi");
        assertThat(JapaneseScript.romanise("小泉純一郎")).isEqualTo("koizumi junichiro");
        assertThat(JapaneseScript.romanise("河野太郎")).isEqualTo("kono taro");
        // kanji and hiragana together
        assertThat(JapaneseScript.romanise("大坂なおみ")).isEqualTo("osaka naomi");
    }

    @Test
    void writesLongVowelsOnceUnlessTheUStartsAWord() {
        assertThat(JapaneseScript.withoutLongMarks("イトウ")).isEqualTo("イト");
        assertThat(JapaneseScript.withoutLongMarks("オオタニ")).isEqualTo("オタニ");
        assertThat(JapaneseScript.withoutLongMarks("ユウコ")).isEqualTo("ユコ");
        assertThat(JapaneseScript.withoutLongMarks("プーチン")).isEqualTo("プチン");
        // ウ before a vowel begins the next word: Inoue
        assertThat(JapaneseScript.withoutLongMarks("イノウエ")).isEqualTo("イノウエ");
        assertThat(JapaneseScript.romanise("井上尚弥")).isEqualTo("inoue naoya");
    }

    @Test
    void lengthensAVowelOnceAndSpellsAsPassportsDo() {
        assertThat(JapaneseScript.withoutLongMarks("オオエ")).isEqualTo("オエ"); // 大江 Oe
        assertThat(JapaneseScript.withoutLongMarks("オオイ")).isEqualTo("オイ"); // 大井 Oi
        assertThat(JapaneseScript.withoutLongMarks("オオウチ")).isEqualTo("オウチ"); // 大内 Ouchi
        assertThat(JapaneseScript.withoutLongMarks("コウイチ")).isEqualTo("コイチ"); // 浩一 Koichi
        assertThat(JapaneseScript.withoutLongMarks("コヅ")).isEqualTo("コズ"); // 小津 Ozu: zu, not dzu
        assertThat(JapaneseScript.withoutLongMarks("イトウ", true)).isEqualTo("イトh"); // Itoh
        assertThat(JapaneseScript.romanise("大野", true)).isEqualTo("ohno");
        assertThat(JapaneseScript.romanise("本間")).isEqualTo("homma"); // m before b, m, p
    }

    @Test
    void readsNameKanjiInTheirOldFormsAndLeavesTheMiddleDotToChinese() {
        assertThat(JapaneseScript.commonKanji("宮﨑")).isEqualTo("宮崎");
        assertThat(JapaneseScript.romanise("髙橋")).isEqualTo("takahashi");
        // ・ and ー are no kana: a Chinese name written with the middle dot keeps its pinyin
        assertThat(JapaneseScript.hasKana("热比娅・卡德尔")).isFalse();
        assertThat(Romanizer.romanise("热比娅・卡德尔")).containsKey("Han-Latin (pinyin)");
    }

    @Test
    void readsKanaAsWritten() {
        assertThat(JapaneseScript.romanise("あべ しんぞう")).isEqualTo("abe shinzo");
        assertThat(JapaneseScript.romanise("イトウ ヒロブミ")).isEqualTo("ito hirobumi");
        assertThat(JapaneseScript.katakana("なおみ")).isEqualTo("ナオミ");
    }

    @Test
    void aNameInHanScriptIsReadBothAsChineseAndAsJapanese() {
        assertThat(Romanizer.romanise("毛泽东").keySet()).first().isEqualTo("Han-Latin (pinyin)");
        assertThat(Romanizer.romanise("伊藤博文")).containsKey(JapaneseScript.SCHEME);
        // a name in kanji alone read with a one-letter word (王 o) gets no Japanese reading: the
        // letter would stand as an initial for any name (Omar Wei)
        assertThat(Romanizer.romanise("王伟")).doesNotContainKey(JapaneseScript.SCHEME);
        // kana say the name is Japanese: no Chinese reading
        assertThat(Romanizer.romanise("大坂なおみ").keySet()).allMatch(k -> k.startsWith(JapaneseScript.SCHEME));
    }
}
