package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicScriptTest {

    @Test
    void dropsTheInherentVowelWhereTheNorthernLanguagesDoNotSayIt() {
        // at the end of a word, and between vowel-consonant and consonant-vowel inside it
        assertThat(IndicScript.commonSpelling("amitābha baccana", true)).isEqualTo("amitābh bachchan");
        assertThat(IndicScript.commonSpelling("manamōhana", true)).isEqualTo("manmōhan");
        assertThat(IndicScript.commonSpelling("karamacanda", true)).isEqualTo("karamchand");
        assertThat(IndicScript.commonSpelling("tēṇḍulakara", true)).isEqualTo("tēṇḍulkar");
        // kept after a cluster ending in r or y, and in a word too short to lose it
        assertThat(IndicScript.commonSpelling("narēndra ādītya", true)).isEqualTo("narēndra ādītya");
        assertThat(IndicScript.commonSpelling("na", true)).isEqualTo("na");
        // a long ā is said: only the short inherent a goes
        assertThat(IndicScript.commonSpelling("rāmā", true)).isEqualTo("rāmā");
    }

    @Test
    void writesAVaAfterAConsonantAsW() {
        assertThat(IndicScript.commonSpelling("svāmī dvivēdī", true)).isEqualTo("swāmī dwivēdī");
        assertThat(IndicScript.commonSpelling("viśvanātha", true)).isEqualTo("vishwanāth");
        // after r and m, and at the start, it stays v
        assertThat(IndicScript.commonSpelling("sarvēśa vikrama", true)).isEqualTo("sarvēsh vikram");
    }

    @Test
    void readsTheBengaliAndOdiaBaAsBOrAsV() {
        // ICU writes ব / ବ as b; after a consonant it is the w of Biswas and Swapan
        assertThat(IndicScript.commonSpelling("biśbāsa sbapana", true, IndicScript.Ba.BA))
                .isEqualTo("bishwās swapan");
        assertThat(IndicScript.commonSpelling("biśbāsa", true, IndicScript.Ba.AS_IS))
                .isEqualTo("bishbās");
        // the rest of India writes the same names with v; bh, mb and bb stay
        assertThat(IndicScript.commonSpelling("bibēka praṇaba", true, IndicScript.Ba.VA))
                .isEqualTo("vivēk praṇav");
        assertThat(IndicScript.commonSpelling("ambikā ābbāsa bhāratī", true, IndicScript.Ba.VA))
                .isEqualTo("ambikā ābbās bhārtī");
    }

    @Test
    void spellsLettersAsNamesAreWritten() {
        assertThat(IndicScript.commonSpelling("śarada", true)).isEqualTo("sharad");
        assertThat(IndicScript.commonSpelling("kr̥ṣṇa", true)).isEqualTo("krishṇ");
        assertThat(IndicScript.commonSpelling("duḥkha", true)).isEqualTo("dukh");
        assertThat(IndicScript.commonSpelling("rāẏa", true)).isEqualTo("rāy");
    }

    @Test
    void readsEnglishLetterNamesBeforeAFullStopAsInitials() {
        assertThat(IndicScript.commonSpelling("ēn. ṭi. rāmārāvu", false)).isEqualTo("n. t. rāmārāvu");
        assertThat(IndicScript.commonSpelling("ē. pī. jē. abdula kalāma", true)).isEqualTo("a. p. j. abdul kalām");
        // the same syllables as a word are left alone
        assertThat(IndicScript.commonSpelling("ēn ṭi", false)).isEqualTo("ēn ṭi");
        // a short e or i is a letter of the script (Tamil எ, இ), not the English E or A
        assertThat(IndicScript.commonSpelling("e. vē. vēlu", false)).isEqualTo("e. vē. vēlu");
        assertThat(IndicScript.commonSpelling("jeḍ. zeḍ.", false)).isEqualTo("z. z.");
    }

    @Test
    void keepsEveryVowelInTheSouthernLanguages() {
        assertThat(IndicScript.commonSpelling("ummana cāṇṭi", false)).isEqualTo("ummana chāṇṭi");
    }

    @Test
    void writesGurmukhiTippiAndAddakForIcu() {
        assertThat(IndicScript.gurmukhiForIcu("ਸਿੰਘ")).isEqualTo("ਸਿਂਘ");
        assertThat(IndicScript.gurmukhiForIcu("ਮੱਲ")).isEqualTo("ਮਲ੍ਲ");
        // an aspirate is doubled by its plain form: ddh, not dhdh
        assertThat(IndicScript.gurmukhiForIcu("ਸਿੱਧੂ")).isEqualTo("ਸਿਦ੍ਧੂ");
        // an addak with no consonant after it is dropped, as ICU does
        assertThat(IndicScript.gurmukhiForIcu("ਮੱ")).isEqualTo("ਮ");
    }
}
