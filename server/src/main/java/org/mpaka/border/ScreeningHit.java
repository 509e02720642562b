package org.mpaka.border;

import java.util.List;
import org.mpaka.screening.Hit;

/**
 * A watchlist hit as the counter shows it.
 *
 * @param key {@code list:entryId}, used to disposition the hit
 * @param explanation the screening engine's explanation, one statement per line
 */
public record ScreeningHit(
        String key,
        String list,
        String entryId,
        String entryKind,
        String category,
        double score,
        String matchClass,
        String matchedName,
        List<String> explanation) {

    static ScreeningHit of(Hit h) {
        return new ScreeningHit(
                h.entry().key(),
                h.entry().list(),
                h.entry().id(),
                h.entry().kind().name(),
                h.entry().category(),
                Math.round(h.score() * 1000) / 1000.0,
                h.matchClass().name(),
                h.matchedName(),
                h.explanation());
    }
}
