package org.mpaka.edifact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One message (UNH ... UNT) with its envelope, its segments and the diagnostics found so far. The
 * typed models ({@link Paxlst#from(EdifactMessage)}, {@link Pnrgov#from(EdifactMessage)}) read
 * these segments and add their own diagnostics to the same list.
 */
public final class EdifactMessage {

    private final Interchange interchange;
    private final Group group;
    private final Segment header;
    private final List<Segment> segments;
    private final List<Diagnostic> diagnostics;

    /**
     * @param interchange the enclosing interchange header
     * @param group the enclosing functional group, or {@code null}
     * @param header the UNH segment
     * @param segments segments between UNH and UNT (both excluded)
     * @param diagnostics problems found while reading, in input order
     */
    public EdifactMessage(
            Interchange interchange,
            Group group,
            Segment header,
            List<Segment> segments,
            List<Diagnostic> diagnostics) {
        this.interchange = interchange;
        this.group = group;
        this.header = header;
        this.segments = Collections.unmodifiableList(segments);
        this.diagnostics = new ArrayList<>(diagnostics);
    }

    /** The enclosing interchange (UNB). */
    public Interchange interchange() {
        return interchange;
    }

    /** The enclosing functional group (UNG), or {@code null}. */
    public Group group() {
        return group;
    }

    /** The UNH segment. */
    public Segment header() {
        return header;
    }

    /** Message reference number (UNH element 1). */
    public String reference() {
        return header.value(1);
    }

    /** Message type, e.g. {@code PAXLST} or {@code PNRGOV}. */
    public String type() {
        return header.value(2, 1);
    }

    /** Message version and release as written, e.g. {@code D:05B} or {@code 11:1}. */
    public String version() {
        String v = header.value(2, 2);
        String r = header.value(2, 3);
        if (v == null && r == null) {
            return null;
        }
        return (v == null ? "" : v) + ":" + (r == null ? "" : r);
    }

    /** Controlling agency, e.g. {@code UN} or {@code IA}. */
    public String agency() {
        return header.value(2, 4);
    }

    /** Association assigned code, e.g. {@code IATA}, or {@code null}. */
    public String associationCode() {
        return header.value(2, 5);
    }

    /** Common access reference (UNH element 3), or {@code null}. */
    public String commonAccessReference() {
        return header.value(3);
    }

    /** Segments between UNH and UNT; segment {@code i} (0-based) has segment number {@code i + 2}. */
    public List<Segment> segments() {
        return segments;
    }

    /** Diagnostics in the order found (reader first, then typed model). */
    public List<Diagnostic> diagnostics() {
        return Collections.unmodifiableList(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** Adds a diagnostic about segment {@code segmentNumber} of this message. */
    public void report(
            Diagnostic.Severity severity, String code, Segment at, int segmentNumber, String text, String expected) {
        diagnostics.add(new Diagnostic(
                severity,
                code,
                interchange.controlReference(),
                reference(),
                segmentNumber,
                at == null ? null : at.tag(),
                at == null ? header.line() : at.line(),
                at == null ? header.column() : at.column(),
                text,
                expected));
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }
}
