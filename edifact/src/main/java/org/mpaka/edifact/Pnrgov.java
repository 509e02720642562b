package org.mpaka.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.mpaka.edifact.internal.PnrgovMapper;

/**
 * A PNRGOV message (IATA EDIFACT, versions 10.1 to 15.1 and later) as a typed model: the message
 * header data and one {@link Pnr} per booking, split in one linear pass over the segments.
 *
 * @param message the underlying message; its diagnostics include those of the mapping
 * @param messageFunction MSG function code ({@code 22} push, {@code 141} update, ...)
 * @param sender ORG of the message (the sending airline or system)
 * @param flight the flight the push is for (message-level TVL), or {@code null}
 * @param declaredPnrCount EQN number of PNRs as declared, or {@code null}
 * @param pnrs the bookings, one per SRC
 * @param unknownSegments message-level segments not understood, kept verbatim
 */
public record Pnrgov(
        EdifactMessage message,
        String messageFunction,
        Organization sender,
        Flight flight,
        Integer declaredPnrCount,
        List<Pnr> pnrs,
        List<Segment> unknownSegments) {

    /** Maps a PNRGOV message; problems are added to {@code message.diagnostics()}. */
    public static Pnrgov from(EdifactMessage message) {
        return PnrgovMapper.map(message);
    }

    /**
     * One passenger name record.
     *
     * @param locators record locators (RCI), the first is the PNR's own
     * @param dates booking dates (DAT: {@code 700} created, {@code 710} last ticketed, ...)
     * @param travellers travellers (TIF group), infants included
     * @param itinerary flights (TVL group) with seats, check-in and bags
     * @param contacts addresses, phone numbers and e-mails (ADD, IFT CTC...)
     * @param agencies booking agencies and offices (ORG)
     * @param payments forms of payment (FOP)
     * @param serviceRequests PNR-level SSRs (OTHS, ...)
     * @param freeTexts PNR-level free text (IFT)
     * @param bags PNR-level excess baggage (EBD)
     * @param history history entries (ABI/DAT/SAC... or LTS), kept verbatim
     * @param unknownSegments segments not understood, kept verbatim
     */
    public record Pnr(
            List<RecordLocator> locators,
            List<Dated> dates,
            List<Traveller> travellers,
            List<Flight> itinerary,
            List<Contact> contacts,
            List<Organization> agencies,
            List<Payment> payments,
            List<Ssr> serviceRequests,
            List<String> freeTexts,
            List<Bag> bags,
            List<HistoryEntry> history,
            List<Segment> unknownSegments) {

        /** The PNR's own record locator (first RCI), or {@code null}. */
        public String recordLocator() {
            return locators.isEmpty() ? null : locators.get(0).locator();
        }
    }

    /** A record locator (RCI): airline or system, locator, creation date and time as sent. */
    public record RecordLocator(String airline, String locator, String date, String time) {}

    /** A qualified date-time (DAT). */
    public record Dated(String qualifier, LocalDateTime time) {}

    /**
     * A traveller (TIF group).
     *
     * @param reference traveller reference number within the PNR
     * @param surname family name
     * @param givenName given name(s) and title as sent
     * @param type {@code A} adult, {@code IN} infant, {@code C} child, ... as sent
     * @param withInfant whether an infant travels on this traveller's lap (TIF infant indicator)
     * @param infant infant from SSR INFT on this traveller, or {@code null}
     * @param documents SSR DOCS and DOCO
     * @param addresses SSR DOCA
     * @param frequentFlyers FTI
     * @param tickets TKT groups
     * @param serviceRequests other SSRs
     * @param freeTexts IFT texts
     * @param bags EBD bags
     * @param references REF unique passenger references
     */
    public record Traveller(
            String reference,
            String surname,
            String givenName,
            String type,
            boolean withInfant,
            Infant infant,
            List<TravelDocument> documents,
            List<Contact> addresses,
            List<FrequentFlyer> frequentFlyers,
            List<Ticket> tickets,
            List<Ssr> serviceRequests,
            List<String> freeTexts,
            List<Bag> bags,
            List<String> references) {

        /** Whether this traveller is an infant (TIF type {@code IN}). */
        public boolean isInfant() {
            return "IN".equals(type);
        }

        /** The first SSR DOCS document, or {@code null}. */
        public TravelDocument primaryDocument() {
            for (TravelDocument d : documents) {
                if ("DOCS".equals(d.source())) {
                    return d;
                }
            }
            return null;
        }
    }

    /** An infant named in SSR INFT ({@code SURNAME/GIVEN/DDMMMYY}). */
    public record Infant(String surname, String givenName, LocalDate birthDate, String text) {}

    /**
     * A document from SSR DOCS (travel document) or DOCO (other document, e.g. visa).
     *
     * @param source {@code DOCS} or {@code DOCO}
     * @param type document type ({@code P}, {@code I}, {@code V} ...)
     * @param number document number
     * @param issuingCountry issuing country (DOCS) or place of issue (DOCO)
     * @param nationality nationality (DOCS)
     * @param birthDate birth date (DOCS)
     * @param sex {@code M}, {@code F}, {@code MI}, {@code FI} (infants), {@code U} (DOCS)
     * @param expiry expiry date (DOCS)
     * @param issued issue date (DOCO)
     * @param surname surname (DOCS)
     * @param givenNames given names (DOCS)
     * @param travellerReference traveller the SSR points to, or {@code null}
     * @param text the SSR free text as sent
     */
    public record TravelDocument(
            String source,
            String type,
            String number,
            String issuingCountry,
            String nationality,
            LocalDate birthDate,
            String sex,
            LocalDate expiry,
            LocalDate issued,
            String surname,
            List<String> givenNames,
            String travellerReference,
            String text) {}

    /**
     * An address, phone number or e-mail.
     *
     * @param kind {@code ADDRESS}, {@code PHONE}, {@code EMAIL} or {@code DOCA}
     * @param purpose ADD purpose code, DOCA type ({@code D} destination, {@code R} residence) or CTC
     *     code
     */
    public record Contact(
            String kind,
            String purpose,
            String street,
            String city,
            String region,
            String postalCode,
            String country,
            String phone,
            String email) {}

    /** Frequent flyer (FTI): programme airline, number and tier. */
    public record FrequentFlyer(String airline, String number, String tier) {}

    /**
     * A ticket (TKT group).
     *
     * @param number ticket number
     * @param type document type ({@code T} ticket, {@code Y} EMD ...)
     * @param coupons total coupons
     * @param amounts MON amounts (qualifier, amount, currency)
     * @param taxes TXD tax code and amount
     * @param pricing PTK as sent
     */
    public record Ticket(
            String number, String type, String coupons, List<Amount> amounts, List<Amount> taxes, String pricing) {}

    /** A monetary amount with its qualifier or tax code and currency. */
    public record Amount(String qualifier, String amount, String currency) {}

    /** Form of payment (FOP): type ({@code CC}, {@code CA}, {@code MS}), amount, vendor, account, expiry. */
    public record Payment(String type, String amount, String vendor, String account, String expiry) {}

    /**
     * A special service request.
     *
     * @param code SSR code (DOCS, SEAT, INFT, OTHS, ...)
     * @param status action/status code
     * @param airline airline
     * @param boardPoint board point, or {@code null}
     * @param offPoint off point, or {@code null}
     * @param text free text
     * @param travellerReferences traveller references the SSR applies to
     * @param seats seat numbers, for SEAT requests
     */
    public record Ssr(
            String code,
            String status,
            String airline,
            String boardPoint,
            String offPoint,
            String text,
            List<String> travellerReferences,
            List<String> seats) {}

    /** Baggage (EBD excess, TBD checked): pieces, weight, unit, bag tags. */
    public record Bag(String kind, String pieces, String weight, String unit, List<String> tags) {}

    /** An organisation (ORG): airline or system code, location, agency identifiers, country. */
    public record Organization(String code, String location, String agencyId, String agencyLocation, String country) {}

    /**
     * A flight (TVL group).
     *
     * @param departure departure date-time
     * @param arrival arrival date-time, or {@code null}
     * @param from departure airport
     * @param to arrival airport
     * @param marketingCarrier marketing airline
     * @param operatingCarrier operating airline when it differs (codeshare), else {@code null}
     * @param flightNumber flight number
     * @param bookingClass reservation booking designator
     * @param operatingFlightNumber operating flight number (codeshare TVL or TRA), or {@code null}
     * @param status RPI status code ({@code HK} ...)
     * @param equipment APD aircraft type
     * @param serviceRequests SSRs for this flight (SEAT, DOCS, ...)
     * @param seats seats from SSR SEAT and SSD
     * @param checkIns check-in records (TRI group)
     */
    public record Flight(
            LocalDateTime departure,
            LocalDateTime arrival,
            String from,
            String to,
            String marketingCarrier,
            String operatingCarrier,
            String flightNumber,
            String bookingClass,
            String operatingFlightNumber,
            String status,
            String equipment,
            List<Ssr> serviceRequests,
            List<Seat> seats,
            List<CheckIn> checkIns) {}

    /** A seat and the traveller reference it belongs to. */
    public record Seat(String number, String travellerReference) {}

    /** Check-in data (TRI/TIF/SSD/TBD): sequence, traveller, seat, cabin and bags. */
    public record CheckIn(
            String sequence, String travellerReference, String surname, String seat, String cabin, List<Bag> bags) {}

    /** A history entry (ABI ... up to the next ABI, or one LTS), segments kept verbatim. */
    public record HistoryEntry(List<Segment> segments) {}
}
