package org.mpaka.border;

import java.time.Instant;
import java.util.UUID;

/** An officer at a counter of a post, clearing travellers in one direction. */
public record CounterSession(
        UUID id,
        UUID userId,
        String username,
        String agencyCode,
        String postCode,
        String counterCode,
        Direction direction,
        Instant startedAt,
        Instant lastSeenAt) {}
