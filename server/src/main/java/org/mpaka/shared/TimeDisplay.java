package org.mpaka.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Shows instants (stored in UTC) in the time zone of the viewer's post, or the site's zone
 * ({@code mpaka.time-zone}) when the viewer has no post. Used from templates as {@code
 * ${@times.format(instant)}}.
 */
@Component("times")
public class TimeDisplay {

    /** Supplies the zone of the signed-in user's post, when there is one (provided by identity). */
    public interface ViewerZone extends Supplier<java.util.Optional<ZoneId>> {}

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ZoneId siteZone;
    private final ObjectProvider<ViewerZone> viewerZone;

    public TimeDisplay(MpakaProperties properties, ObjectProvider<ViewerZone> viewerZone) {
        this.siteZone = properties.timeZone();
        this.viewerZone = viewerZone;
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
    }

    /** The zone times are shown in for the current viewer. */
    public ZoneId zone() {
        ViewerZone viewer = viewerZone.getIfAvailable();
        return viewer == null ? siteZone : viewer.get().orElse(siteZone);
    }
}
