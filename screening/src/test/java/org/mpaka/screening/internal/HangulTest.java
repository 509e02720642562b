package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HangulTest {

    @Test
    void readsANameWrittenAsOneWordAsSurnameAndGivenNameInBothSchemes() {
        assertThat(Hangul.romanise("김정은"))
                .containsEntry(Hangul.REVISED, "kim jeong eun")
                .containsEntry(Hangul.NORTH_KOREAN, "kim jong un")
                .containsEntry(Hangul.MCCUNE_REISCHAUER, "kim chong un");
        // the surname as families write it; initial consonants as each scheme writes them
        assertThat(Hangul.romanise("박정희")).containsEntry(Hangul.REVISED, "park jeong hui");
        assertThat(Hangul.romanise("리병철"))
                .containsEntry(Hangul.REVISED, "ri byeong cheol")
                .containsEntry(Hangul.NORTH_KOREAN, "ri pyong chol");
        // a name written with its Chinese characters after it: the Hangul word is still read
        assertThat(Hangul.romanise("김정은 金正恩").get(Hangul.REVISED)).startsWith("kim jeong eun");
        // finals: ㄹ is l, ㅇ is ng
        assertThat(Hangul.romanise("김일성")).containsEntry(Hangul.REVISED, "kim il seong");
    }

    @Test
    void readsCompoundSurnamesAndNamesWrittenApart() {
        assertThat(Hangul.romanise("남궁민")).containsEntry(Hangul.REVISED, "namgung min");
        assertThat(Hangul.romanise("김 정은")).containsEntry(Hangul.REVISED, "kim jeong eun");
        // one scheme only when both write the name alike
        assertThat(Hangul.romanise("한민")).containsOnlyKeys(Hangul.REVISED);
        // a surname not in the table is romanised by the scheme
        assertThat(Hangul.romanise("빈민")).containsEntry(Hangul.REVISED, "bin min");
    }

    @Test
    void romanisesHangulNamesForMatching() {
        List<NormalizedName> forms = NameNormalizer.normalize("최룡해");
        assertThat(forms).extracting(NormalizedName::display).contains("choi ryong hae");
        assertThat(forms).extracting(NormalizedName::romanisation).contains(Hangul.REVISED);
    }
}
