package org.mpaka.border;

import java.util.List;
import java.util.UUID;

/**
 * The officer's decision on a traveller at the counter.
 *
 * @param idempotencyKey chosen by the client, one per traveller at the counter: a repeated request
 *     with the same key records nothing new and returns the crossing already recorded
 * @param capture the document and where (as for the checks)
 * @param travellerId a known person the officer confirmed as the traveller (from the candidates),
 *     or null: the holder of a known document, else a new person
 * @param decision admit, refuse or refer
 * @param reasonCode required to refuse or refer
 * @param note free text; required to refuse or refer, and to admit despite a failed check
 * @param dispositions one per watchlist hit
 * @param purpose purpose of travel
 * @param goods whether the traveller carries goods to trade
 * @param photoJpeg optional face photo, JPEG bytes
 * @param pendingCheckId the id the checks returned when there were hits
 */
public record DecisionRequest(
        String idempotencyKey,
        CaptureRequest capture,
        UUID travellerId,
        Decision decision,
        ReasonCode reasonCode,
        String note,
        List<HitDisposition> dispositions,
        Purpose purpose,
        boolean goods,
        byte[] photoJpeg,
        UUID pendingCheckId) {

    /**
     * The officer's judgement of one hit.
     *
     * @param key the hit's {@code list:entryId}
     */
    public record HitDisposition(String key, Disposition disposition, String reason) {}

    public DecisionRequest {
        dispositions = dispositions == null ? List.of() : List.copyOf(dispositions);
    }
}
