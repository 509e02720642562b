package org.mpaka.border;

/** The officer's judgement of one watchlist hit. */
public enum Disposition {
    TRUE_MATCH,
    FALSE_MATCH,
    NOT_SURE
}
