package org.mpaka.edifact;

/**
 * A recoverable problem found while reading a message, located as precisely as the input allows.
 *
 * @param severity {@link Severity#ERROR} when data may be missing or wrong, {@link
 *     Severity#WARNING} when the message was understood despite the problem
 * @param code stable machine-readable code, e.g. {@code UNT_COUNT_MISMATCH}
 * @param interchangeRef UNB control reference, or {@code null} if unknown
 * @param messageRef UNH message reference, or {@code null} outside a message
 * @param segmentNumber position of the segment in its message (UNH = 1), or 0 outside a message
 * @param segmentTag tag of the segment concerned, or {@code null}
 * @param line 1-based line of the segment start in the input
 * @param column 1-based column of the segment start in the input
 * @param message human-readable description of the problem
 * @param expected what the reader expected instead, or {@code null}
 */
public record Diagnostic(
        Severity severity,
        String code,
        String interchangeRef,
        String messageRef,
        int segmentNumber,
        String segmentTag,
        int line,
        int column,
        String message,
        String expected) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** The message was understood; the sender should fix the problem. */
        WARNING,
        /** Data may be missing or wrong. */
        ERROR
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(severity).append(' ').append(code);
        if (interchangeRef != null) {
            b.append(" interchange=").append(interchangeRef);
        }
        if (messageRef != null) {
            b.append(" message=").append(messageRef);
        }
        if (segmentNumber > 0) {
            b.append(" segment#").append(segmentNumber);
        }
        if (segmentTag != null) {
            b.append(' ').append(segmentTag);
        }
        b.append(" at ").append(line).append(':').append(column).append(": ").append(message);
        if (expected != null) {
            b.append(" (expected ").append(expected).append(')');
        }
        return b.toString();
    }
}
