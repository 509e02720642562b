package org.mpaka.screening.internal;

import java.util.List;
import org.mpaka.screening.PersonQuery;

/**
 * A query normalised once: its name's romanisations and its nationality as alpha-3.
 *
 * @param query the original query
 * @param names normalised forms of the name
 * @param nationality alpha-3 nationality, or empty
 */
public record PreparedQuery(PersonQuery query, List<NormalizedName> names, String nationality) {

    /** Normalises the query. */
    public static PreparedQuery of(PersonQuery q) {
        return new PreparedQuery(
                q,
                NameNormalizer.normalize(q.nameForMatching()),
                q.nationality().isEmpty() ? "" : Countries.toAlpha3(q.nationality()));
    }
}
