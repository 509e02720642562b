package org.mpaka.screening;

import java.util.List;

/**
 * The result of comparing two names.
 *
 * @param score similarity in [0, 1]
 * @param matches the aligned parts, best first
 * @param unmatchedQuery query parts with no counterpart
 * @param unmatchedListed listed parts with no counterpart
 * @param romanisation non-empty when a name was compared through this romanisation: the listed
 *     name's when it is in another script (or read as the Somali orthography writes it), otherwise
 *     the query's
 */
public record NameScore(
        double score,
        List<PartMatch> matches,
        List<String> unmatchedQuery,
        List<String> unmatchedListed,
        String romanisation) {

    /** A score of 0 with nothing matched. */
    public static final NameScore NONE = new NameScore(0, List.of(), List.of(), List.of(), "");

    /** Copies the lists. */
    public NameScore {
        matches = List.copyOf(matches);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedListed = List.copyOf(unmatchedListed);
        romanisation = romanisation == null ? "" : romanisation;
    }
}
