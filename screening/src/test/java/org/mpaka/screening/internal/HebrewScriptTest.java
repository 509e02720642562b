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
        assertThat(HebrewScript.romanise("יעקב")).isEqualTo("yekv");
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
    void readsKhafGereshMaqafAndTheYiddishLigatures() {
        // khaf is kh inside a word and at the end; the rules read kh as h
        assertThat(HebrewScript.romanise("מרדכי")).isEqualTo("mrdhi");
        assertThat(HebrewScript.romanise("ברוך")).isEqualTo("bruh");
        // the maqaf separates words; a geresh makes gimel j
        assertThat(HebrewScript.romanise("בן־גוריון")).isEqualTo("ben guriun");
        assertThat(HebrewScript.romanise("ג׳ורג׳")).isEqualTo("jurj");
        assertThat(HebrewScript.romanise("ג'ורג'")).isEqualTo("jurj");
        assertThat(HebrewScript.romanise("װײַס")).isEqualTo("vis");
        assertThat(HebrewScript.romanise("ווייס")).isEqualTo("viis");
        assertThat(compare("ווייס", "Weiss")).isEqualTo(MatchMethod.TRANSLITERATION);
        // one consonant, with the long vowels written: Levi
        assertThat(compare("לוי", "Levi")).isEqualTo(MatchMethod.TRANSLITERATION);
    }

    @Test
    void readsTheChOfLatinSpellingsAsTheHOfHetAndKhaf() {
        assertThat(compare("מנחם", "Menachem")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("מרדכי", "Mordechai")).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("ברוך", "Baruch")).isEqualTo(MatchMethod.TRANSLITERATION);
    }

    @Test
    void readsTzBeforeHAsTsNotTheZhOfZhang() {
        assertThat(Orthography.rewrite("yitzhak")).isEqualTo("yitzhak");
        assertThat(Orthography.rewrite("zhang")).isEqualTo("jang");
        assertThat(Orthography.rewrite("alimzhan")).isEqualTo("alimjan");
    }
}
