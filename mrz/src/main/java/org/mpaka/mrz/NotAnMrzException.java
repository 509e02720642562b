package org.mpaka.mrz;

/**
 * Thrown by the parser when the input is not a machine-readable zone at all: no text, not 2 or 3
 * lines, lines far from any MRZ length, or mostly characters that never occur in an MRZ. Every
 * other problem (wrong check digit, bad character, impossible date...) is reported in the {@link
 * MrzResult} instead. This is the only exception the parser throws.
 */
public final class NotAnMrzException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param message why the text is not an MRZ
     * @param line the 1-based line of the input the problem was found on, 0 when it concerns the
     *     whole input
     */
    public NotAnMrzException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The 1-based line the problem was found on, or 0 when it concerns the whole input. */
    public int line() {
        return line;
    }
}
