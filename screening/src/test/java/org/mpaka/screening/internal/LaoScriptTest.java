package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LaoScriptTest {

    @Test
    void readsSyllablesAsLaoNamesAreSpelled() {
        // ອ as the vowel o, a final consonant, ou for the u vowels
        assertThat(LaoScript.romanise("ທອງລຸນ ສີສຸລິດ")).isEqualTo("thongloun sisoulit");
        // a vowel written before its consonant; ຫ before a sonorant; an o between two consonants
        assertThat(LaoScript.romanise("ໄກສອນ ພົມວິຫານ")).isEqualTo("kaison phomvihan");
        assertThat(LaoScript.romanise("ໜູຮັກ ພູມສະຫວັນ")).isEqualTo("nouhak phoumsavan");
        assertThat(LaoScript.romanise("ເຈົ້າ ສຸວັນນະພູມາ")).isEqualTo("chao souvannaphouma");
    }

    @Test
    void readsSoAsSAndAsXAndWBetweenAnInitialAndItsVowel() {
        assertThat(LaoScript.romanise("ໄຊ ສີສຸລິດ")).isEqualTo("sai sisoulit");
        assertThat(LaoScript.romanise("ໄຊ ສີສຸລິດ", true)).isEqualTo("xai sisoulit");
        assertThat(LaoScript.romanise("ຂວາງ")).isEqualTo("khouang");
        assertThat(LaoScript.romanise("ກ\u200Dານ")).isEqualTo(LaoScript.romanise("ການ"));
    }

    @Test
    void readsAmAsWrittenAndAsCompatibilityNormalisationSplitsIt() {
        assertThat(LaoScript.romanise("ຄຳໄຕ")).isEqualTo("khamtai");
        assertThat(LaoScript.romanise(Normalizer.normalize("ຄຳໄຕ", Normalizer.Form.NFKC)))
                .isEqualTo("khamtai");
    }

    @Test
    void neverFailsOnStrayVowelsAndMarks() {
        assertThat(LaoScript.romanise("ເ")).isEqualTo("e");
        assertThat(LaoScript.romanise("່ໆ")).isEmpty();
        assertThat(LaoScript.romanise("ຫ")).isEqualTo("ha");
        assertThat(LaoScript.romanise("A ເ")).isEqualTo("A e");
    }
}
