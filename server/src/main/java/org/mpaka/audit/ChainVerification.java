package org.mpaka.audit;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of checking every site's audit chain.
 *
 * @param recordsChecked how many records were read
 * @param breaks the first break found in each site's chain; empty when the trail is intact
 */
public record ChainVerification(long recordsChecked, List<Break> breaks) {

    public boolean intact() {
        return breaks.isEmpty();
    }

    /**
     * The first broken record of a site's chain.
     *
     * @param site the site whose chain broke
     * @param seq the sequence number where it broke
     * @param id the record's id, when the record exists
     * @param problem what is wrong, in words
     */
    public record Break(String site, long seq, UUID id, String problem) {}
}
