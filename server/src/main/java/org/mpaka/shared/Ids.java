package org.mpaka.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Globally unique identifiers for records created at a post or at headquarters: UUID version 7
 * (RFC 9562), a 48-bit Unix-millisecond timestamp followed by random bits. They sort by creation
 * time, index well, and never collide between posts that work offline and synchronise later.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    static UUID newId(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The creation time in Unix milliseconds encoded in a version-7 UUID. */
    public static long timestampOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a UUIDv7: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
