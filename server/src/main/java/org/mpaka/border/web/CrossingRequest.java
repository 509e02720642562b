package org.mpaka.border.web;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.mpaka.border.CaptureRequest;
import org.mpaka.border.Decision;
import org.mpaka.border.DecisionRequest;
import org.mpaka.border.DocumentType;
import org.mpaka.border.Purpose;
import org.mpaka.border.ReasonCode;
import org.mpaka.shared.InvalidInputException;

/**
 * The body of {@code POST /api/v1/counter/checks} and {@code POST /api/v1/crossings}: the
 * document (an MRZ, or typed fields), where, and for a crossing the decision. See
 * {@link CaptureRequest} and {@link DecisionRequest} for each field.
 *
 * @param photo optional face photo, base64-encoded JPEG (a {@code data:image/jpeg;base64,} prefix
 *     is accepted)
 */
record CrossingRequest(
        String idempotencyKey,
        String postCode,
        String counterCode,
        String direction,
        String mrz,
        DocumentType documentType,
        String documentNumber,
        String issuingState,
        LocalDate expiryDate,
        String familyName,
        String givenNames,
        String birthDate,
        String sex,
        String nationality,
        String visaType,
        String visaNumber,
        LocalDate visaValidUntil,
        UUID travellerId,
        Decision decision,
        ReasonCode reasonCode,
        String note,
        List<DecisionRequest.HitDisposition> dispositions,
        Purpose purpose,
        Boolean goods,
        String photo,
        UUID pendingCheckId) {

    CaptureRequest capture() {
        return new CaptureRequest(
                postCode,
                counterCode,
                direction,
                mrz,
                documentType,
                documentNumber,
                issuingState,
                expiryDate,
                familyName,
                givenNames,
                birthDate,
                sex,
                nationality,
                visaType,
                visaNumber,
                visaValidUntil);
    }

    DecisionRequest decision(String headerKey) {
        String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : headerKey;
        return new DecisionRequest(
                key,
                capture(),
                travellerId,
                decision,
                reasonCode,
                note,
                dispositions,
                purpose,
                Boolean.TRUE.equals(goods),
                decodePhoto(photo),
                pendingCheckId);
    }

    static byte[] decodePhoto(String photo) {
        if (photo == null || photo.isBlank()) {
            return null;
        }
        String data = photo.strip();
        int comma = data.indexOf(',');
        if (data.startsWith("data:")) {
            if (!data.startsWith("data:image/jpeg;base64,")) {
                throw InvalidInputException.of("photo", "must be a JPEG image (data:image/jpeg;base64,...)");
            }
            data = data.substring(comma + 1);
        }
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("photo", "not valid base64");
        }
    }
}
