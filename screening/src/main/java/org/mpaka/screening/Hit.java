package org.mpaka.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One watchlist entry that resembles the query, with the reasons.
 *
 * @param entry the listed entry
 * @param score final score in [0, 1]
 * @param matchClass class of the score
 * @param nameScore score of the best-matching listed name before adjustments (0 for documents)
 * @param matchedName the listed name that matched best (empty for document entries)
 * @param nameQuality that name's quality
 * @param name how its parts aligned
 * @param adjustments what dates, sex, nationality and documents did
 */
public record Hit(
        WatchlistEntry entry,
        double score,
        MatchClass matchClass,
        double nameScore,
        String matchedName,
        EntryName.Quality nameQuality,
        NameScore name,
        List<Adjustment> adjustments) {

    /** Copies the list. */
    public Hit {
        adjustments = List.copyOf(adjustments);
    }

    /** The explanation an officer reads, one statement per line. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        if (!matchedName.isEmpty()) {
            String kind = nameQuality == EntryName.Quality.PRIMARY
                    ? "primary name"
                    : nameQuality.name().toLowerCase(Locale.ROOT) + " alias";
            String via = name.romanisation().isEmpty() ? "" : ", romanised with " + name.romanisation();
            lines.add(String.format(
                    Locale.ROOT, "name matched listed %s \"%s\"%s: %.2f", kind, matchedName, via, nameScore));
            for (PartMatch m : name.matches()) {
                lines.add("  " + m.describe());
            }
            if (!name.unmatchedQuery().isEmpty()) {
                lines.add("  not in the listed name: " + String.join(", ", name.unmatchedQuery()));
            }
            if (!name.unmatchedListed().isEmpty()) {
                lines.add("  listed but not in the query: " + String.join(", ", name.unmatchedListed()));
            }
            for (NameScore.Limit l : name.limits()) {
                lines.add("  " + l.describe());
            }
        }
        for (Adjustment a : adjustments) {
            lines.add(a.describe());
        }
        return lines;
    }
}
