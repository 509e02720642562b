package org.mpaka.border;

/**
 * One check of a traveller at the counter.
 *
 * @param kind what was checked
 * @param status the outcome
 * @param message what the officer reads (English; pages show it translated by {@code code})
 * @param code message key of the outcome, {@code check.<kind>.<outcome>}
 * @param args values for the message
 */
public record Check(Kind kind, Status status, String message, String code, Object[] args) {

    public enum Kind {
        /** Check digits, expiry. */
        DOCUMENT,
        /** Watchlists and lost/stolen documents. */
        WATCHLIST,
        /** Whether the traveller may enter on this document, and for how long. */
        ENTITLEMENT,
        /** An earlier entry with no exit, or a stay past its end. */
        OPEN_STAY,
        /** The post's opening hours. */
        HOURS
    }

    public enum Status {
        PASS,
        /** Needs the officer's attention. */
        WARN,
        /** Failed: the officer must look at it before deciding. */
        FAIL
    }

    /** One line for the record: {@code DOCUMENT PASS: ...}. */
    public String line() {
        return kind + " " + status + ": " + message;
    }
}
