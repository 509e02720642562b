package org.mpaka.border;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a traveller's history. {@code status} is null when the recording agency does not
 * share decisions with the viewer's agency.
 */
public record CrossingSummary(
        UUID id, Instant recordedAt, String postCode, Direction direction, String agencyCode, String status) {}
