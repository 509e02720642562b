package org.mpaka.mrz;

import java.util.Objects;

/**
 * The person and document data {@link MrzWriter} turns into a zone. Names are given as people
 * write them (any case, accents, spaces, hyphens, apostrophes); they are transliterated when
 * written. Codes and numbers are upper-cased.
 *
 * @param format the layout to write
 * @param documentCode e.g. {@code P}, {@code PT}, {@code ID}, {@code V} (1 or 2 characters)
 * @param issuingState issuing state or organisation code, e.g. {@code RWA}, {@code D}
 * @param primaryIdentifier family name(s); may be empty when the person has a single name given
 *     as secondary identifier
 * @param secondaryIdentifier given name(s); may be empty
 * @param documentNumber document number; longer than 9 characters only in TD1 and TD2
 * @param nationality nationality code
 * @param birthDate date of birth (unknown parts allowed)
 * @param sex sex
 * @param expiryDate date of expiry (unknown parts allowed)
 * @param optionalData optional data / personal number (may be empty)
 * @param optionalData2 TD1 only: optional data of the middle line (may be empty)
 */
public record MrzDocument(
        MrzFormat format,
        String documentCode,
        String issuingState,
        String primaryIdentifier,
        String secondaryIdentifier,
        String documentNumber,
        String nationality,
        MrzDate birthDate,
        Sex sex,
        MrzDate expiryDate,
        String optionalData,
        String optionalData2) {

    /** Rejects nulls; empty strings stand for absent text. */
    public MrzDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(optionalData, "optionalData");
        Objects.requireNonNull(optionalData2, "optionalData2");
    }
}
