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
    void readsKanaAsWritten() {
        assertThat(JapaneseScript.romanise("あべ しんぞう")).isEqualTo("abe shinzo");
        assertThat(JapaneseScript.romanise("イトウ ヒロブミ")).isEqualTo("ito hirobumi");
        assertThat(JapaneseScript.katakana("なおみ")).isEqualTo("ナオミ");
    }

    @Test
    void aNameInHanScriptIsReadBothAsChineseAndAsJapanese() {
        assertThat(Romanizer.romanise("毛泽东").keySet()).first().isEqualTo("Han-Latin (pinyin)");
        assertThat(Romanizer.romanise("伊藤博文")).containsKey(JapaneseScript.SCHEME);
        // kana say the name is Japanese: no Chinese reading
        assertThat(Romanizer.romanise("大坂なおみ").keySet()).containsExactly(JapaneseScript.SCHEME);
    }
}
