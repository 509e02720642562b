package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanSyllablesTest {

    @Test
    void joinsOneSyllableInTheRevisedRomanizationMcCuneReischauerAndPopularSpellings() {
        assertThat(KoreanSyllables.same("jeong", "chung")).isTrue(); // 정: eo / u, j / ch
        assertThat(KoreanSyllables.same("hui", "hee")).isTrue(); // 희
        assertThat(KoreanSyllables.same("eun", "un")).isTrue(); // 은: eu / u
        assertThat(KoreanSyllables.same("euk", "ok")).isTrue();
        assertThat(KoreanSyllables.same("myeong", "myung")).isTrue(); // 명: yeo / yu
        assertThat(KoreanSyllables.same("chae", "jae")).isTrue();
        // a given name written together
        assertThat(KoreanSyllables.same("jeonghui", "chunghee")).isTrue();
    }

    @Test
    void keepsApartOtherSyllablesAndPartsWithNoRevisedSpelling() {
        assertThat(KoreanSyllables.same("myeong", "min")).isFalse();
        assertThat(KoreanSyllables.same("eun", "eunhui")).isFalse(); // one syllable against two
        assertThat(KoreanSyllables.same("jeong", "kyong")).isFalse(); // the first sound differs
        // neither part writes eo, eu, ae, ui or oe: no Korean reading is tried (Jon / Jun)
        assertThat(KoreanSyllables.same("jon", "jun")).isFalse();
        // parts that do not read as Korean syllables
        assertThat(KoreanSyllables.same("ismael", "ismail")).isFalse();
        assertThat(KoreanSyllables.readings("rafael")).isEmpty();
        // names of other languages whose vowels look like the Revised Romanization's
        assertThat(KoreanSyllables.same("leon", "ron")).isFalse();
        assertThat(KoreanSyllables.same("leonid", "ronit")).isFalse();
        assertThat(KoreanSyllables.same("leo", "lou")).isFalse();
        assertThat(KoreanSyllables.same("aguila", "akira")).isFalse();
        assertThat(KoreanSyllables.same("joel", "jol")).isFalse();
    }
}
