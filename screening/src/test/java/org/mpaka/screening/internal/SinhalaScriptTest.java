package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinhalaScriptTest {

    @Test
    void readsConsonantsWithTheirVowelSignsTheInherentAOrNoneUnderTheVirama() {
        assertThat(SinhalaScript.romanise("මහින්ද රාජපක්ෂ")).isEqualTo("mahinda rājapakṣa");
        assertThat(SinhalaScript.romanise("ගෝඨාභය")).isEqualTo("gōṭhābhaya");
        // the joiner that builds the conjunct of r is left out
        assertThat(SinhalaScript.romanise("ප්‍රේමදාස")).isEqualTo("prēmadāsa");
        // independent vowels, the anusvara; other characters kept
        assertThat(SinhalaScript.romanise("එස්. ලංකා")).isEqualTo("es. laṁkā");
    }

    @Test
    void neverFailsOnStrayMarks() {
        assertThat(SinhalaScript.romanise("්ා\u200D")).isEqualTo("ā");
        assertThat(SinhalaScript.romanise("ක\u200D")).isEqualTo("ka");
        assertThat(SinhalaScript.romanise("")).isEmpty();
    }

    @Test
    void givesTheSpellingNamesAreWrittenWith() {
        assertThat(NameNormalizer.normalize("සජිත් ප්‍රේමදාස"))
                .extracting(NormalizedName::display)
                .contains("sajit premadasa");
        assertThat(NameNormalizer.normalize("ශ්‍රී ලංකා"))
                .extracting(NormalizedName::display)
                .contains("shri lanka");
    }
}
