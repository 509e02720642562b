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
public record PreparedQuery(PersonQuery query, List<NormalizedName> names, String nationality, int generation) {

    /** Normalises the query. */
    public static PreparedQuery of(PersonQuery q) {
        String name = q.nameForMatching();
        return new PreparedQuery(
                q,
                NameNormalizer.normalize(name),
                q.nationality().isEmpty() ? "" : Countries.toAlpha3(q.nationality()),
                NameNormalizer.generation(name));
    }
}
