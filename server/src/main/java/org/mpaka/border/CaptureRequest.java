package org.mpaka.border;

import java.time.LocalDate;

/**
 * What the counter sends for one traveller: where, which way, and the document — either an MRZ as
 * read by a document reader or typed fields for documents without one.
 *
 * @param postCode the post
 * @param counterCode the counter
 * @param direction {@code RWA-COD}: leaving the first country, entering the second
 * @param mrz the machine-readable zone, 2 or 3 lines; when given, the document and person fields
 *     below are ignored
 * @param documentType type of a document typed by hand
 * @param documentNumber its number
 * @param issuingState its issuing state (ICAO code)
 * @param expiryDate its expiry date, if it has one
 * @param familyName the person's family name
 * @param givenNames the person's given names
 * @param birthDate birth date {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param sex {@code M}, {@code F} or {@code X}
 * @param nationality ICAO code of the nationality
 * @param visaType visa type, when the traveller presents one
 * @param visaNumber visa number
 * @param visaValidUntil last day the visa is valid
 */
public record CaptureRequest(
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
        LocalDate visaValidUntil) {

    /** Whether the document comes as an MRZ. */
    public boolean hasMrz() {
        return mrz != null && !mrz.isBlank();
    }

    /** Whether a visa was presented. */
    public boolean hasVisa() {
        return visaNumber != null && !visaNumber.isBlank();
    }
}
