package org.mpaka.cli;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.mpaka.edifact.Diagnostic;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.Paxlst;
import org.mpaka.edifact.Pnrgov;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON shape of {@code mpaka edifact parse}: one object per message, documented in docs/edifact.md. */
final class EdifactJson {

    private EdifactJson() {}

    static ObjectNode message(JsonMapper json, String file, EdifactMessage m) {
        ObjectNode o = json.createObjectNode();
        put(o, "file", file);
        put(o, "message_type", m.type());
        put(o, "message_version", m.version());
        put(o, "message_reference", m.reference());
        put(o, "interchange_reference", m.interchange().controlReference());
        put(o, "sender", m.interchange().sender());
        put(o, "recipient", m.interchange().recipient());
        put(
                o,
                "prepared",
                m.interchange().date() == null
                        ? null
                        : m.interchange().date() + ":" + m.interchange().time());
        o.put("test", m.interchange().testIndicator());
        ArrayNode persons = o.putArray("persons");
        ArrayNode flights = o.putArray("flights");
        if ("PAXLST".equals(m.type())) {
            paxlst(o, Paxlst.from(m), persons, flights);
        } else if ("PNRGOV".equals(m.type())) {
            pnrgov(json, o, Pnrgov.from(m), persons, flights);
        }
        diagnostics(o, m.diagnostics());
        return o;
    }

    static ObjectNode unattached(JsonMapper json, String file, List<Diagnostic> diags) {
        ObjectNode o = json.createObjectNode();
        put(o, "file", file);
        o.putNull("message_type");
        o.putArray("persons");
        o.putArray("flights");
        diagnostics(o, diags);
        return o;
    }

    private static void paxlst(ObjectNode o, Paxlst p, ArrayNode persons, ArrayNode flights) {
        put(o, "document_code", p.documentCode());
        put(o, "list_type", p.isCrewList() ? "crew" : "passenger");
        for (Paxlst.FlightLeg f : p.flights()) {
            ObjectNode n = flights.addObject();
            put(n, "flight", f.flightId());
            put(n, "carrier", f.carrier());
            put(n, "departure_port", f.departurePort());
            put(n, "departure", f.departure());
            put(n, "arrival_port", f.arrivalPort());
            put(n, "arrival", f.arrival());
        }
        for (Paxlst.Person x : p.persons()) {
            ObjectNode n = persons.addObject();
            put(n, "role", x.role());
            put(n, "surname", x.surname());
            strings(n.putArray("given_names"), x.givenNames());
            put(n, "birth_date", x.birthDate());
            put(n, "sex", x.sex());
            put(n, "nationality", x.nationality());
            put(n, "residence", x.place("174"));
            put(n, "embarkation", x.place("178"));
            put(n, "debarkation", x.place("179"));
            put(n, "birth_place", x.place("180"));
            put(n, "booking_reference", x.reference("AVF"));
            put(n, "seat", x.reference("SEA"));
            ArrayNode docs = n.putArray("documents");
            for (Paxlst.TravelDocument d : x.documents()) {
                ObjectNode dn = docs.addObject();
                put(dn, "type", d.type());
                put(dn, "number", d.number());
                put(dn, "issuing_state", d.issuingState());
                put(dn, "expiry", d.expiry());
            }
        }
        o.put("unknown_segments", p.unknownSegments().size());
    }

    private static void pnrgov(JsonMapper json, ObjectNode o, Pnrgov p, ArrayNode persons, ArrayNode flights) {
        if (p.flight() != null) {
            flight(flights.addObject(), p.flight());
        }
        ArrayNode pnrs = o.putArray("pnrs");
        for (Pnrgov.Pnr r : p.pnrs()) {
            ObjectNode pn = pnrs.addObject();
            put(pn, "record_locator", r.recordLocator());
            ArrayNode locators = pn.putArray("locators");
            r.locators().forEach(l -> locators.add(l.airline() + ":" + l.locator()));
            ArrayNode own = pn.putArray("persons");
            for (Pnrgov.Traveller t : r.travellers()) {
                ObjectNode n = traveller(json, t);
                own.add(n);
                ObjectNode flat = n.deepCopy();
                put(flat, "record_locator", r.recordLocator());
                persons.add(flat);
            }
            ArrayNode it = pn.putArray("itinerary");
            r.itinerary().forEach(f -> flight(it.addObject(), f));
            ArrayNode contacts = pn.putArray("contacts");
            for (Pnrgov.Contact c : r.contacts()) {
                ObjectNode cn = contacts.addObject();
                put(cn, "kind", c.kind());
                put(cn, "phone", c.phone());
                put(cn, "email", c.email());
                put(cn, "street", c.street());
                put(cn, "city", c.city());
                put(cn, "country", c.country());
            }
            pn.put("history_entries", r.history().size());
            pn.put("unknown_segments", r.unknownSegments().size());
        }
    }

    private static ObjectNode traveller(JsonMapper json, Pnrgov.Traveller t) {
        ObjectNode n = json.createObjectNode();
        Pnrgov.TravelDocument d0 = t.primaryDocument();
        put(n, "role", t.isInfant() ? "infant" : "passenger");
        put(n, "traveller_reference", t.reference());
        put(n, "surname", t.surname());
        ArrayNode given = n.putArray("given_names");
        if (t.givenName() != null) {
            given.add(t.givenName());
        }
        put(n, "birth_date", d0 == null ? null : d0.birthDate());
        put(n, "sex", d0 == null ? null : d0.sex());
        put(n, "nationality", d0 == null ? null : d0.nationality());
        ArrayNode docs = n.putArray("documents");
        for (Pnrgov.TravelDocument d : t.documents()) {
            ObjectNode dn = docs.addObject();
            put(dn, "source", d.source());
            put(dn, "type", d.type());
            put(dn, "number", d.number());
            put(dn, "issuing_state", d.issuingCountry());
            put(dn, "expiry", d.expiry());
        }
        if (t.infant() != null) {
            ObjectNode in = n.putObject("infant");
            put(in, "surname", t.infant().surname());
            put(in, "given_name", t.infant().givenName());
            put(in, "birth_date", t.infant().birthDate());
        }
        ArrayNode ff = n.putArray("frequent_flyer");
        t.frequentFlyers().forEach(f -> ff.add(f.airline() + ":" + f.number()));
        ArrayNode tk = n.putArray("tickets");
        t.tickets().forEach(k -> tk.add(k.number()));
        return n;
    }

    private static void flight(ObjectNode n, Pnrgov.Flight f) {
        put(
                n,
                "flight",
                (f.marketingCarrier() == null ? "" : f.marketingCarrier())
                        + (f.flightNumber() == null ? "" : f.flightNumber()));
        put(n, "operating_carrier", f.operatingCarrier());
        put(n, "operating_flight", f.operatingFlightNumber());
        put(n, "departure_port", f.from());
        put(n, "departure", f.departure());
        put(n, "arrival_port", f.to());
        put(n, "arrival", f.arrival());
        put(n, "booking_class", f.bookingClass());
        ArrayNode seats = n.putArray("seats");
        f.seats()
                .forEach(s ->
                        seats.add(s.number() + (s.travellerReference() == null ? "" : "/" + s.travellerReference())));
    }

    private static void diagnostics(ObjectNode o, List<Diagnostic> diags) {
        ArrayNode warnings = o.putArray("warnings");
        ArrayNode errors = o.putArray("errors");
        for (Diagnostic d : diags) {
            ObjectNode n = (d.isError() ? errors : warnings).addObject();
            put(n, "code", d.code());
            put(n, "message", d.message());
            put(n, "segment", d.segmentTag());
            if (d.segmentNumber() > 0) {
                n.put("segment_number", d.segmentNumber());
            }
            n.put("line", d.line());
            n.put("column", d.column());
            put(n, "expected", d.expected());
        }
    }

    static String summaryLine(ObjectNode o) {
        StringBuilder b = new StringBuilder();
        b.append(text(o, "file")).append('\t').append(text(o, "message_type"));
        b.append(' ').append(text(o, "message_version")).append(" ref=").append(text(o, "message_reference"));
        if (o.has("pnrs")) {
            b.append(" pnrs=").append(o.get("pnrs").size());
        }
        int docs = 0;
        for (JsonNode p : o.get("persons")) {
            docs += p.get("documents").size();
        }
        b.append(" persons=")
                .append(o.get("persons").size())
                .append(" documents=")
                .append(docs);
        b.append(" flights=").append(o.get("flights").size());
        b.append(" warnings=")
                .append(o.get("warnings").size())
                .append(" errors=")
                .append(o.get("errors").size());
        return b.toString();
    }

    private static String text(ObjectNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? "-" : n.asString();
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void put(ObjectNode o, String key, Object value) {
        if (value == null) {
            o.putNull(key);
        } else if (value instanceof TemporalAccessor) {
            o.put(key, value.toString().toUpperCase(Locale.ROOT));
        } else {
            o.put(key, value.toString());
        }
    }
}
