package org.mpaka.border;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as captured at the counter, and the person it describes.
 *
 * @param type the document type
 * @param number the document number
 * @param issuingState ICAO code of the issuing state
 * @param expiryDate expiry date, null when the document has none or it is unknown
 * @param familyName family name (primary identifier)
 * @param givenNames given names (secondary identifier)
 * @param birthDate ISO 8601 birth date with unknown parts as {@code XX}, null when unknown
 * @param birthYear year of birth, 0 when unknown
 * @param sex {@code M}, {@code F} or {@code X}
 * @param nationality ICAO code of the nationality
 * @param fromMrz true when read from a machine-readable zone
 * @param problems what is wrong with the document itself: failed check digits, invalid fields
 *     (each names the field); empty for a sound document
 */
public record CapturedDocument(
        DocumentType type,
        String number,
        String issuingState,
        LocalDate expiryDate,
        String familyName,
        String givenNames,
        String birthDate,
        int birthYear,
        String sex,
        String nationality,
        boolean fromMrz,
        List<String> problems) {

    public CapturedDocument {
        problems = List.copyOf(problems);
    }

    /** Family name then given names, for display. */
    public String fullName() {
        return (familyName + (givenNames.isEmpty() ? "" : ", " + givenNames)).strip();
    }
}
