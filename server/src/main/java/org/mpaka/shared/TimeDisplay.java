package org.mpaka.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows instants (stored in UTC) in the site's time zone. Used from templates as
 * {@code ${@times.format(instant)}}.
 */
@Component("times")
public class TimeDisplay {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;

    public TimeDisplay(MpakaProperties properties) {
        this.zone = properties.timeZone();
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}
