package org.mpaka.border;

/** Reasons an officer gives for refusing or referring a traveller (free text comes with it). */
public enum ReasonCode {
    INVALID_DOCUMENT,
    EXPIRED_DOCUMENT,
    NO_VISA,
    WATCHLIST_MATCH,
    OVERSTAY,
    IDENTITY_DOUBT,
    DOCUMENT_EXAMINATION,
    INTERVIEW,
    PUBLIC_HEALTH,
    OTHER
}
