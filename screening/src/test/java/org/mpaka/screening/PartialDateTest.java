package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsFullPartialAndTextDates() {
        assertThat(PartialDate.parse("1948-12-10")).contains(new PartialDate(1948, 12, 10));
        assertThat(PartialDate.parse("10 Dec 1948")).contains(new PartialDate(1948, 12, 10));
        assertThat(PartialDate.parse("Dec 1948")).contains(new PartialDate(1948, 12, 0));
        assertThat(PartialDate.parse("1948")).contains(new PartialDate(1948, 0, 0));
        assertThat(PartialDate.parse("2024-02-29")).contains(new PartialDate(2024, 2, 29));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNoDate() {
        assertThat(PartialDate.parse("31 Feb 1980")).isEmpty();
        assertThat(PartialDate.parse("1980-02-31")).isEmpty();
        assertThat(PartialDate.parse("1981-02-29")).isEmpty();
        assertThat(PartialDate.parse("31 Apr 1990")).isEmpty();
        assertThat(PartialDate.parse("1980-13-01")).isEmpty();
        // a list's date keeps its year and month (a slip in the day should not cost the year)
        assertThat(PartialDate.parseListed("31 Apr 1960")).contains(new PartialDate(1960, 4, 0));
        assertThat(PartialDate.parseListed("1980-02-30")).contains(new PartialDate(1980, 2, 0));
        assertThat(PartialDate.parseListed("1980-13-01")).isEmpty();
        // a day no month has, or a day with no month, is no slip but no date
        assertThat(PartialDate.parseListed("1960-04-99")).isEmpty();
        assertThat(PartialDate.parseListed("1960-00-10")).isEmpty();
        assertThat(PartialDate.parseListed("32 Jan 1970")).isEmpty();
        assertThat(PartialDate.parseListed("10 Dec 1948")).contains(new PartialDate(1948, 12, 10));
        assertThatThrownBy(() -> new PartialDate(1980, 2, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the month has 29 days");
    }
}
