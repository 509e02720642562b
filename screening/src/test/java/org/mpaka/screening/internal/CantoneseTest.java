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
        assertThat(Cantonese.spellings("sing")).containsExactly("sing", "shing");
        assertThat(Cantonese.spellings("jyun")).startsWith("yuen");
        assertThat(Cantonese.spellings("zyu")).startsWith("chu").doesNotContain("chyu");
        assertThat(Cantonese.spellings("jip")).contains("yip", "ip");
        assertThat(Cantonese.spellings("gaa")).contains("ka", "kar");
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
        assertThat(Cantonese.reading("李A")).isNull();
        assertThat(Cantonese.reading("")).isNull();
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
        assertThat(Cantonese.compare("cheung", "tseung", false)).isEqualTo(Cantonese.SAME_READING);
        assertThat(Cantonese.compare("tsui", "chui", false)).isEqualTo(Cantonese.SAME_READING);
        assertThat(Cantonese.compare("chowyunfat", "chauyunfat", false)).isEqualTo(Cantonese.SAME_READING);
        // the spelling and typo rules come first: this rule meets what they leave apart
        assertThat(compare("kashing", "kasing")).isEqualTo(new PartSimilarity.Result(0.96, MatchMethod.SPELLING));
    }

    @Test
    void joinsNoHongKongSpellingToPinyin() {
        // the characters Cantonese reads so are read otherwise in Mandarin: too many names meet
        // (Hannah / Kenna through 懇 han and ken); Cheung / Zhang is in the romanisation table
        assertThat(Cantonese.compare("cheung", "zhang", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("kashing", "jiacheng", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("hannah", "kenna", false)).isEqualTo(Cantonese.NONE);
        // read from the characters: only other Hong Kong spellings of the reading
        assertThat(Cantonese.compare("chan", "qin", true)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("chan", "tsan", true)).isEqualTo(Cantonese.SAME_READING);
    }

    @Test
    void keepsPinyinSyllablesApartUnlessReadFromTheCharacters() {
        // Chen and Qin are both Chan in Cantonese; Lei and Li both lei; Wai and Wei are pinyin too
        assertThat(Cantonese.compare("chen", "qin", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("lei", "li", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("wai", "wei", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("lei", "li", true)).isEqualTo(Cantonese.SAME_READING);
        // one syllable a letter from the other is not joined this way (Vietnamese Tan and Tam)
        assertThat(Cantonese.compare("tam", "tan", false)).isEqualTo(Cantonese.NONE);
    }

    @Test
    void readsEachSideWithItsFewestSyllables() {
        // Wang is one syllable, not wa-ng, which would meet Huang as hu-ang
        assertThat(Cantonese.compare("wang", "huang", false)).isEqualTo(Cantonese.NONE);
        // Keung (強, one syllable) is not Keqiang (two)
        assertThat(Cantonese.compare("keung", "keqiang", false)).isEqualTo(Cantonese.NONE);
    }

    @Test
    void comparesNoTextTooLongOrNotLowerCaseLetters() {
        assertThat(Cantonese.compare("chan-tai", "chentai", false)).isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("ka".repeat(13), "ka".repeat(12) + "kah", false))
                .isEqualTo(Cantonese.NONE);
        assertThat(Cantonese.compare("", "jia", false)).isEqualTo(Cantonese.NONE);
    }

    private PartSimilarity.Result compare(String a, String b) {
        return similarity.compare(Part.of(a, false), Part.of(b, false));
    }
}
