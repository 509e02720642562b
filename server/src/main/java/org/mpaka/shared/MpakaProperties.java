package org.mpaka.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code mpaka.*}.
 *
 * @param dataDir folder of the embedded database and other local files
 * @param site code of the post this server runs at, or {@code HQ}; stamped on every record it
 *     creates
 * @param timeZone zone used to show timestamps when the user's post gives none
 * @param demo {@code auto}, {@code true} or {@code false}
 * @param security sign-in lock-out settings
 */
@ConfigurationProperties("mpaka")
public record MpakaProperties(Path dataDir, String site, ZoneId timeZone, String demo, Security security) {

    public MpakaProperties {
        if (site == null || !site.matches("[A-Z0-9_-]{1,16}")) {
            throw new IllegalArgumentException(
                    "mpaka.site (MPAKA_SITE) must be 1-16 characters A-Z, 0-9, _ or -, got '" + site + "'");
        }
        if (demo == null || !(demo.equals("auto") || demo.equals("true") || demo.equals("false"))) {
            throw new IllegalArgumentException(
                    "mpaka.demo (MPAKA_DEMO) must be auto, true or false, got '" + demo + "'");
        }
        if (security == null) {
            security = new Security(5, Duration.ofMinutes(15));
        }
    }

    /**
     * @param maxFailedAttempts failed sign-ins in a row that lock an account
     * @param lockout how long the account stays locked
     */
    public record Security(int maxFailedAttempts, Duration lockout) {}
}
