package org.mpaka.edifact.internal;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Pnrgov.Bag;
import org.mpaka.edifact.Pnrgov.CheckIn;
import org.mpaka.edifact.Pnrgov.Contact;
import org.mpaka.edifact.Pnrgov.Dated;
import org.mpaka.edifact.Pnrgov.Flight;
import org.mpaka.edifact.Pnrgov.HistoryEntry;
import org.mpaka.edifact.Pnrgov.Organization;
import org.mpaka.edifact.Pnrgov.Payment;
import org.mpaka.edifact.Pnrgov.Pnr;
import org.mpaka.edifact.Pnrgov.RecordLocator;
import org.mpaka.edifact.Pnrgov.Seat;
import org.mpaka.edifact.Pnrgov.Ssr;
import org.mpaka.edifact.Pnrgov.Traveller;
import org.mpaka.edifact.Segment;
import org.mpaka.edifact.internal.PnrParts.FlightBuilder;

/** One PNR while its segments are read; see {@link PnrgovMapper} for the groups. */
final class PnrBuilder {

    private enum State {
        PNR,
        TRAVELLER,
        TICKET,
        FLIGHT,
        CHECKIN,
        HISTORY
    }

    private final PnrgovMapper owner;
    private State state = State.PNR;
    private final List<RecordLocator> locators = new ArrayList<>(2);
    private final List<Dated> dates = new ArrayList<>(2);
    private final List<TravellerBuilder> travellers = new ArrayList<>(2);
    private final List<FlightBuilder> flights = new ArrayList<>(2);
    private final List<Contact> contacts = new ArrayList<>(2);
    private final List<Organization> agencies = new ArrayList<>(1);
    private final List<Payment> payments = new ArrayList<>(1);
    private final List<Ssr> ssrs = new ArrayList<>(1);
    private final List<String> texts = new ArrayList<>(1);
    private final List<Bag> bags = new ArrayList<>(0);
    private final List<HistoryEntry> history = new ArrayList<>(0);
    private List<Segment> historyEntry;
    private final List<Segment> unknown = new ArrayList<>(0);

    private TravellerBuilder traveller;
    private FlightBuilder flight;
    private CheckInBuilder checkIn;

    PnrBuilder(PnrgovMapper owner) {
        this.owner = owner;
    }

    void segment(Segment s) {
        if (state == State.HISTORY) {
            if (s.is("ABI")) {
                closeHistory();
                historyEntry = new ArrayList<>(8);
            }
            historyEntry.add(s);
            return;
        }
        switch (s.tag()) {
            case "ABI" -> {
                closeCheckIn();
                state = State.HISTORY;
                historyEntry = new ArrayList<>(8);
                historyEntry.add(s);
            }
            case "LTS" -> history.add(new HistoryEntry(List.of(s)));
            case "TIF" -> tif(s);
            case "TVL" -> tvl(s);
            case "TRA" -> {
                if (flight != null) {
                    flight.operating = s.value(1, 1);
                    flight.operatingNumber = s.value(2, 1);
                } else {
                    misplaced(s);
                }
            }
            case "RPI" -> inFlight(s, () -> flight.status = s.value(2, 1));
            case "APD" -> inFlight(s, () -> flight.equipment = s.value(1, 1));
            case "TRI" ->
                inFlight(s, () -> {
                    closeCheckIn();
                    checkIn = new CheckInBuilder(s.value(2, 1), s.value(2, 4));
                    state = State.CHECKIN;
                });
            case "SSD" -> {
                if (checkIn != null) {
                    checkIn.seat = s.value(1, 1);
                    checkIn.cabin = s.value(5, 1);
                } else {
                    misplaced(s);
                }
            }
            case "TBD" -> {
                Bag b = PnrgovMapper.bag(s);
                if (checkIn != null) {
                    checkIn.bags.add(b);
                } else if (traveller != null && isTravellerState()) {
                    traveller.bags.add(b);
                } else {
                    bags.add(b);
                }
            }
            case "EBD" -> {
                if (traveller != null && isTravellerState()) {
                    traveller.bags.add(PnrgovMapper.bag(s));
                } else {
                    bags.add(PnrgovMapper.bag(s));
                }
            }
            case "SSR" -> ssr(PnrParts.ssr(s));
            case "TKT" -> {
                if (traveller != null && isTravellerState()) {
                    traveller.openTicket(s);
                    state = State.TICKET;
                } else {
                    misplaced(s);
                }
            }
            case "MON", "PTK", "TXD" -> {
                if (state == State.TICKET && traveller.ticket != null) {
                    traveller.ticket.add(s);
                } else {
                    misplaced(s);
                }
            }
            case "FOP" -> payments.add(PnrParts.payment(s));
            case "DAT" -> {
                for (int e = 1; e <= s.elementCount(); e++) {
                    dates.add(new Dated(s.value(e, 1), Dates.pnrDateTime(s.value(e, 2), s.value(e, 3))));
                }
            }
            case "RCI" -> rci(s);
            case "IFT" -> ift(s);
            case "ADD" -> {
                Contact c = PnrParts.address(s);
                if (traveller != null && isTravellerState()) {
                    traveller.addresses.add(c);
                } else {
                    contacts.add(c);
                }
            }
            case "ORG" -> agencies.add(PnrParts.organization(s));
            case "FTI" -> inTraveller(s, () -> traveller.frequentFlyer(s));
            case "REF" -> inTraveller(s, () -> traveller.references.add(PnrParts.join(s, 1, ":")));
            case "FAR" -> inTraveller(s, () -> traveller.texts.add("FAR " + s.toString()));
            default -> owner.keep(unknown, s, "segment not understood in a PNR, kept verbatim");
        }
    }

    private boolean isTravellerState() {
        return state == State.TRAVELLER || state == State.TICKET;
    }

    private void tif(Segment s) {
        if (state == State.CHECKIN && checkIn != null) {
            checkIn.surname = s.value(1, 1);
            if (checkIn.reference == null) {
                checkIn.reference = s.value(2, 3);
            }
            return;
        }
        closeFlight();
        traveller = new TravellerBuilder(s);
        travellers.add(traveller);
        state = State.TRAVELLER;
    }

    private void tvl(Segment s) {
        FlightBuilder f = PnrParts.flight(s);
        if (flight != null && f.from == null && f.to == null && f.departure == null) {
            // codeshare: a TVL carrying only the operating flight number and class
            flight.operatingNumber = f.number;
            return;
        }
        closeFlight();
        flight = f;
        flights.add(f);
        state = State.FLIGHT;
    }

    private void ssr(Ssr ssr) {
        if (traveller != null && isTravellerState()) {
            traveller.ssr(ssr);
        } else if (flight != null && (state == State.FLIGHT || state == State.CHECKIN)) {
            flight.ssrs.add(ssr);
            if ("SEAT".equals(ssr.code()) || "RQST".equals(ssr.code())) {
                for (int i = 0; i < ssr.seats().size(); i++) {
                    String ref = i < ssr.travellerReferences().size()
                            ? ssr.travellerReferences().get(i)
                            : null;
                    flight.seats.add(new Seat(ssr.seats().get(i), ref));
                }
            }
        } else {
            ssrs.add(ssr);
        }
    }

    private void rci(Segment s) {
        for (int e = 1; e <= s.elementCount(); e++) {
            RecordLocator r = new RecordLocator(s.value(e, 1), s.value(e, 2), s.value(e, 4), s.value(e, 5));
            if (r.locator() != null && !known(r)) {
                locators.add(r);
            }
        }
    }

    /** Whether an equal locator was read already (field by field: cheaper than record equals). */
    private boolean known(RecordLocator r) {
        for (RecordLocator l : locators) {
            if (java.util.Objects.equals(l.locator(), r.locator())
                    && java.util.Objects.equals(l.airline(), r.airline())
                    && java.util.Objects.equals(l.date(), r.date())
                    && java.util.Objects.equals(l.time(), r.time())) {
                return true;
            }
        }
        return false;
    }

    private void ift(Segment s) {
        String text = PnrParts.text(s);
        Contact c = PnrParts.iftContact(text);
        if (c != null) {
            contacts.add(c);
        } else if (traveller != null && isTravellerState()) {
            traveller.texts.add(text);
        } else {
            texts.add(text);
        }
    }

    private void inFlight(Segment s, Runnable action) {
        if (flight != null && (state == State.FLIGHT || state == State.CHECKIN)) {
            action.run();
        } else {
            misplaced(s);
        }
    }

    private void inTraveller(Segment s, Runnable action) {
        if (traveller != null && isTravellerState()) {
            action.run();
        } else {
            misplaced(s);
        }
    }

    private void misplaced(Segment s) {
        owner.keep(unknown, s, s.tag() + " outside its segment group, kept verbatim");
    }

    private void closeCheckIn() {
        if (checkIn != null && flight != null) {
            flight.checkIns.add(checkIn.build());
            if (checkIn.seat != null) {
                flight.seats.add(new Seat(checkIn.seat, checkIn.reference));
            }
        }
        checkIn = null;
    }

    private void closeFlight() {
        closeCheckIn();
        flight = null;
    }

    private void closeHistory() {
        if (historyEntry != null && !historyEntry.isEmpty()) {
            history.add(new HistoryEntry(Lists.copy(historyEntry)));
        }
        historyEntry = null;
    }

    Pnr build() {
        closeFlight();
        closeHistory();
        List<Flight> itinerary = new ArrayList<>(flights.size());
        for (FlightBuilder f : flights) {
            Flight built = f.build();
            itinerary.add(built);
            for (Ssr ssr : built.serviceRequests()) {
                attachToTraveller(ssr);
            }
        }
        for (Ssr ssr : ssrs) {
            attachToTraveller(ssr);
        }
        List<Traveller> ts = new ArrayList<>(travellers.size());
        for (TravellerBuilder t : travellers) {
            ts.add(t.build());
        }
        return new Pnr(
                Lists.copy(locators),
                Lists.copy(dates),
                Lists.copy(ts),
                Lists.copy(itinerary),
                Lists.copy(contacts),
                Lists.copy(agencies),
                Lists.copy(payments),
                Lists.copy(ssrs),
                Lists.copy(texts),
                Lists.copy(bags),
                Lists.copy(history),
                Lists.copy(unknown));
    }

    /** Flight-level and PNR-level DOCS/DOCO/DOCA/INFT also describe the traveller they point to. */
    private void attachToTraveller(Ssr ssr) {
        if (ssr.travellerReferences().isEmpty()) {
            return;
        }
        String ref = ssr.travellerReferences().get(0);
        for (TravellerBuilder t : travellers) {
            if (ref.equals(t.reference)) {
                t.ssrFromElsewhere(ssr);
                return;
            }
        }
    }

    private static final class CheckInBuilder {
        final String sequence;
        String reference;
        String surname;
        String seat;
        String cabin;
        final List<Bag> bags = new ArrayList<>(1);

        CheckInBuilder(String sequence, String reference) {
            this.sequence = sequence;
            this.reference = reference;
        }

        CheckIn build() {
            return new CheckIn(sequence, reference, surname, seat, cabin, Lists.copy(bags));
        }
    }
}
