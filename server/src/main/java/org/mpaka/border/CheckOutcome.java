package org.mpaka.border;

import java.util.List;
import java.util.UUID;

/**
 * Everything the counter shows after a scan.
 *
 * @param document the captured document and person
 * @param direction the direction of travel
 * @param traveller the known person holding this document, null when the document is new
 * @param candidates people who may be the traveller (same birth date, similar name), for the officer
 *     to confirm; empty when the document is known
 * @param lastCrossings the traveller's latest crossings
 * @param checks the checks, in the order shown
 * @param hits watchlist hits; each needs a disposition before a decision
 * @param entitlement what the traveller may do in the country entered
 * @param pendingCheckId set when there are hits: the scan waits in the supervisor's view until the
 *     crossing is recorded with this id
 */
public record CheckOutcome(
        CapturedDocument document,
        Direction direction,
        Traveller traveller,
        List<Travellers.Candidate> candidates,
        List<CrossingSummary> lastCrossings,
        List<Check> checks,
        List<ScreeningHit> hits,
        Entitlement entitlement,
        UUID pendingCheckId) {

    /** Whether any check failed. */
    public boolean anyFailed() {
        return checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL);
    }

    /** Whether everything passed and there is nothing to disposition: one key admits. */
    public boolean clear() {
        return hits.isEmpty() && checks.stream().allMatch(c -> c.status() == Check.Status.PASS);
    }

    /** The same outcome, noted as pending under {@code id} (null: not pending). */
    public CheckOutcome withPendingCheck(UUID id) {
        return new CheckOutcome(
                document, direction, traveller, candidates, lastCrossings, checks, hits, entitlement, id);
    }
}
