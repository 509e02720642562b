package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BurmeseScriptTest {

    @Test
    void writesOneLatinWordPerSyllable() {
        assertThat(BurmeseScript.romanise("အောင်ဆန်းစုကြည်")).isEqualTo("aung san su kyi");
        assertThat(BurmeseScript.romanise("မင်းအောင်လှိုင်")).isEqualTo("min aung hlaing");
        assertThat(BurmeseScript.romanise("ဦးသန့်")).isEqualTo("u thant");
        assertThat(BurmeseScript.romanise("နေဝင်း")).isEqualTo("ne win");
    }

    @Test
    void spellsRhymesAsNamesSpellThem() {
        assertThat(BurmeseScript.romanise("သန်းရွှေ")).isEqualTo("than shwe"); // ရှ sh, ွေ we
        assertThat(BurmeseScript.romanise("ခင်ညွန့်")).isEqualTo("khin nyunt"); // ွန် un, ့ after a nasal t
        assertThat(BurmeseScript.romanise("သိန်းစိန်")).isEqualTo("thein sein"); // ိန် ein
        assertThat(BurmeseScript.romanise("ထင်ကျော်")).isEqualTo("htin kyaw"); // ော် aw
        assertThat(BurmeseScript.romanise("မြင့်ဆွေ")).isEqualTo("myint swe");
        assertThat(BurmeseScript.romanise("မောင်အေး")).isEqualTo("maung aye"); // ေ with no consonant: aye
        assertThat(BurmeseScript.romanise("ဖြိုး ချစ်")).isEqualTo("phyo chit");
        assertThat(BurmeseScript.romanise("ငြိမ်း")).isEqualTo("nyein");
    }

    @Test
    void writesOoInsideANameAndTheOtherSpellingsInASecondReading() {
        // ဦ is the honorific U before a name and Oo in it
        assertThat(BurmeseScript.romanise("တင်ဦး")).isEqualTo("tin oo");
        assertThat(BurmeseScript.romanise("ဦးသန့်")).isEqualTo("u thant");
        // ေ ay, a syllable ending in ာ ar, ထ t, ုန် one (ohn with no consonant)
        assertThat(BurmeseScript.romanise("ထေးဦး", false, true)).isEqualTo("tay oo");
        assertThat(BurmeseScript.romanise("ကျော်စွာလင်း", false, true)).isEqualTo("kyaw swar lin");
        assertThat(BurmeseScript.romanise("ဘုန်း", false, true)).isEqualTo("bone");
        assertThat(BurmeseScript.romanise("အုန်းမြင့်", false, true)).isEqualTo("ohn myint");
        assertThat(BurmeseScript.spelledTwoWays("မင်း")).isFalse();
        assertThat(BurmeseScript.romanise("မျိုးကျော့မြိုင်", false, true)).isEqualTo("myo kyawt myaing");
        // ာ before a final takes the final: ဉာဏ် nyan
        assertThat(BurmeseScript.romanise("ဉာဏ်ဝင်း")).isEqualTo("nyan win");
    }

    @Test
    void readsStackedAndKinziFinalsAndRaBothWays() {
        assertThat(BurmeseScript.romanise("သင်္ဘော")).isEqualTo("thin baw");
        assertThat(BurmeseScript.romanise("သူရ")).isEqualTo("thu ya");
        assertThat(BurmeseScript.romanise("သူရ", true)).isEqualTo("thu ra");
    }

    @Test
    void readsTheOtherEncodingsOfTheSameText() {
        // ဦ as ဥ and ီ; the asat before the creaky tone or after it; ေ stored first (Zawgyi)
        assertThat(BurmeseScript.romanise("\u1025\u102Eသန့်")).isEqualTo("u thant");
        assertThat(BurmeseScript.romanise("မြင်\u1037")).isEqualTo("myint");
        assertThat(BurmeseScript.romanise("\u1031နဝင်း")).isEqualTo("ne win");
    }

    @Test
    void leavesOutTheTitlesBeforeAName() {
        assertThat(BurmeseScript.romanise("ဗိုလ်ချုပ်မှူးကြီးမင်းအောင်လှိုင်")).isEqualTo("min aung hlaing");
        assertThat(BurmeseScript.romanise("ဒေါ်အောင်ဆန်းစုကြည်")).isEqualTo("aung san su kyi");
        assertThat(NameNormalizer.normalizeFirst("Daw Aung San Suu Kyi").display())
                .isEqualTo("aung san suu kyi");
        assertThat(NameNormalizer.normalizeFirst("Bogyoke Aung San").display()).isEqualTo("aung san");
    }

    @Test
    void neverFailsOnStrayMarks() {
        assertThat(BurmeseScript.romanise("်")).isEmpty();
        assertThat(BurmeseScript.romanise("ေ")).isEmpty();
        assertThat(BurmeseScript.romanise("က္")).isEqualTo("ka");
        assertThat(BurmeseScript.romanise("A ။ မ")).isEqualTo("A ma");
    }
}
