package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpaka.screening.MatchMethod;

class CantoneseTest {

    private final PartSimilarity similarity = new PartSimilarity(Nicknames.bundled());

    @Test
    void spellsJyutpingAsHongKongWritesNames() {
        assertThat(Cantonese.spellings("zoeng")).startsWith("cheung").contains("tseung");
        assertThat(Cantonese.spellings("can")).containsExactly("chan", "chun", "tsan", "tsun");
        assertThat(Cantonese.spelling("gaa")).isEqualTo("ka");
        assertThat(Cantonese.spellings("gaa")).doesNotContain("kar"); // Kar-wai's r spells Park too
        assertThat(Cantonese.spellings("sing")).containsExactly("sing", "shing");
        assertThat(Cantonese.spellings("jyun")).startsWith("yuen");
        assertThat(Cantonese.spellings("zyu")).startsWith("chu").doesNotContain("chyu");
        assertThat(Cantonese.spellings("jip")).containsExactly("yip"); // Ip would spell Korean Im too
        assertThat(Cantonese.spellings("ceoi")).contains("chui", "tsui");
        assertThat(Cantonese.spellings("zi")).contains("tsz", "chi");
        assertThat(Cantonese.spellings("ng")).containsExactly("ng");
        assertThat(Cantonese.spellings("gwok")).containsExactly("kwok");
        assertThat(Cantonese.spellings("xyz")).isEmpty();
    }

    @Test
    void readsHanScriptInCantonese() {
        assertThat(Cantonese.reading("李嘉誠")).isEqualTo("lei ka sing");
        assertThat(Cantonese.reading("张 伟")).isEqualTo("cheung wai"); // simplified characters read too
        assertThat(Cantonese.reading("周潤發")).isEqualTo("chau yun fat");
        assertThat(Cantonese.reading("柯明")).isEqualTo("oh ming"); // no one-letter syllable, read as an initial
        assertThat(Cantonese.reading("李A")).isNull();
        assertThat(Cantonese.reading("")).isNull();
    }

    @Test
    void readsTheFirstCharacterAsAFamilyName() {
        // 區 is keoi (district) but Au as a family name; 單 daan (single) but Sin
        assertThat(Cantonese.reading("區諾軒")).isEqualTo("au nok hin");
        assertThat(Cantonese.reading("单仲偕")).isEqualTo("sin chung kai");
        assertThat(Cantonese.reading("李區")).isEqualTo("lei kui"); // not first: not the family name
        assertThat(Cantonese.reading(" 區明")).isEqualTo("au ming");
    }

    @Test
    void countsHongKongSyllables() {
        assertThat(Cantonese.count("cheung")).isEqualTo(1);
        assertThat(Cantonese.count("kashing")).isEqualTo(2);
        assertThat(Cantonese.count("mohamed")).isZero();
        assertThat(Cantonese.count("")).isZero();
    }

    @Test
    void joinsHongKongSpellingsOfTheSameSyllables() {
        assertThat(Cantonese.sameReading("lei", "lee")).isTrue();
        assertThat(Cantonese.sameReading("lei", "li")).isTrue();
        assertThat(Cantonese.sameReading("chau", "chow")).isTrue();
        assertThat(Cantonese.sameReading(new String[] {"ka", "sing"}, "kashing"))
                .isTrue();
        // other syllables, and the same letters in other numbers of syllables, do not meet
        assertThat(Cantonese.sameReading("chan", "chen")).isFalse();
        assertThat(Cantonese.sameReading("chan", "qin")).isFalse();
        assertThat(Cantonese.sameReading(new String[] {"ka", "sing"}, "kasingming"))
                .isFalse();
    }

    @Test
    void meetsAPartReadFromHanCharactersOnlyByItsHongKongSpellings() {
        Part lei = Part.of("lei", false).inCantonese();
        assertThat(similarity.compare(lei, Part.of("lee", false)))
                .isEqualTo(new PartSimilarity.Result(0.92, MatchMethod.CANTONESE));
        assertThat(similarity.compare(Part.of("li", false), lei))
                .isEqualTo(new PartSimilarity.Result(0.92, MatchMethod.CANTONESE));
        // not by the other rules: wong (黃) is Wang by the romanisation table, keung (強) Keqiang
        // by its consonants
        Part wong = Part.of("wong", false).inCantonese();
        assertThat(similarity.compare(wong, Part.of("wang", false)).method()).isNull();
        assertThat(similarity
                        .compare(Part.of("wang", false), Part.of("wong", false))
                        .method())
                .isNotNull();
        Part keung = Part.of("keung", false).inCantonese();
        assertThat(similarity.compare(keung, Part.of("keqiang", false)).method())
                .isNull();
        assertThat(similarity
                        .compare(Part.of("keung", false), Part.of("keqiang", false))
                        .method())
                .isNotNull();
    }

    @Test
    void comparesNoTextTooLongOrNotLowerCaseLetters() {
        assertThat(Cantonese.sameReading("chan-tai", "chantai")).isFalse();
        // 24 letters are compared, 27 are not
        assertThat(Cantonese.sameReading("lei".repeat(8), "lee".repeat(8))).isTrue();
        assertThat(Cantonese.sameReading("lei".repeat(9), "lee".repeat(9))).isFalse();
        assertThat(Cantonese.sameReading("", "ka")).isFalse();
    }
}
