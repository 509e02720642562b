package org.mpaka.mrz;

/**
 * The data fields of a zone, fillers removed. Text fields are never null (empty when absent);
 * dates and sex are null when the field is not a valid value (an error says why) or, for the
 * expiry date, when the format has none ({@link MrzFormat#FRA_ID}).
 *
 * @param documentCode e.g. {@code P}, {@code PT}, {@code ID}, {@code V}
 * @param issuingState issuing state or organisation code, e.g. {@code UTO}, {@code D}
 * @param primaryIdentifier primary identifier (family name), components separated by one space
 * @param secondaryIdentifier secondary identifier (given names), components separated by one space
 * @param documentNumber the full document number (TD1/TD2 long numbers included)
 * @param nationality nationality code
 * @param birthDate date of birth
 * @param sex sex
 * @param expiryDate date of expiry
 * @param optionalData optional data / personal number (TD1: upper line, after a long document
 *     number; FRA_ID: the administrative code), trailing fillers removed
 * @param optionalData2 TD1 optional data of the middle line, empty for other formats
 */
public record MrzFields(
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
        String optionalData2) {}
