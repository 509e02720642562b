package org.mpaka.border;

import java.util.List;

/**
 * Documents a newcomer can try at the counter (the demo data provides them); the counter page lists
 * them when such a bean exists and has any.
 */
public interface SampleDocuments {

    /**
     * One sample: either an MRZ or the fields of a document typed by hand.
     *
     * @param label who it is and what the sample shows, e.g. "watchlist hit"
     * @param mrz the zone, or null for a typed document
     * @param manual field name → value for the typed-document form, empty for an MRZ
     */
    record Sample(String label, String mrz, java.util.Map<String, String> manual) {}

    List<Sample> samples();
}
