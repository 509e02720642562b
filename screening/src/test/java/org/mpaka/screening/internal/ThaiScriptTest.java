package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiScriptTest {

    @Test
    void transcribesAsTheRoyalThaiGeneralSystem() {
        // a cluster, a final said t, letters under the thanthakhat and the consonant before them silent
        assertThat(ThaiScript.romanise("ประยุทธ์ จันทร์โอชา")).isEqualTo("prayut chanocha");
        assertThat(ThaiScript.romanise("ทักษิณ")).isEqualTo("thaksin");
        // a consonant with no vowel: o before a final, a before another syllable; าย ai
        assertThat(ThaiScript.romanise("สมชาย")).isEqualTo("somchai");
        assertThat(ThaiScript.romanise("ถนอม")).isEqualTo("thanom");
        // ว with no vowel written: ua before a final (ชวน), an initial otherwise (ชวลิต)
        assertThat(ThaiScript.romanise("ชวน หลีกภัย")).isEqualTo("chuan likphai");
        assertThat(ThaiScript.romanise("ชวลิต")).isEqualTo("chawalit");
        // a vowel written before a leading consonant belongs to the next one: เจริญ cha-roen
        assertThat(ThaiScript.romanise("เจริญ")).isEqualTo("charoen");
        assertThat(ThaiScript.romanise("เศรษฐา")).isEqualTo("srettha");
        assertThat(ThaiScript.romanise("บรรหาร")).isEqualTo("banhan");
    }

    @Test
    void placesTheLastSyllableOfAWord() {
        // a last consonant other than ร is a final: ภูมิพล phon; a ร there is silent (วัตร wat), and
        // so is a stop after one said alike (ยุทธ yut)
        assertThat(ThaiScript.romanise("ภูมิพล")).isEqualTo("phumiphon");
        assertThat(ThaiScript.romanise("ชินวัตร")).isEqualTo("chinwat");
        assertThat(ThaiScript.romanise("ยงใจยุทธ")).isEqualTo("yongchaiyut");
        // after a long vowel, a consonant before a silenced one starts a syllable: ลานนท์ la-non
        assertThat(ThaiScript.romanise("ติณสูลานนท์")).isEqualTo("tinsulanon");
    }

    @Test
    void readsLetterByLetterAsPaliNamesAreSpelled() {
        assertThat(ThaiScript.romanise("อภิสิทธิ์", true)).isEqualTo("abhisit");
        assertThat(ThaiScript.romanise("ภูมิพล อดุลยเดช", true)).isEqualTo("bhumipol adulyadech");
        assertThat(ThaiScript.romanise("แพทองธาร", true)).isEqualTo("paetongdharn");
        assertThat(ThaiScript.romanise("ชินวัตร", true)).isEqualTo("chinvatra");
        assertThat(ThaiScript.romanise("เวชชาชีวะ", true, true)).isEqualTo("vejjajiva");
        assertThat(ThaiScript.hasJo("ทักษิณ")).isFalse();
    }

    @Test
    void neverFailsOnStrayVowelsAndMarks() {
        assertThat(ThaiScript.romanise("เ")).isEqualTo("e");
        assertThat(ThaiScript.romanise("่์ๆ")).isEmpty();
        assertThat(ThaiScript.romanise("ก์")).isEmpty();
        assertThat(ThaiScript.romanise("A เ")).isEqualTo("A e");
        assertThat(ThaiScript.romanise("ฤ")).isEqualTo("rue");
    }
}
