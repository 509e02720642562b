package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KhmerScriptTest {

    @Test
    void readsSyllablesWithTheVowelsOfTheirConsonantsSeries() {
        // the series sign ៊ moves ហ to the second series: ុ is u
        assertThat(KhmerScript.romanise("ហ៊ុន សែន")).isEqualTo("hun sen");
        // ា is a in the first series (ម៉ moved there) and ea in the second
        assertThat(KhmerScript.romanise("ហ៊ុន ម៉ាណែត")).isEqualTo("hun manet");
        assertThat(KhmerScript.romanise("នួន ជា")).isEqualTo("nuon chea");
        // the inherent vowel: a in the first series, o in the second; a final consonant
        assertThat(KhmerScript.romanise("ប៉ុល ពត")).isEqualTo("pol pot");
    }

    @Test
    void readsNikahitSubscriptsAndInherentVowelsBetweenSyllables() {
        // nikahit closes a syllable (sam-phan), but ាំង is ang
        assertThat(KhmerScript.romanise("ខៀវ សំផន")).isEqualTo("khiev samphan");
        assertThat(KhmerScript.romanise("កាំង")).isEqualTo("kang");
        // a subscript under a final starts the next syllable; after a long vowel a consonant
        // with a vowel after it has its own
        assertThat(KhmerScript.romanise("នរោត្តម សីហនុ")).isEqualTo("norottam seihanu");
    }

    @Test
    void writesFinalsWordEndsAndLoanLettersAsNamesDo() {
        // a final aspirate loses its h; ៀ ending a word is ea; a lone open syllable is written ar
        assertThat(KhmerScript.romanise("សុខ អាន")).isEqualTo("sok an");
        assertThat(KhmerScript.romanise("ទៀ បាញ់")).isEqualTo("tea banh");
        assertThat(KhmerScript.romanise("ស ខេង")).isEqualTo("sar kheng");
        // ហ្គ is g; a consonant before អ closes its syllable; joiners are left out
        assertThat(KhmerScript.romanise("ហ្គេកអ៊ាវ")).isEqualTo("gekeav");
        assertThat(KhmerScript.romanise("ក្\u200Dស")).isEqualTo(KhmerScript.romanise("ក្ស"));
    }

    @Test
    void neverFailsOnStrayMarks() {
        assertThat(KhmerScript.romanise("្ ៊ា")).isEqualTo(" ");
        assertThat(KhmerScript.romanise("ក្")).isEqualTo("ka");
        assertThat(KhmerScript.romanise("A ក")).isEqualTo("A kar");
    }
}
