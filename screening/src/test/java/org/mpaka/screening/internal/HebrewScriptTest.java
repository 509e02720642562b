package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpaka.screening.MatchMethod;

class HebrewScriptTest {

    private final PartSimilarity similarity = new PartSimilarity(Nicknames.bundled());

    @Test
    void writesTheConsonantsAndTheLettersThatWriteVowels() {
        assertThat(HebrewScript.romanise("בנימין נתניהו")).isEqualTo("bnimin ntnihu");
        // bet and pe soft at the end and after a letter that writes a vowel, hard elsewhere
        assertThat(HebrewScript.romanise("אברהם")).isEqualTo("avrhm");
        assertThat(HebrewScript.romanise("יעקב")).isEqualTo("yakv");
        assertThat(HebrewScript.romanise("רבין")).isEqualTo("rbin");
        assertThat(HebrewScript.romanise("יוסף")).isEqualTo("yusf");
        // ben is the particle; vowel points are not read
        assertThat(HebrewScript.romanise("דוד בן גוריון")).isEqualTo("dud ben guriun");
        assertThat(HebrewScript.romanise("מֹשֶׁה")).isEqualTo("msh");
    }

    private MatchMethod compare(String hebrew, String latin) {
        Part a = NameNormalizer.normalize(hebrew).get(0).part(0);
        Part b = NameNormalizer.normalize(latin).get(0).part(0);
        return similarity.compare(a, b).method();
    }

    @Test
    void comparesByConsonantsWithLatinSpellings() {
        assertThat(NameNormalizer.normalize("נתניהו").get(0).romanisation()).isEqualTo(HebrewScript.SCHEME);
        assertThat(compare("נתניהו", "Netanyahu")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("שמעון", "Shimon")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("יצחק", "Yitzhak")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("אברהם", "Avraham")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("שמעון", "Simeon")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("שמעון", "Salomon")).isNull();
    }

    @Test
    void readsTzBeforeHAsTsNotTheZhOfZhang() {
        assertThat(Orthography.rewrite("yitzhak")).isEqualTo("yitzhak");
        assertThat(Orthography.rewrite("zhang")).isEqualTo("jang");
        assertThat(Orthography.rewrite("alimzhan")).isEqualTo("alimjan");
    }
}
