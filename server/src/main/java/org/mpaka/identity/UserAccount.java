package org.mpaka.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who signs in. The password hash never leaves the identity module. */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        String agencyCode,
        Set<Role> roles,
        Set<String> postCodes,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastLoginAt,
        String originSite,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public MpakaPrincipal principal() {
        return new MpakaPrincipal(id, username, agencyCode, roles, postCodes, false);
    }
}
