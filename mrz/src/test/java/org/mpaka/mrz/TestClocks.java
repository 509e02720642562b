package org.mpaka.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fixed clocks so that centuries and expiry warnings do not depend on the day the tests run. */
final class TestClocks {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private TestClocks() {}

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static MrzParser parser() {
        return MrzParser.standard().withClock(on(TODAY));
    }
}
