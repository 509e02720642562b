package org.mpaka.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.mpaka.edifact.internal.PaxlstMapper;

/**
 * A PAXLST (Advance Passenger Information) message as a typed model, per the WCO/IATA/ICAO API
 * guidelines (D:02B, D:03B, D:05B; other directory versions and the US CBP variant are read the
 * same way).
 *
 * @param message the underlying message; its diagnostics include those of the mapping
 * @param documentCode BGM document name code: {@code 745} passenger list, {@code 250} crew list, ...
 * @param documentId BGM document identifier, or {@code null}
 * @param references message-level references (RFF), e.g. {@code TN} transaction reference
 * @param reportingParty NAD+MS contact of the sender, or {@code null}
 * @param flights flight legs (TDT group), in message order
 * @param persons passengers or crew members (NAD group), in message order
 * @param declaredCounts CNT control totals as declared (qualifier 41 crew, 42 passengers)
 * @param unknownSegments segments not understood, kept verbatim and reported as warnings
 */
public record Paxlst(
        EdifactMessage message,
        String documentCode,
        String documentId,
        List<Reference> references,
        Party reportingParty,
        List<FlightLeg> flights,
        List<Person> persons,
        List<Reference> declaredCounts,
        List<Segment> unknownSegments) {

    /** Maps a PAXLST message; problems are added to {@code message.diagnostics()}. */
    public static Paxlst from(EdifactMessage message) {
        return PaxlstMapper.map(message);
    }

    /** Whether this is a crew list (BGM 250, 336 or the US crew codes). */
    public boolean isCrewList() {
        return "250".equals(documentCode) || "336".equals(documentCode);
    }

    /** A qualified value: RFF, CNT and similar. */
    public record Reference(String qualifier, String value) {}

    /** Reporting party (NAD+MS) with its communication numbers (COM). */
    public record Party(String name, List<Reference> contacts) {}

    /**
     * One leg of the itinerary.
     *
     * @param stage TDT transport stage qualifier ({@code 20} main carriage, {@code 34} ...)
     * @param flightId TDT conveyance reference, e.g. {@code AA123}
     * @param carrier TDT carrier code, or {@code null}
     * @param stops LOC places with their DTM times, in message order
     * @param departurePort LOC 125, else the first place with a departure time, else the first LOC 92
     * @param departure departure time (DTM 189)
     * @param arrivalPort LOC 87, else the last place with an arrival time, else the last LOC 92
     * @param arrival arrival time (DTM 232)
     */
    public record FlightLeg(
            String stage,
            String flightId,
            String carrier,
            List<Stop> stops,
            String departurePort,
            LocalDateTime departure,
            String arrivalPort,
            LocalDateTime arrival) {}

    /**
     * A LOC of a leg ({@code 125} departure, {@code 87} arrival, {@code 92} routing, {@code 130}
     * final destination) and the DTM after it.
     */
    public record Stop(String qualifier, String place, String dateQualifier, LocalDateTime time, String rawTime) {}

    /** A place of a person or document (LOC); {@code name} is the free-text name when given. */
    public record Place(String qualifier, String code, String name) {}

    /** Measurement (MEA), e.g. {@code CT} bag count, {@code WT} weight in {@code KGM}. */
    public record Measure(String qualifier, String unit, String value) {}

    /** Postal address of a person (NAD elements 5-9). */
    public record Address(String street, String city, String region, String postalCode, String country) {}

    /**
     * A passenger or crew member.
     *
     * @param role NAD party qualifier: {@code FL} passenger, {@code FM} crew, {@code DDT}/{@code DDU}
     *     in transit, {@code COT}, {@code CPE}, ...
     * @param surname family name (NAD C080 first component)
     * @param givenNames given names (further name components), never {@code null}
     * @param address address, or {@code null}
     * @param sex ATT+2 code ({@code M}, {@code F}, {@code U}, {@code X}), or {@code null}
     * @param birthDate DTM 329, or {@code null} when absent or unreadable
     * @param nationality NAT+2 code, or {@code null}
     * @param places LOC 22, 174, 178, 179, 180 ... as sent
     * @param references RFF (AVF booking, ABO, SEA seat, CR, AEA ...)
     * @param freeTexts FTX texts, prefixed with their subject code
     * @param employment EMP category code, or {@code null}
     * @param measures MEA values
     * @param indicators GEI processing indicators
     * @param documents travel documents (DOC group)
     */
    public record Person(
            String role,
            String surname,
            List<String> givenNames,
            Address address,
            String sex,
            LocalDate birthDate,
            String nationality,
            List<Place> places,
            List<Reference> references,
            List<String> freeTexts,
            String employment,
            List<Measure> measures,
            List<String> indicators,
            List<TravelDocument> documents) {

        /** The place with LOC qualifier {@code qualifier}, or {@code null}. */
        public String place(String qualifier) {
            for (Place p : places) {
                if (p.qualifier().equals(qualifier)) {
                    return p.code() != null ? p.code() : p.name();
                }
            }
            return null;
        }

        /** The reference with RFF qualifier {@code qualifier}, or {@code null}. */
        public String reference(String qualifier) {
            for (Reference r : references) {
                if (qualifier.equals(r.qualifier())) {
                    return r.value();
                }
            }
            return null;
        }
    }

    /**
     * A travel document (DOC group).
     *
     * @param type document code: {@code P} passport, {@code I} / {@code IP} ID card, {@code V} visa,
     *     {@code A}, {@code C}, ... as sent
     * @param number document number
     * @param expiry DTM 36, or {@code null}
     * @param issued DTM 182, or {@code null}
     * @param issuingState LOC 91 (the one coded as a country, code list 162, when several), or {@code
     *     null}
     * @param places every LOC 91 of the document as sent
     */
    public record TravelDocument(
            String type, String number, LocalDate expiry, LocalDate issued, String issuingState, List<Place> places) {}
}
