package org.mpaka.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit record with its place in its site's hash chain. */
public record AuditRecord(
        UUID id,
        String site,
        long seq,
        Instant occurredAt,
        String actor,
        String agencyCode,
        String clientAddress,
        String action,
        String objectType,
        String objectId,
        String reason,
        String details,
        String prevHash,
        String hash) {
    AuditRecord withHash(String newHash) {
        return new AuditRecord(
                id,
                site,
                seq,
                occurredAt,
                actor,
                agencyCode,
                clientAddress,
                action,
                objectType,
                objectId,
                reason,
                details,
                prevHash,
                newHash);
    }
}
