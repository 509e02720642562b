package org.mpaka.border;

import java.time.Instant;
import java.util.UUID;

/**
 * A person known at the post.
 *
 * @param birthDate ISO 8601 with unknown parts as {@code XX}, null when unknown
 */
public record Traveller(
        UUID id,
        String familyName,
        String givenNames,
        String birthDate,
        String sex,
        String nationality,
        Instant createdAt) {

    public String fullName() {
        return (familyName + (givenNames.isEmpty() ? "" : ", " + givenNames)).strip();
    }
}
