package org.mpaka.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A crossing as one agency sees it: everything when it recorded the crossing, else only the fields
 * the recording agency shares with it at the post (the others are null or empty).
 *
 * @param replayed true when this answers a repeated request with the same idempotency key
 */
public record CrossingView(
        UUID id,
        Instant recordedAt,
        String postCode,
        String counterCode,
        Direction direction,
        String agencyCode,
        String officer,
        Set<SharedField> visibleFields,
        String decision,
        String status,
        Person traveller,
        Document document,
        String reasonCode,
        String note,
        Referral referral,
        String purpose,
        Boolean goods,
        Visa visa,
        List<HitRecord> hits,
        boolean photo,
        List<String> checks,
        String entitlement,
        Instant allowedUntil,
        List<Movement> movements,
        boolean replayed) {

    public record Person(
            UUID id,
            String familyName,
            String givenNames,
            String birthDate,
            String sex,
            String nationality,
            String ageGroup) {}

    public record Document(String type, String number, String issuingState, LocalDate expiryDate) {}

    public record Visa(String type, String number, LocalDate validUntil) {}

    public record Referral(String outcome, String closedBy, Instant closedAt, String note) {}

    public record HitRecord(
            String key,
            String category,
            double score,
            String matchClass,
            String matchedName,
            List<String> explanation,
            String disposition,
            String reason) {}

    public record Movement(String kind, String country, String agencyCode, Instant occurredAt, Instant allowedUntil) {}

    public CrossingView withReplayed(boolean r) {
        return new CrossingView(
                id,
                recordedAt,
                postCode,
                counterCode,
                direction,
                agencyCode,
                officer,
                visibleFields,
                decision,
                status,
                traveller,
                document,
                reasonCode,
                note,
                referral,
                purpose,
                goods,
                visa,
                hits,
                photo,
                checks,
                entitlement,
                allowedUntil,
                movements,
                r);
    }
}
