package org.mpaka.border;

import java.time.Instant;
import java.util.UUID;

/** A supervisor's permission for an agency to process travellers outside the post's hours. */
public record HoursOverride(
        UUID id,
        String postCode,
        String agencyCode,
        String grantedBy,
        String reason,
        Instant validFrom,
        Instant validUntil) {}
