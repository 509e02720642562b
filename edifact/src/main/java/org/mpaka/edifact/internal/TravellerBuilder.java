package org.mpaka.edifact.internal;

import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Pnrgov.Amount;
import org.mpaka.edifact.Pnrgov.Bag;
import org.mpaka.edifact.Pnrgov.Contact;
import org.mpaka.edifact.Pnrgov.FrequentFlyer;
import org.mpaka.edifact.Pnrgov.Infant;
import org.mpaka.edifact.Pnrgov.Ssr;
import org.mpaka.edifact.Pnrgov.Ticket;
import org.mpaka.edifact.Pnrgov.TravelDocument;
import org.mpaka.edifact.Pnrgov.Traveller;
import org.mpaka.edifact.Segment;

/** A traveller (TIF group) while its segments are read. */
final class TravellerBuilder {

    final String reference;
    private final String surname;
    private final String givenName;
    private final String type;
    private final boolean withInfant;
    private Infant infant;
    private final List<TravelDocument> documents = new ArrayList<>(1);
    final List<Contact> addresses = new ArrayList<>(0);
    private final List<FrequentFlyer> frequentFlyers = new ArrayList<>(0);
    private final List<Ticket> tickets = new ArrayList<>(1);
    private final List<Ssr> ssrs = new ArrayList<>(1);
    final List<String> texts = new ArrayList<>(1);
    final List<Bag> bags = new ArrayList<>(0);
    final List<String> references = new ArrayList<>(1);
    TicketBuilder ticket;

    /** TIF: {@code surname:qualifier + given:type:reference:infant-indicator}. */
    TravellerBuilder(Segment tif) {
        surname = tif.value(1, 1);
        givenName = tif.value(2, 1);
        type = tif.value(2, 2);
        reference = tif.value(2, 3);
        withInfant = "1".equals(tif.value(2, 4));
    }

    void frequentFlyer(Segment s) {
        String tier = null;
        for (int c = 5; c <= 7 && tier == null; c++) {
            tier = s.value(1, c);
        }
        frequentFlyers.add(new FrequentFlyer(s.value(1, 1), s.value(1, 2), tier));
    }

    void openTicket(Segment tkt) {
        closeTicket();
        ticket = new TicketBuilder(tkt);
    }

    void ssr(Ssr ssr) {
        switch (ssr.code() == null ? "" : ssr.code()) {
            case "DOCS" -> addDocument(PnrParts.docs(ssr));
            case "DOCO" -> addDocument(PnrParts.doco(ssr));
            case "DOCA" -> addresses.add(PnrParts.doca(ssr));
            case "INFT" -> {
                if (infant == null) {
                    infant = PnrParts.infant(ssr);
                }
            }
            default -> ssrs.add(ssr);
        }
    }

    /** An SSR from the flight or PNR level that points to this traveller: documents only, no duplicates. */
    void ssrFromElsewhere(Ssr ssr) {
        String code = ssr.code() == null ? "" : ssr.code();
        if (code.equals("DOCS") || code.equals("DOCO") || code.equals("DOCA") || code.equals("INFT")) {
            ssr(ssr);
        }
    }

    private void addDocument(TravelDocument d) {
        for (TravelDocument existing : documents) {
            if (existing.source().equals(d.source())
                    && existing.number() != null
                    && existing.number().equals(d.number())) {
                return;
            }
        }
        documents.add(d);
    }

    private void closeTicket() {
        if (ticket != null) {
            tickets.add(ticket.build());
        }
        ticket = null;
    }

    Traveller build() {
        closeTicket();
        return new Traveller(
                reference,
                surname,
                givenName,
                type,
                withInfant,
                infant,
                Lists.copy(documents),
                Lists.copy(addresses),
                Lists.copy(frequentFlyers),
                Lists.copy(tickets),
                Lists.copy(ssrs),
                Lists.copy(texts),
                Lists.copy(bags),
                Lists.copy(references));
    }

    /** TKT group: TKT, MON, PTK, TXD. */
    static final class TicketBuilder {
        private final String number;
        private final String type;
        private final String coupons;
        private final List<Amount> amounts = new ArrayList<>(2);
        private final List<Amount> taxes = new ArrayList<>(2);
        private String pricing;

        TicketBuilder(Segment tkt) {
            number = tkt.value(1, 1);
            type = tkt.value(1, 2);
            coupons = tkt.value(1, 3);
        }

        void add(Segment s) {
            switch (s.tag()) {
                case "MON" -> amounts.addAll(PnrParts.amounts(s, false));
                case "TXD" -> taxes.addAll(PnrParts.amounts(s, true));
                default -> pricing = s.toString();
            }
        }

        Ticket build() {
            return new Ticket(number, type, coupons, Lists.copy(amounts), Lists.copy(taxes), pricing);
        }
    }
}
