package org.mpaka.edifact;

/**
 * The input is not UN/EDIFACT at all: no {@code UNA}, {@code UNB} or {@code UNH} segment was found
 * near its beginning. This is the only exception the readers and parsers of this library throw
 * for bad input; every other problem becomes a {@link Diagnostic}.
 */
public final class NotEdifactException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long offset;

    /**
     * @param message what was found instead
     * @param offset character offset in the input where the search gave up
     */
    public NotEdifactException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** Character offset in the input where the search for an EDIFACT start gave up. */
    public long offset() {
        return offset;
    }
}
