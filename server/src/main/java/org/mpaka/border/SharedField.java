package org.mpaka.border;

/** Parts of a crossing an agency may share with the other agency of a post. */
public enum SharedField {
    /** Names, birth date, sex, nationality of the traveller. */
    IDENTITY,
    /** Document type, number, issuing state, expiry. */
    DOCUMENT,
    /** The decision and status (admitted, refused, referred). */
    DECISION,
    /** Purpose of travel and goods. */
    PURPOSE,
    /** Visa type, number and validity. */
    VISA,
    /** The face photo. */
    PHOTO,
    /** Reason code, the officer's note and the referral's outcome note. */
    NOTES,
    /** Watchlist hits and their dispositions. */
    HITS
}
