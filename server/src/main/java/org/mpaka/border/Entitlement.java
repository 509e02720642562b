package org.mpaka.border;

import java.time.Instant;

/**
 * What a traveller may do when entering a country, from the post's entitlement rules.
 *
 * @param kind the rule's kind
 * @param label the rule as officers know it, e.g. "CEPGL card: up to 3 days"
 * @param allowedUntil end of the allowed stay, null when open-ended (citizens) or unknown (visa
 *     without a validity date)
 * @param visaRequired whether a visa must be recorded
 */
public record Entitlement(Kind kind, String label, Instant allowedUntil, boolean visaRequired) {

    public enum Kind {
        CITIZEN,
        SAME_DAY,
        DAYS,
        VISA
    }
}
