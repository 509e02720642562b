package org.mpaka.edifact;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes CUSRES responses (D:05B, association code IATA) as laid out in the WCO/IATA/ICAO API
 * guidelines: the acknowledgement of a received PAXLST (BGM 312) and the interactive-API response
 * with a board / no-board decision per traveller (BGM 962, one ERP/RFF/ERC/FTX group per person).
 * Output uses the default separators with an explicit UNA, one segment per line.
 */
public final class CusresWriter {

    private static final Separators OUT = new Separators(':', '+', '.', '?', -1, '\'');
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);

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

    /** Board / no-board decision codes of the interactive API (ERC). */
    public enum Decision {
        /** OK to board. */
        BOARD("0Z"),
        /** Not OK to board. */
        NO_BOARD("1Z"),
        /** Not enough data to decide: the airline must contact the authority. */
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
     * @param reference the traveller's reference from the PAXLST (RFF AVF booking reference, or a
     *     sequence number agreed with the airline)
     * @param decision the decision
     * @param text free text for the check-in agent, or {@code null}
     */
    public record PersonResponse(String reference, Decision decision, String text) {}

    /**
     * Acknowledges a received PAXLST: accepted when it has no errors, otherwise each error is listed
     * (ERP segment number, ERC diagnostic code, FTX text).
     */
    public static String acknowledgement(Envelope env, EdifactMessage received) {
        List<Segment> body = new ArrayList<>();
        body.add(seg("BGM", "312"));
        body.add(seg("RFF", "TN:" + nz(received.reference())));
        if (received.interchange().controlReference() != null) {
            body.add(seg("RFF", "ACW:" + received.interchange().controlReference()));
        }
        body.add(seg("DTM", "178:" + env.prepared().format(STAMP) + ":201"));
        boolean any = false;
        for (Diagnostic d : received.diagnostics()) {
            if (d.isError()) {
                any = true;
                body.add(seg("ERP", "2", String.valueOf(d.segmentNumber())));
                body.add(seg("ERC", d.code()));
                body.add(seg("FTX", "AAO", "", "", d.message()));
            }
        }
        body.add(1, seg("GEI", any ? "ZZZ:R" : "ZZZ:A"));
        return interchange(env, body);
    }

    /** Interactive-API response for one flight with one decision per traveller. */
    public static String boardingResponse(
            Envelope env, String transactionReference, Paxlst.FlightLeg flight, List<PersonResponse> people) {
        List<Segment> body = new ArrayList<>();
        body.add(seg("BGM", "962"));
        body.add(seg("RFF", "TN:" + nz(transactionReference)));
        body.add(seg("RFF", "AF:" + nz(flight.flightId())));
        if (flight.departurePort() != null) {
            body.add(seg("LOC", "125", flight.departurePort()));
        }
        if (flight.departure() != null) {
            body.add(seg("DTM", "189:" + flight.departure().format(STAMP) + ":201"));
        }
        if (flight.arrivalPort() != null) {
            body.add(seg("LOC", "87", flight.arrivalPort()));
        }
        if (flight.arrival() != null) {
            body.add(seg("DTM", "232:" + flight.arrival().format(STAMP) + ":201"));
        }
        for (PersonResponse p : people) {
            body.add(seg("ERP", "2"));
            body.add(seg("RFF", "AVF:" + nz(p.reference())));
            body.add(seg("ERC", p.decision().code()));
            if (p.text() != null) {
                body.add(seg("FTX", "AAO", "", "", p.text()));
            }
        }
        return interchange(env, body);
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
