package org.mpaka.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over a record's fields and the previous record's hash. Each field is written with its
 * length, so no two different records hash the same text.
 */
final class ChainHasher {

    /** The previous hash of a site's first record. */
    static final String GENESIS = "0".repeat(64);

    private ChainHasher() {}

    /** Timestamps are hashed at millisecond precision, which every supported database keeps. */
    static Instant normalise(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String hash(AuditRecord r) {
        StringBuilder text = new StringBuilder(256);
        field(text, r.id().toString());
        field(text, r.site());
        field(text, Long.toString(r.seq()));
        field(text, normalise(r.occurredAt()).toString());
        field(text, r.actor());
        field(text, r.agencyCode());
        field(text, r.clientAddress());
        field(text, r.action());
        field(text, r.objectType());
        field(text, r.objectId());
        field(text, r.reason());
        field(text, r.details());
        field(text, r.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }
}
