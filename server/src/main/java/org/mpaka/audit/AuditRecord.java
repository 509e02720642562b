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
        String hash) {}
