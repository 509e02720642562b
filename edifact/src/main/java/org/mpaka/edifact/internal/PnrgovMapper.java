package org.mpaka.edifact.internal;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Diagnostic.Severity;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.Pnrgov;
import org.mpaka.edifact.Pnrgov.Bag;
import org.mpaka.edifact.Pnrgov.Flight;
import org.mpaka.edifact.Pnrgov.Organization;
import org.mpaka.edifact.Pnrgov.Pnr;
import org.mpaka.edifact.Segment;

/**
 * Splits a PNRGOV message into PNRs and maps each in one linear pass. A small state machine
 * follows the segment groups of the IATA PNRGOV guide: message header, PNR (SRC), traveller
 * (TIF), ticket (TKT), flight (TVL), check-in (TRI) and history (ABI or LTS, up to the next SRC).
 * A segment is mapped in the innermost open group that defines it; any other segment is kept
 * verbatim and reported.
 */
public final class PnrgovMapper {

    private final EdifactMessage m;
    private String function;
    private Organization sender;
    private Flight flight;
    private Integer declared;
    private final List<Pnr> pnrs = new ArrayList<>();
    private final List<Segment> unknown = new ArrayList<>();
    private PnrBuilder pnr;
    private int number;

    private PnrgovMapper(EdifactMessage m) {
        this.m = m;
    }

    /** Maps {@code m}; see {@link Pnrgov#from(EdifactMessage)}. */
    public static Pnrgov map(EdifactMessage m) {
        return new PnrgovMapper(m).run();
    }

    private Pnrgov run() {
        number = 1;
        List<Segment> segments = m.segments();
        for (int i = 0, n = segments.size(); i < n; i++) {
            Segment s = segments.get(i);
            number++;
            List<Segment> parts = GluedSegments.split(s);
            if (parts == null) {
                segment(s);
            } else {
                warn(
                        s,
                        "GLUED_SEGMENT",
                        "segment " + parts.get(1).tag() + " glued to the end of " + s.tag()
                                + " without terminator; read as " + parts.size() + " segments",
                        "segment terminator before " + parts.get(1).tag());
                for (Segment p : parts) {
                    segment(p);
                }
            }
        }
        closePnr();
        if (declared != null && declared != pnrs.size()) {
            m.report(
                    Severity.WARNING,
                    "EQN_MISMATCH",
                    null,
                    0,
                    "EQN declares " + declared + " PNRs, the message has " + pnrs.size(),
                    String.valueOf(pnrs.size()));
        }
        return new Pnrgov(m, function, sender, flight, declared, Lists.copy(pnrs), Lists.copy(unknown));
    }

    private void segment(Segment s) {
        if (s.is("SRC")) {
            closePnr();
            pnr = new PnrBuilder(this);
        } else if (pnr != null) {
            pnr.segment(s);
        } else {
            header(s);
        }
    }

    private void header(Segment s) {
        switch (s.tag()) {
            case "MSG" -> function = s.value(1, 2) != null ? s.value(1, 2) : s.value(1, 1);
            case "ORG" -> sender = PnrParts.organization(s);
            case "TVL" -> flight = PnrParts.flight(s).build();
            case "EQN" -> {
                String n = s.value(1, 1);
                if (n != null && n.chars().allMatch(c -> c >= '0' && c <= '9') && n.length() < 9) {
                    declared = Integer.valueOf(n);
                } else {
                    warn(s, "BAD_NUMBER", "EQN number '" + n + "' is not a number", "digits");
                }
            }
            default -> keep(unknown, s, "segment before the first SRC not understood, kept verbatim");
        }
    }

    private void closePnr() {
        if (pnr != null) {
            pnrs.add(pnr.build());
        }
        pnr = null;
    }

    void keep(List<Segment> sink, Segment s, String text) {
        sink.add(s);
        m.report(Severity.WARNING, "UNKNOWN_SEGMENT", s, number, text, null);
    }

    void warn(Segment s, String code, String text, String expected) {
        m.report(Severity.WARNING, code, s, number, text, expected);
    }

    static Bag bag(Segment s) {
        return PnrParts.bag(s);
    }
}
