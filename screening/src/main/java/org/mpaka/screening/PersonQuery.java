package org.mpaka.screening;

import java.util.List;

/**
 * A person to screen.
 *
 * @param fullName the name as typed or as read from an MRZ ({@code <} separators, {@code <<}
 *     between family and given names); may be empty when the split fields are given
 * @param givenNames given names when known separately, else empty
 * @param familyName family name when known separately, else empty
 * @param birthDate birth date, possibly partial; null when unknown
 * @param sex sex, {@link Sex#UNSPECIFIED} when unknown
 * @param nationality ISO 3166 alpha-3 code or country name; empty when unknown
 * @param documents documents the person presents
 */
public record PersonQuery(
        String fullName,
        String givenNames,
        String familyName,
        PartialDate birthDate,
        Sex sex,
        String nationality,
        List<DocumentRef> documents) {

    /** Replaces nulls by empty values. */
    public PersonQuery {
        fullName = fullName == null ? "" : fullName;
        givenNames = givenNames == null ? "" : givenNames;
        familyName = familyName == null ? "" : familyName;
        sex = sex == null ? Sex.UNSPECIFIED : sex;
        nationality = nationality == null ? "" : nationality.strip();
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A query with only a name. */
    public static PersonQuery ofName(String fullName) {
        return new PersonQuery(fullName, "", "", null, Sex.UNSPECIFIED, "", List.of());
    }

    /**
     * The name to match: the full name, or the family and given names joined as {@code FAMILY,
     * Given}, which matching reads given names first.
     */
    public String nameForMatching() {
        if (!fullName.isBlank()) {
            return fullName;
        }
        if (familyName.isBlank() || givenNames.isBlank()) {
            return (familyName + " " + givenNames).strip();
        }
        return familyName.strip() + ", " + givenNames.strip();
    }
}
