package org.mpaka.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A machine client's token, as administrators see it (the secret itself is never stored). */
public record ApiToken(
        UUID id,
        String name,
        String prefix,
        String agencyCode,
        Set<Role> roles,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
