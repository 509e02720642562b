package org.mpaka.edifact.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Diagnostic.Severity;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.Paxlst;
import org.mpaka.edifact.Paxlst.Address;
import org.mpaka.edifact.Paxlst.FlightLeg;
import org.mpaka.edifact.Paxlst.Measure;
import org.mpaka.edifact.Paxlst.Party;
import org.mpaka.edifact.Paxlst.Person;
import org.mpaka.edifact.Paxlst.Place;
import org.mpaka.edifact.Paxlst.Reference;
import org.mpaka.edifact.Paxlst.Stop;
import org.mpaka.edifact.Paxlst.TravelDocument;
import org.mpaka.edifact.Segment;

/**
 * Maps PAXLST segments to {@link Paxlst} in one pass. The segment groups of the guidelines are
 * followed with a small state: header, flight leg (TDT), person (NAD), document (DOC); a DTM or LOC
 * belongs to the innermost open group. Segments that fit nowhere are kept and reported.
 */
public final class PaxlstMapper {

    private final EdifactMessage m;
    private String documentCode;
    private String documentId;
    private final List<Reference> references = new ArrayList<>();
    private String partyName;
    private final List<Reference> partyContacts = new ArrayList<>();
    private final List<FlightLeg> flights = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Reference> counts = new ArrayList<>();
    private final List<Segment> unknown = new ArrayList<>();

    private LegBuilder leg;
    private PersonBuilder person;
    private DocBuilder doc;
    private int number;

    private PaxlstMapper(EdifactMessage m) {
        this.m = m;
    }

    /** Maps {@code m}; see {@link Paxlst#from(EdifactMessage)}. */
    public static Paxlst map(EdifactMessage m) {
        return new PaxlstMapper(m).run();
    }

    private Paxlst run() {
        number = 1;
        List<Segment> segments = m.segments();
        for (int i = 0, n = segments.size(); i < n; i++) {
            Segment s = segments.get(i);
            number++;
            segment(s);
        }
        closeLeg();
        closePerson();
        checkCounts();
        Party party =
                partyName == null && partyContacts.isEmpty() ? null : new Party(partyName, Lists.copy(partyContacts));
        return new Paxlst(
                m,
                documentCode,
                documentId,
                Lists.copy(references),
                party,
                Lists.copy(flights),
                Lists.copy(persons),
                Lists.copy(counts),
                Lists.copy(unknown));
    }

    private void segment(Segment s) {
        switch (s.tag()) {
            case "BGM" -> {
                documentCode = s.value(1);
                documentId = s.value(2);
            }
            case "RFF" -> reference(s);
            case "NAD" -> nad(s);
            case "COM", "CTA" -> contact(s);
            case "TDT" -> {
                closePerson();
                closeLeg();
                leg = new LegBuilder(s.value(1), s.value(2), s.value(5, 1));
            }
            case "LOC" -> loc(s);
            case "DTM" -> dtm(s);
            case "ATT" -> {
                if (person(s) != null && "2".equals(s.value(1))) {
                    person.sex = s.value(3, 1);
                }
            }
            case "NAT" -> {
                if (person(s) != null) {
                    person.nationality = s.value(2, 1);
                }
            }
            case "FTX" -> {
                if (person(s) != null) {
                    String text = join(s.components(4));
                    person.freeTexts.add(s.value(1) == null ? text : s.value(1) + ": " + text);
                }
            }
            case "EMP" -> {
                if (person(s) != null) {
                    person.employment = s.value(1);
                }
            }
            case "MEA" -> {
                if (person(s) != null) {
                    boolean withUnit = s.value(3, 2) != null;
                    person.measures.add(new Measure(
                            s.value(1), withUnit ? s.value(3, 1) : null, withUnit ? s.value(3, 2) : s.value(3, 1)));
                }
            }
            case "GEI" -> {
                if (person(s) != null) {
                    person.indicators.add(s.value(1) + (s.value(2, 1) == null ? "" : ":" + s.value(2, 1)));
                }
            }
            case "DOC" -> {
                if (person(s) != null) {
                    closeDoc();
                    doc = new DocBuilder(s.value(1, 1), s.value(2, 1));
                }
            }
            case "CNT" -> {
                closePerson();
                String value = s.value(1, 2) != null ? s.value(1, 2) : s.value(2);
                counts.add(new Reference(s.value(1, 1), value));
            }
            case "QTY", "FII", "CPI" -> unexpected(s, "UNSUPPORTED_SEGMENT", "segment kept but not mapped");
            default -> unexpected(s, "UNKNOWN_SEGMENT", "segment not defined for PAXLST, kept verbatim");
        }
    }

    private void reference(Segment s) {
        Reference r = new Reference(s.value(1, 1), s.value(1, 2));
        if (person != null) {
            person.references.add(r);
        } else {
            references.add(r);
        }
    }

    private void nad(Segment s) {
        String role = s.value(1);
        String name = join(s.components(4));
        if ("MS".equals(role) && person == null && persons.isEmpty()) {
            partyName = name.isEmpty() ? s.value(2, 1) : name;
            return;
        }
        closeLeg();
        closePerson();
        person = new PersonBuilder(role);
        String[] n = s.components(4);
        if (n.length > 0) {
            person.surname = emptyToNull(n[0].strip());
            for (int i = 1; i < n.length; i++) {
                if (!n[i].isBlank() && !(i == 5 && n[i].length() <= 1)) {
                    person.givenNames.add(n[i].strip());
                }
            }
        } else if (s.value(2, 1) != null) {
            person.surname = s.value(2, 1);
        }
        String[] street = s.components(5);
        if (street.length > 0 || s.value(6) != null || s.value(8) != null || s.value(9) != null) {
            person.address = new Address(emptyToNull(join(street)), s.value(6), s.value(7, 1), s.value(8), s.value(9));
        }
    }

    private void contact(Segment s) {
        if (person == null && leg == null) {
            for (String[] rep : s.repetitions(1)) {
                partyContacts.add(new Reference(rep.length > 1 ? rep[1] : null, rep.length > 0 ? rep[0] : null));
            }
            for (int e = 2; e <= s.elementCount(); e++) {
                partyContacts.add(new Reference(s.value(e, 2), s.value(e, 1)));
            }
        } else {
            unexpected(s, "UNEXPECTED_SEGMENT", "contact outside the reporting party, kept verbatim");
        }
    }

    private void loc(Segment s) {
        String q = s.value(1);
        String code = s.value(2, 1);
        String name = s.value(2, 4);
        if (doc != null) {
            if ("91".equals(q)) {
                doc.places.add(new Place(q, code, name));
                if (doc.issuingState == null || "162".equals(s.value(2, 2))) {
                    doc.issuingState = code;
                }
                return;
            }
            closeDoc();
        }
        if (person != null) {
            person.places.add(new Place(q, code, name));
        } else if (leg != null) {
            leg.stops.add(new StopBuilder(q, code));
        } else {
            unexpected(s, "UNEXPECTED_SEGMENT", "LOC outside a flight leg or person, kept verbatim");
        }
    }

    private void dtm(Segment s) {
        String q = s.value(1, 1);
        String v = s.value(1, 2);
        String f = s.value(1, 3);
        if (doc != null && ("36".equals(q) || "182".equals(q))) {
            LocalDate d = Dates.date(v, f, false);
            badDate(s, d, v);
            if ("36".equals(q)) {
                doc.expiry = d;
            } else {
                doc.issued = d;
            }
        } else if (person != null && "329".equals(q)) {
            person.birthDate = Dates.date(v, f, true);
            badDate(s, person.birthDate, v);
        } else if (leg != null && person == null && !leg.stops.isEmpty()) {
            StopBuilder stop = leg.stops.get(leg.stops.size() - 1);
            stop.dateQualifier = q;
            stop.raw = v;
            stop.time = Dates.dateTime(v, f);
            badDate(s, stop.time, v);
        } else if (leg != null && person == null) {
            leg.stops.add(new StopBuilder(null, null));
            dtm(s);
        } else {
            unexpected(s, "UNEXPECTED_SEGMENT", "DTM " + q + " outside its group, kept verbatim");
        }
    }

    private void badDate(Segment s, Object parsed, String raw) {
        if (parsed == null) {
            m.report(Severity.WARNING, "BAD_DATE", s, number, "date '" + raw + "' cannot be read", "a valid date");
        }
    }

    private PersonBuilder person(Segment s) {
        if (person == null) {
            unexpected(s, "UNEXPECTED_SEGMENT", s.tag() + " before any NAD, kept verbatim");
        } else if (!s.is("DOC")) {
            closeDoc();
        }
        return person;
    }

    private void unexpected(Segment s, String code, String text) {
        unknown.add(s);
        m.report(Severity.WARNING, code, s, number, text, null);
    }

    private void closeDoc() {
        if (doc != null && person != null) {
            person.documents.add(new TravelDocument(
                    doc.type, doc.number, doc.expiry, doc.issued, doc.issuingState, Lists.copy(doc.places)));
        }
        doc = null;
    }

    private void closePerson() {
        closeDoc();
        if (person != null) {
            PersonBuilder p = person;
            persons.add(new Person(
                    p.role,
                    p.surname,
                    Lists.copy(p.givenNames),
                    p.address,
                    p.sex,
                    p.birthDate,
                    p.nationality,
                    Lists.copy(p.places),
                    Lists.copy(p.references),
                    Lists.copy(p.freeTexts),
                    p.employment,
                    Lists.copy(p.measures),
                    Lists.copy(p.indicators),
                    Lists.copy(p.documents)));
        }
        person = null;
    }

    private void closeLeg() {
        if (leg == null) {
            return;
        }
        List<Stop> stops = new ArrayList<>();
        for (StopBuilder b : leg.stops) {
            stops.add(new Stop(b.qualifier, b.place, b.dateQualifier, b.time, b.raw));
        }
        Stop dep = pick(stops, "125", "189", true);
        Stop arr = pick(stops, "87", "232", false);
        flights.add(new FlightLeg(
                leg.stage,
                leg.flightId,
                leg.carrier,
                Lists.copy(stops),
                dep == null ? null : dep.place(),
                departureTime(dep, stops),
                arr == null ? null : arr.place(),
                arrivalTime(arr, stops)));
        leg = null;
    }

    private static Stop pick(List<Stop> stops, String locQualifier, String dtmQualifier, boolean first) {
        Stop byTime = null;
        Stop routing = null;
        for (Stop s : stops) {
            if (locQualifier.equals(s.qualifier())) {
                return s;
            }
            if (dtmQualifier.equals(s.dateQualifier()) && (byTime == null || !first)) {
                byTime = s;
            }
            if ("92".equals(s.qualifier()) && (routing == null || !first)) {
                routing = s;
            }
        }
        return byTime != null ? byTime : routing;
    }

    private static LocalDateTime departureTime(Stop dep, List<Stop> stops) {
        return time(dep, stops, "189");
    }

    private static LocalDateTime arrivalTime(Stop arr, List<Stop> stops) {
        return time(arr, stops, "232");
    }

    private static LocalDateTime time(Stop at, List<Stop> stops, String q) {
        if (at != null && q.equals(at.dateQualifier())) {
            return at.time();
        }
        for (Stop s : stops) {
            if (q.equals(s.dateQualifier())) {
                return s.time();
            }
        }
        return null;
    }

    private void checkCounts() {
        for (Reference c : counts) {
            long expected;
            String what;
            if ("41".equals(c.qualifier())) {
                expected = persons.stream().filter(p -> isCrew(p.role())).count();
                what = "crew members";
            } else if ("42".equals(c.qualifier())) {
                expected = persons.stream().filter(p -> !isCrew(p.role())).count();
                what = "passengers";
            } else {
                continue;
            }
            String declared = c.value() == null ? "" : c.value().strip();
            if (!declared.equals(String.valueOf(expected))) {
                m.report(
                        Severity.WARNING,
                        "CNT_MISMATCH",
                        null,
                        0,
                        "CNT " + c.qualifier() + " declares " + c.value() + " " + what + ", the message has "
                                + expected,
                        String.valueOf(expected));
            }
        }
    }

    private static boolean isCrew(String role) {
        return "FM".equals(role) || "DDU".equals(role) || "COT".equals(role) || "CRW".equals(role);
    }

    private static String join(String[] parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(p.strip());
            }
        }
        return b.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static final class LegBuilder {
        final String stage;
        final String flightId;
        final String carrier;
        final List<StopBuilder> stops = new ArrayList<>(4);

        LegBuilder(String stage, String flightId, String carrier) {
            this.stage = stage;
            this.flightId = flightId;
            this.carrier = carrier;
        }
    }

    private static final class StopBuilder {
        final String qualifier;
        final String place;
        String dateQualifier;
        String raw;
        LocalDateTime time;

        StopBuilder(String qualifier, String place) {
            this.qualifier = qualifier;
            this.place = place;
        }
    }

    private static final class PersonBuilder {
        final String role;
        String surname;
        final List<String> givenNames = new ArrayList<>(3);
        Address address;
        String sex;
        LocalDate birthDate;
        String nationality;
        final List<Place> places = new ArrayList<>(6);
        final List<Reference> references = new ArrayList<>(3);
        final List<String> freeTexts = new ArrayList<>(1);
        String employment;
        final List<Measure> measures = new ArrayList<>(1);
        final List<String> indicators = new ArrayList<>(1);
        final List<TravelDocument> documents = new ArrayList<>(2);

        PersonBuilder(String role) {
            this.role = role;
        }
    }

    private static final class DocBuilder {
        final String type;
        final String number;
        LocalDate expiry;
        LocalDate issued;
        String issuingState;
        final List<Place> places = new ArrayList<>(1);

        DocBuilder(String type, String number) {
            this.type = type;
            this.number = number;
        }
    }
}
