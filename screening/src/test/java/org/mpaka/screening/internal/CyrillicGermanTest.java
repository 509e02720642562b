package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpaka.screening.NameMatcher;

class CyrillicGermanTest {

    @Test
    void writesRussianAsGermanDoes() {
        assertThat(CyrillicGerman.romanise("Пётр Чайковский")).isEqualTo("pjotr tschaikowski");
        assertThat(CyrillicGerman.romanise("Никита Хрущёв")).isEqualTo("nikita chruschtschow");
        assertThat(CyrillicGerman.romanise("Борис Ельцин")).isEqualTo("boris jelzin");
        assertThat(CyrillicGerman.romanise("Фёдор Достоевский")).isEqualTo("fjodor dostojewski");
        assertThat(CyrillicGerman.romanise("Мария Захарова")).isEqualTo("marija sacharowa");
        // given names printed with е for ё, and кс
        assertThat(CyrillicGerman.romanise("Петр Ильич Чайковский")).isEqualTo("pjotr iljitsch tschaikowski");
        assertThat(CyrillicGerman.romanise("Александр Максим")).isEqualTo("alexandr maxim");
        // й before a vowel, ь before и, с between vowels, the ending ый
        assertThat(CyrillicGerman.romanise("Йошкар Ильич Василий Навальный"))
                .isEqualTo("joschkar iljitsch wassili nawalny");
    }

    @Test
    void matchesTheGermanSpellingsOfRussianNames() {
        NameMatcher m = new NameMatcher();
        assertThat(m.compareNames("Борис Ельцин", "Boris Jelzin").score()).isGreaterThan(0.9);
        assertThat(m.compareNames("Никита Хрущёв", "Nikita Chruschtschow").score())
                .isGreaterThan(0.9);
        // the English spellings still match through the BGN reading
        assertThat(m.compareNames("Никита Хрущёв", "Nikita Khrushchev").score()).isGreaterThan(0.9);
    }
}
