package org.mpaka.edifact.internal;

import org.mpaka.edifact.Diagnostic.Severity;

/**
 * A problem the tokenizer found before it knows which message it belongs to.
 *
 * @param severity how serious
 * @param code stable code
 * @param text description
 * @param line 1-based line
 * @param column 1-based column
 * @param expected what was expected, or {@code null}
 */
public record Note(Severity severity, String code, String text, int line, int column, String expected) {}
