package org.mpaka.edifact.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mpaka.edifact.Pnrgov.Amount;
import org.mpaka.edifact.Pnrgov.Bag;
import org.mpaka.edifact.Pnrgov.CheckIn;
import org.mpaka.edifact.Pnrgov.Contact;
import org.mpaka.edifact.Pnrgov.Flight;
import org.mpaka.edifact.Pnrgov.Infant;
import org.mpaka.edifact.Pnrgov.Organization;
import org.mpaka.edifact.Pnrgov.Payment;
import org.mpaka.edifact.Pnrgov.Seat;
import org.mpaka.edifact.Pnrgov.Ssr;
import org.mpaka.edifact.Pnrgov.TravelDocument;
import org.mpaka.edifact.Segment;

/** Segment-level parsers for PNRGOV: one static method per segment kind. */
final class PnrParts {

    private PnrParts() {}

    static Organization organization(Segment s) {
        return new Organization(s.value(1, 1), s.value(1, 2), s.value(2, 1), s.value(2, 2), s.value(6, 1));
    }

    /** TVL: {@code date:time:date:time + from + to + marketing:operating + flight:class}. */
    static FlightBuilder flight(Segment s) {
        FlightBuilder f = new FlightBuilder();
        String depDate = s.value(1, 1);
        String depTime = s.value(1, 2);
        String arrDate = s.value(1, 3);
        String arrTime = s.value(1, 4);
        // some senders leave out the arrival date: 121210:0915::1230 or 280918:1220:1505
        if (arrTime == null && arrDate != null && arrDate.length() == 4) {
            arrTime = arrDate;
            arrDate = null;
        }
        f.departure = Dates.pnrDateTime(depDate, depTime);
        f.arrival = arrTime == null ? null : Dates.pnrDateTime(arrDate != null ? arrDate : depDate, arrTime);
        f.from = s.value(2, 1);
        f.to = s.value(3, 1);
        f.marketing = s.value(4, 1);
        String operating = s.value(4, 2);
        f.operating = operating != null && !operating.equals(f.marketing) ? operating : null;
        f.number = s.value(5, 1);
        f.bookingClass = s.value(5, 2);
        return f;
    }

    static Bag bag(Segment s) {
        if (s.is("EBD")) {
            return new Bag("EBD", s.value(2, 1), s.value(2, 2), s.value(2, 3), List.of());
        }
        List<String> tags = new ArrayList<>();
        for (int e = 5; e <= s.elementCount(); e++) {
            String tag = join(s, e, " ").strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return new Bag(s.tag(), s.value(2, 1), s.value(2, 2), s.value(2, 3), Lists.copy(tags));
    }

    /** SSR: {@code code:status:qty:airline:::board:off:text + seat::ref + ...}. */
    static Ssr ssr(Segment s) {
        String[] c = s.components(1);
        String text = c.length >= 9 ? join(Arrays.copyOfRange(c, 8, c.length), ":") : null;
        List<String> refs = new ArrayList<>(2);
        List<String> seats = new ArrayList<>(2);
        for (int e = 2; e <= s.elementCount(); e++) {
            if (s.value(e, 1) != null) {
                seats.add(s.value(e, 1));
            }
            if (s.value(e, 3) != null) {
                refs.add(s.value(e, 3));
            }
        }
        return new Ssr(
                s.value(1, 1),
                s.value(1, 2),
                s.value(1, 4),
                s.value(1, 7),
                s.value(1, 8),
                text == null || text.isBlank() ? null : text.strip(),
                Lists.copy(refs),
                Lists.copy(seats));
    }

    /** SSR DOCS text: {@code /P/GBR/123456789/GBR/12JUL64/M/23AUG19/SURNAME/GIVEN/MIDDLE}. */
    static TravelDocument docs(Ssr ssr) {
        String[] f = fields(ssr.text());
        List<String> given = new ArrayList<>(2);
        for (int i = 8; i < f.length; i++) {
            if (!f[i].isBlank() && !(i > 9 && f[i].equals("H"))) {
                given.add(f[i].strip());
            }
        }
        return new TravelDocument(
                "DOCS",
                field(f, 0),
                field(f, 2),
                field(f, 1),
                field(f, 3),
                Dates.ddmmmyy(field(f, 4), true),
                field(f, 5),
                Dates.ddmmmyy(field(f, 6), false),
                null,
                field(f, 7),
                Lists.copy(given),
                first(ssr.travellerReferences()),
                ssr.text());
    }

    /** SSR DOCO text: {@code /birthplace/V/number/place of issue/issue date/country/infant}. */
    static TravelDocument doco(Ssr ssr) {
        String[] f = fields(ssr.text());
        return new TravelDocument(
                "DOCO",
                field(f, 1),
                field(f, 2),
                field(f, 3),
                null,
                null,
                null,
                null,
                Dates.ddmmmyy(field(f, 4), false),
                null,
                List.of(),
                first(ssr.travellerReferences()),
                ssr.text());
    }

    /** SSR DOCA text: {@code /D/USA/street/city/state/zip}. */
    static Contact doca(Ssr ssr) {
        String[] f = fields(ssr.text());
        return new Contact(
                "DOCA", field(f, 0), field(f, 2), field(f, 3), field(f, 4), field(f, 5), field(f, 1), null, null);
    }

    /** SSR INFT text: {@code SURNAME/GIVEN/DDMMMYY}. */
    static Infant infant(Ssr ssr) {
        String[] f = ssr.text() == null ? new String[0] : split(ssr.text().strip(), 0, '/');
        return new Infant(field(f, 0), field(f, 1), Dates.ddmmmyy(field(f, 2), true), ssr.text());
    }

    /** ADD: {@code + purpose:street:city:region::country:postcode:phone}. */
    static Contact address(Segment s) {
        int e = s.value(2, 1) != null || s.value(1) == null ? 2 : 1;
        return new Contact(
                "ADDRESS",
                s.value(e, 1),
                s.value(e, 2),
                s.value(e, 3),
                s.value(e, 4),
                s.value(e, 7),
                s.value(e, 6),
                s.value(e, 8),
                null);
    }

    /** IFT text CTCE/CTCM/CTCH/CTCB/CTCT as a contact, or {@code null}. */
    static Contact iftContact(String text) {
        String t = text.strip();
        if (!t.startsWith("CTC") || t.length() < 5) {
            return null;
        }
        String code = t.substring(0, 4);
        String value = t.substring(4).strip();
        if (code.equals("CTCE")) {
            String email = value.replace("//", "@").replace("..", "_").replace("./", "-");
            return new Contact("EMAIL", code, null, null, null, null, null, null, email);
        }
        return new Contact("PHONE", code, null, null, null, null, null, value, null);
    }

    static Payment payment(Segment s) {
        return new Payment(s.value(1, 1), s.value(1, 3), s.value(1, 4), s.value(1, 5), s.value(1, 6));
    }

    static List<Amount> amounts(Segment s, boolean taxes) {
        List<Amount> out = new ArrayList<>();
        for (int e = taxes ? 2 : 1; e <= s.elementCount(); e++) {
            if (taxes) {
                out.add(new Amount(s.value(e, 4), s.value(e, 1), s.value(e, 5)));
            } else {
                out.add(new Amount(s.value(e, 1), s.value(e, 2), s.value(e, 3)));
            }
        }
        return out;
    }

    static String text(Segment s) {
        StringBuilder b = new StringBuilder();
        for (int e = 2; e <= s.elementCount(); e++) {
            String v = join(s, e, ":").strip();
            if (!v.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(v);
            }
        }
        return b.toString();
    }

    private static String[] fields(String text) {
        if (text == null) {
            return new String[0];
        }
        String t = text.strip();
        int from = t.startsWith("/") ? 1 : 0;
        return split(t, from, '/');
    }

    /** {@code t.substring(from).split(sep, -1)} without the regex machinery. */
    static String[] split(String t, int from, char sep) {
        int n = 1;
        for (int i = t.indexOf(sep, from); i >= 0; i = t.indexOf(sep, i + 1)) {
            n++;
        }
        String[] out = new String[n];
        int start = from;
        for (int k = 0; k < n - 1; k++) {
            int end = t.indexOf(sep, start);
            out[k] = t.substring(start, end);
            start = end + 1;
        }
        out[n - 1] = t.substring(start);
        return out;
    }

    private static String field(String[] f, int i) {
        if (i >= f.length) {
            return null;
        }
        String v = f[i].strip();
        return v.isEmpty() ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    /** {@code join(s.components(e), sep)} without copying the components. */
    static String join(Segment s, int e, String sep) {
        int last = s.componentCount(e);
        while (last > 0 && s.value(e, last) == null) {
            last--;
        }
        if (last <= 1) {
            return last == 0 ? "" : s.value(e, 1);
        }
        StringBuilder b = new StringBuilder(16 * last);
        for (int c = 1; c <= last; c++) {
            if (c > 1) {
                b.append(sep);
            }
            String v = s.value(e, c);
            if (v != null) {
                b.append(v);
            }
        }
        return b.toString();
    }

    static String join(String[] parts, String sep) {
        int last = parts.length;
        while (last > 0 && parts[last - 1].isEmpty()) {
            last--;
        }
        if (last <= 1) {
            return last == 0 ? "" : parts[0];
        }
        StringBuilder b = new StringBuilder(16 * last);
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                b.append(sep);
            }
            b.append(parts[i]);
        }
        return b.toString();
    }

    /** Mutable flight while its TVL group is read. */
    static final class FlightBuilder {
        LocalDateTime departure;
        LocalDateTime arrival;
        String from;
        String to;
        String marketing;
        String operating;
        String number;
        String bookingClass;
        String operatingNumber;
        String status;
        String equipment;
        final List<Ssr> ssrs = new ArrayList<>(2);
        final List<Seat> seats = new ArrayList<>(2);
        final List<CheckIn> checkIns = new ArrayList<>(1);

        Flight build() {
            return new Flight(
                    departure,
                    arrival,
                    from,
                    to,
                    marketing,
                    operating,
                    number,
                    bookingClass,
                    operatingNumber,
                    status,
                    equipment,
                    Lists.copy(ssrs),
                    Lists.copy(seats),
                    Lists.copy(checkIns));
        }
    }
}
