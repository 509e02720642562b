package org.mpaka.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PostSideTest {

    private static final ZoneId KIGALI = ZoneId.of("Africa/Kigali"); // UTC+2

    @Test
    void isOpenWithinItsHoursInItsOwnTimeZone() {
        PostSide side =
                new PostSide("RWA", "DGIE", "Rusizi II", KIGALI, false, LocalTime.of(6, 0), LocalTime.of(22, 0));
        assertThat(side.isOpenAt(Instant.parse("2026-11-23T04:00:00Z"))).isTrue(); // 06:00 local
        assertThat(side.isOpenAt(Instant.parse("2026-11-23T03:59:00Z"))).isFalse(); // 05:59 local
        assertThat(side.isOpenAt(Instant.parse("2026-11-23T20:00:00Z"))).isFalse(); // 22:00 local
        assertThat(side.hours()).isEqualTo("06:00–22:00");
    }

    @Test
    void handlesHoursAcrossMidnightAndAllDay() {
        PostSide night = new PostSide("COD", "DGM", "X", KIGALI, false, LocalTime.of(20, 0), LocalTime.of(4, 0));
        assertThat(night.isOpenAt(Instant.parse("2026-11-23T23:00:00Z"))).isTrue(); // 01:00 local
        assertThat(night.isOpenAt(Instant.parse("2026-11-23T10:00:00Z"))).isFalse();
        PostSide allDay = new PostSide("RWA", "DGIE", "KGL", KIGALI, true, null, null);
        assertThat(allDay.isOpenAt(Instant.parse("2026-11-23T01:00:00Z"))).isTrue();
        assertThat(allDay.hours()).isEqualTo("24h");
    }
}
