package org.mpaka.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the system clock until a test fixes or moves it.
 * Tests that change it call {@link #reset()} afterwards (the context is shared).
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same (possibly stopped) time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f != null ? f : Instant.now();
    }

    /** Stops the clock at an instant. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a stopped clock forward. */
    public void advance(Duration d) {
        fixed.updateAndGet(i -> (i == null ? Instant.now() : i).plus(d));
    }

    /** Back to the system clock. */
    public void reset() {
        fixed.set(null);
    }
}
