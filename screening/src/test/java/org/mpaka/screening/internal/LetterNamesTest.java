package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpaka.screening.NameMatcher;

class LetterNamesTest {

    @Test
    void readsTifinaghLettersAsTheirNamesSay() {
        // YA YAM YA YAZ YI YAGH; the emphatic YADD is d, YASH sh, the labialisation mark w
        assertThat(LetterNames.romanise("ⴰⵎⴰⵣⵉⵖ")).isEqualTo("amazigh");
        assertThat(LetterNames.romanise("ⵎⵓⵃⵎⵎⴷ")).isEqualTo("muhmmd");
        assertThat(LetterNames.romanise("ⴹⵛⴽⵯ")).isEqualTo("dshkw");
        // YAZH as the IRCAM Latin spelling writes it
        assertThat(LetterNames.romanise("ⵊⵓⴱⴰ")).isEqualTo("juba");
    }

    @Test
    void readsNkoAndAdlamAsFulaAndMandingNamesAreSpelled() {
        // N'Ko: consonants named with an a, vowels by themselves, tone marks dropped
        assertThat(LetterNames.romanise("ߡߊߡߊߘߎ߫ ߞߋ߬ߌߕߊ")).isEqualTo("mamadu keita");
        // the nasalisation mark is n; a vowel the next syllable repeats is left out, and read
        assertThat(LetterNames.romanise("ߛߎߟߋߡߊ߲ ߞߊ߲ߕߍ")).isEqualTo("suleman kante");
        assertThat(LetterNames.romanise("ߡߡߊߘߎ")).isEqualTo("mamadu");
        assertThat(LetterNames.romanise("ߓߡߊ߬ߞߐ")).isEqualTo("bamako");
        // Adlam: Alif, Miim, Alif, Daali, U; Ba, Alif and its lengthener
        assertThat(LetterNames.romanise("𞤀𞤥𞤢𞤣𞤵 𞤄𞤢𞥄")).isEqualTo("amadu ba");
    }

    @Test
    void readsTheVaiAndCherokeeSyllabaries() {
        assertThat(LetterNames.romanise("ꕙꔤ")).isEqualTo("vai");
        assertThat(LetterNames.romanise("ᏎᏉᏯ")).isEqualTo("sequoya");
    }

    @Test
    void namesInTheseScriptsMeetTheirLatinSpellings() {
        NameMatcher m = new NameMatcher();
        assertThat(m.compareNames("ߡߊߡߊߘߎ߫ ߞߋ߬ߌߕߊ", "Mamadou Keita").score()).isGreaterThan(0.9);
        assertThat(m.compareNames("𞤀𞤥𞤢𞤣𞤵 𞤄𞤢𞥄", "Amadou Ba").score()).isGreaterThan(0.9);
        assertThat(m.compareNames("ⴰⵎⴰⵣⵉⵖ", "Amazigh").score()).isEqualTo(1.0);
        assertThat(m.compareNames("ⴰⵎⴰⵣⵉⵖ", "Mohammed").score()).isZero();
        assertThat(m.compareNames("ⴰⵎⴰⵣⵉⵖ", "Amazigh").romanisation()).isEqualTo(LetterNames.SCHEME);
    }
}
