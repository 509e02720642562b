package org.mpaka.screening;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.screening.internal.Aligner;
import org.mpaka.screening.internal.EntryScorer;
import org.mpaka.screening.internal.NameNormalizer;
import org.mpaka.screening.internal.Nicknames;
import org.mpaka.screening.internal.NormalizedName;
import org.mpaka.screening.internal.PartSimilarity;
import org.mpaka.screening.internal.PreparedQuery;

/**
 * Compares names and people one pair at a time; the same scoring the index applies to its
 * candidates. Thread-safe and immutable.
 */
public final class NameMatcher {

    private final Thresholds thresholds;
    private final Aligner aligner;
    private final EntryScorer scorer;

    /** A matcher with the given thresholds and the bundled nickname table. */
    public NameMatcher(Thresholds thresholds) {
        this.thresholds = thresholds;
        this.aligner = new Aligner(new PartSimilarity(Nicknames.bundled()));
        this.scorer = new EntryScorer(aligner, thresholds);
    }

    /** A matcher with {@link Thresholds#DEFAULT}. */
    public NameMatcher() {
        this(Thresholds.DEFAULT);
    }

    /** The thresholds in use. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * Compares two names written in any script; the best over their romanisations (when nothing
     * matches, the first romanisations', so that the explanation still names the parts unmatched).
     */
    public NameScore compareNames(String query, String listed) {
        NameScore best = NameScore.NONE;
        for (NormalizedName q : NameNormalizer.normalize(query)) {
            for (NormalizedName l : NameNormalizer.normalize(listed)) {
                NameScore s = aligner.align(q, l);
                if (s.score() > best.score() || best == NameScore.NONE) {
                    best = s;
                }
            }
        }
        if (NameNormalizer.otherGeneration(NameNormalizer.generation(query), NameNormalizer.generation(listed))) {
            best = best.heldAt(NameScore.Limit.OTHER_GENERATION); // Jr against Sr: father and son
        }
        return best;
    }

    /**
     * Why a name cannot be compared at all, in words (it has no letters, or its script is one no
     * reading covers, such as Tibetan); empty when it can, and for a blank name (no name given).
     * A screen with such a name can only match by documents.
     */
    public static String unreadable(String name) {
        return NameNormalizer.unreadable(name);
    }

    /**
     * The warning a screen of {@code name} deserves when the name cannot be compared ({@code
     * cannot be compared: <why>; only documents can match}, for a caller to put after "the name"),
     * or empty.
     */
    public static String cannotCompare(String name) {
        String why = unreadable(name);
        return why.isEmpty() ? "" : "cannot be compared: " + why + "; only documents can match";
    }

    /** Scores one listed entry against a query: names, dates, sex, nationality and documents. */
    public Hit match(PersonQuery query, WatchlistEntry entry) {
        return scorer.score(PreparedQuery.of(query), entry, listedNames(entry));
    }

    /** The entry's names normalised, one per romanisation. */
    static List<EntryScorer.ListedName> listedNames(WatchlistEntry entry) {
        List<EntryScorer.ListedName> out = new ArrayList<>();
        for (EntryName n : entry.names()) {
            for (NormalizedName nn : NameNormalizer.normalize(n.name())) {
                out.add(new EntryScorer.ListedName(nn, n.quality(), n.name()));
            }
        }
        EntryScorer.inheritGeneration(out);
        return out;
    }

    EntryScorer scorer() {
        return scorer;
    }

    Aligner aligner() {
        return aligner;
    }
}
