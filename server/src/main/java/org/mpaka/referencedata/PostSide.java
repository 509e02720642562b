package org.mpaka.referencedata;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** One country's side of a post, with its own agency, time zone and opening hours. */
public record PostSide(
        String countryCode,
        String agencyCode,
        String localName,
        ZoneId timeZone,
        boolean openAllDay,
        LocalTime opensAt,
        LocalTime closesAt) {

    /** Whether this side is open at the given instant, in its own time zone. */
    public boolean isOpenAt(Instant instant) {
        if (openAllDay) {
            return true;
        }
        LocalTime local = instant.atZone(timeZone).toLocalTime();
        if (opensAt.isBefore(closesAt)) {
            return !local.isBefore(opensAt) && local.isBefore(closesAt);
        }
        return !local.isBefore(opensAt) || local.isBefore(closesAt); // open across midnight
    }

    /** Opening hours as shown to people, e.g. {@code 06:00–22:00} or {@code 24h}. */
    public String hours() {
        return openAllDay ? "24h" : opensAt + "–" + closesAt;
    }
}
