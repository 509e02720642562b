package org.mpaka.screening;

import java.util.Locale;

/**
 * One aligned pair of name parts.
 *
 * @param queryPart the query's part (several parts joined by spaces when they were merged)
 * @param listedPart the listed name's part (idem)
 * @param method how they matched
 * @param score similarity in [0, 1]
 * @param joined whether parts written apart on one side were written together on the other
 *     (Abdul Rahman / Abdulrahman)
 */
public record PartMatch(String queryPart, String listedPart, MatchMethod method, double score, boolean joined) {

    /** For example {@code "tshibangu" = "chibangu": spelling rule (0.96)}. */
    public String describe() {
        String how = method.label() + (joined ? ", written together/apart" : "");
        return String.format(Locale.ROOT, "\"%s\" = \"%s\": %s (%.2f)", queryPart, listedPart, how, score);
    }
}
