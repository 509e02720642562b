package org.mpaka.screening.internal;

import java.util.List;
import org.mpaka.screening.PersonQuery;

/**
 * A query normalised once: its name's romanisations and its nationality as alpha-3.
 *
 * @param query the original query
 * @param names normalised forms of the name
 * @param nationality alpha-3 nationality, or empty
 * @param generation what a suffix of the name states (see {@link NameNormalizer#generation})
 * @param family the family name, normalised, from its own field or where the name marks it (MRZ,
 *     comma) and the query has a full birth date other than 1 January, for {@link
 *     EntryScorer#FAMILY_AND_BIRTH_DATE}; else null
 */
public record PreparedQuery(
        PersonQuery query, List<NormalizedName> names, String nationality, int generation, NormalizedName family) {

    /** Normalises the query. */
    public static PreparedQuery of(PersonQuery q) {
        String name = q.nameForMatching();
        return new PreparedQuery(
                q,
                NameNormalizer.normalize(name),
                q.nationality().isEmpty() ? "" : Countries.toAlpha3(q.nationality()),
                NameNormalizer.generation(name),
                EntryScorer.familyDateRuleApplies(q.birthDate()) ? EntryScorer.family(q) : null);
    }

    /** This query without its family name: the rule of the family name and birth date left out. */
    public PreparedQuery withoutFamily() {
        return family == null ? this : new PreparedQuery(query, names, nationality, generation, null);
    }
}
