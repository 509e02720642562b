package org.mpaka.edifact;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes CUSRES responses (D:05B, association code IATA): the acknowledgement of a received
 * PAXLST (BGM 312) and the interactive-API response with a board / no-board decision per
 * traveller (BGM 962, one ERP/RFF/ERC/FTX group per person). Segment order and qualifiers follow
 * a CUSRES exchanged with a government interactive-API system (China NIA, see docs/edifact.md
 * for the sources of every code); output uses the default separators with an explicit UNA, one
 * segment per line.
 */
public final class CusresWriter {

    private static final Separators OUT = new Separators(':', '+', '.', '?', -1, '\'');
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);
    /** Data element 9321 (application error code) is an..8. */
    private static final int ERROR_CODE_MAX = 8;
    /** Service segments after the message: summary section (ERP section 6). */
    private static final Set<String> TRAILER = Set.of("UNT", "UNE", "UNZ");

    private CusresWriter() {}

    /**
     * Envelope of the response.
     *
     * @param sender our identification (UNB sender), e.g. the PIU
     * @param recipient the airline or service provider
     * @param controlReference interchange control reference (also used as message reference)
     * @param prepared preparation time
     */
    public record Envelope(String sender, String recipient, String controlReference, LocalDateTime prepared) {}

    /**
     * Board / no-board decision codes of the interactive API (ERC, data element 9321). 0Z and 1Z
     * are confirmed by a government CUSRES (see docs/edifact.md); 2Z is not confirmed by any
     * public source found and must be agreed with the airline before use.
     */
    public enum Decision {
        /** OK to board ({@code ERC+0Z}). */
        BOARD("0Z"),
        /** Not OK to board ({@code ERC+1Z}). */
        NO_BOARD("1Z"),
        /** Not enough data to decide: the airline must contact the authority (unverified code). */
        INSUFFICIENT_DATA("2Z");

        private final String code;

        Decision(String code) {
            this.code = code;
        }

        /** The ERC code sent. */
        public String code() {
            return code;
        }
    }

    /**
     * The decision for one traveller.
     *
     * @param reference the traveller's booking reference from the PAXLST (RFF AVF)
     * @param travellerReference the traveller's unique reference from the PAXLST (RFF ABO), or
     *     {@code null} when the airline sent none
     * @param decision the decision
     * @param text free text for the check-in agent (FTX AAP), or {@code null}
     */
    public record PersonResponse(String reference, String travellerReference, Decision decision, String text) {

        /** A response without RFF ABO. */
        public PersonResponse(String reference, Decision decision, String text) {
            this(reference, null, decision, text);
        }
    }

    /**
     * Acknowledges a received PAXLST: {@code BGM+312}, the PAXLST's transaction reference ({@code
     * RFF+TN}, when it has one) and message reference ({@code RFF+ACW}), {@code DTM+137}, then one
     * group per error: {@code ERP} (message section 1 heading / 2 detail, from the first
     * traveller NAD / 6 summary, from CNT; then the segment tag and number), {@code ERC} (our diagnostic code, cut to the 8 characters data element 9321 allows)
     * and {@code FTX+AAO} with the full code and text. No error group means accepted.
     */
    public static String acknowledgement(Envelope env, EdifactMessage received) {
        List<Segment> body = new ArrayList<>();
        body.add(seg("BGM", "312"));
        String transaction = transactionReference(received);
        if (transaction != null) {
            body.add(seg("RFF", "TN:" + transaction));
        }
        body.add(seg("RFF", "ACW:" + nz(received.reference())));
        body.add(seg("DTM", "137:" + env.prepared().format(STAMP) + ":201"));
        int detail = Integer.MAX_VALUE;
        int summary = Integer.MAX_VALUE;
        List<Segment> segments = received.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (detail == Integer.MAX_VALUE && s.is("NAD") && !"MS".equals(s.value(1))) {
                detail = i + 2;
            } else if (summary == Integer.MAX_VALUE && s.is("CNT")) {
                summary = i + 2;
            }
        }
        for (Diagnostic d : received.diagnostics()) {
            if (d.isError()) {
                String tag = d.segmentTag();
                int n = d.segmentNumber();
                String section =
                        tag == null ? "1" : TRAILER.contains(tag) || n >= summary ? "6" : n >= detail ? "2" : "1";
                body.add(tag == null ? seg("ERP", section) : seg("ERP", section, tag + ":" + d.segmentNumber()));
                body.add(seg("ERC", errorCode(d.code())));
                body.add(seg("FTX", "AAO", "", "", d.code() + " " + d.message()));
            }
        }
        return interchange(env, body);
    }

    /**
     * Interactive-API response for one flight: {@code BGM+962}, {@code RFF+TN} and {@code RFF+AF}
     * (flight), {@code DTM+189}/{@code DTM+232}, {@code LOC+125}/{@code LOC+87}, then per
     * traveller {@code ERP+2}, {@code RFF+AVF}, {@code RFF+ABO} (when known), {@code ERC} with the
     * decision and {@code FTX+AAP} with the text.
     */
    public static String boardingResponse(
            Envelope env, String transactionReference, Paxlst.FlightLeg flight, List<PersonResponse> people) {
        List<Segment> body = new ArrayList<>();
        body.add(seg("BGM", "962"));
        body.add(seg("RFF", "TN:" + nz(transactionReference)));
        body.add(seg("RFF", "AF:" + nz(flight.flightId())));
        if (flight.departure() != null) {
            body.add(seg("DTM", "189:" + flight.departure().format(STAMP) + ":201"));
        }
        if (flight.arrival() != null) {
            body.add(seg("DTM", "232:" + flight.arrival().format(STAMP) + ":201"));
        }
        if (flight.departurePort() != null) {
            body.add(seg("LOC", "125", flight.departurePort()));
        }
        if (flight.arrivalPort() != null) {
            body.add(seg("LOC", "87", flight.arrivalPort()));
        }
        for (PersonResponse p : people) {
            body.add(seg("ERP", "2"));
            body.add(seg("RFF", "AVF:" + nz(p.reference())));
            if (p.travellerReference() != null) {
                body.add(seg("RFF", "ABO:" + p.travellerReference()));
            }
            body.add(seg("ERC", p.decision().code()));
            if (p.text() != null) {
                body.add(seg("FTX", "AAP", "", "", p.text()));
            }
        }
        return interchange(env, body);
    }

    /** The PAXLST's RFF+TN value (first RFF with qualifier TN), or {@code null}. */
    private static String transactionReference(EdifactMessage m) {
        for (Segment s : m.segments()) {
            if (s.is("RFF") && "TN".equals(s.value(1, 1)) && s.value(1, 2) != null) {
                return s.value(1, 2);
            }
        }
        return null;
    }

    /** Our diagnostic code as a 9321 value: at most 8 characters, underscores dropped first. */
    static String errorCode(String code) {
        if (code.length() <= ERROR_CODE_MAX) {
            return code;
        }
        StringBuilder b = new StringBuilder(ERROR_CODE_MAX);
        for (String part : code.split("_")) {
            if (!part.isEmpty()) {
                b.append(part, 0, Math.min(part.length(), 3));
            }
        }
        return b.length() <= ERROR_CODE_MAX ? b.toString() : b.substring(0, ERROR_CODE_MAX);
    }

    private static String interchange(Envelope env, List<Segment> body) {
        String ref = env.controlReference();
        StringBuilder b = new StringBuilder(64 * (body.size() + 5));
        b.append("UNA:+.? '\n");
        line(
                b,
                seg(
                        "UNB",
                        "UNOA:4",
                        env.sender(),
                        env.recipient(),
                        env.prepared().format(YYMMDD) + ":" + env.prepared().format(HHMM),
                        ref));
        line(b, seg("UNH", ref, "CUSRES:D:05B:UN:IATA"));
        body.forEach(s -> line(b, s));
        line(b, seg("UNT", String.valueOf(body.size() + 2), ref));
        line(b, seg("UNZ", "1", ref));
        return b.toString();
    }

    private static void line(StringBuilder b, Segment s) {
        b.append(s.toEdifact(OUT)).append('\n');
    }

    /** A segment from element texts in which {@code :} separates components (values have none). */
    private static Segment seg(String tag, String... elements) {
        String[][] e = new String[elements.length][];
        for (int i = 0; i < elements.length; i++) {
            e[i] = elements[i].contains(":") && !tag.equals("FTX")
                    ? elements[i].split(":", -1)
                    : new String[] {elements[i]};
        }
        return Segment.of(tag, e);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
