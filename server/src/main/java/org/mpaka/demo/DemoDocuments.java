package org.mpaka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpaka.border.SampleDocuments;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDocument;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.mrz.Sex;
import org.mpaka.watchlist.Watchlists;
import org.springframework.stereotype.Component;

/**
 * The demo travellers: documents that show each path of the counter (a clean passport, watchlist
 * hits, a stolen passport, an ID card, a Rwandan ID typed by hand). Offered only while the demo
 * watchlist is active, which is what they are made to hit.
 */
@Component
class DemoDocuments implements SampleDocuments {

    private final Watchlists watchlists;
    private final Clock clock;

    DemoDocuments(Watchlists watchlists, Clock clock) {
        this.watchlists = watchlists;
        this.clock = clock;
    }

    @Override
    public List<Sample> samples() {
        if (watchlists.active().stream().noneMatch(l -> l.list().equals("DEMO-ALERT"))) {
            return List.of();
        }
        LocalDate expiry = LocalDate.now(clock).plusYears(5).withDayOfMonth(1);
        Map<String, String> manual = new LinkedHashMap<>();
        manual.put("documentType", "NATIONAL_ID");
        manual.put("documentNumber", "1199270045678912");
        manual.put("issuingState", "RWA");
        manual.put("familyName", "NIYONSABA");
        manual.put("givenNames", "Claudine");
        manual.put("birthDate", "1992-05-05");
        manual.put("sex", "F");
        manual.put("nationality", "RWA");
        return List.of(
                mrz(
                        "Grace UWIMANA: passport, no hit",
                        MrzFormat.TD3,
                        "P",
                        "RWA",
                        "UWIMANA",
                        "Grace",
                        "PC2468135",
                        LocalDate.of(1990, 2, 11),
                        Sex.FEMALE,
                        expiry),
                mrz(
                        "Jean Bosco HAKIZIMANA: watchlist hit",
                        MrzFormat.TD3,
                        "P",
                        "RWA",
                        "HAKIZIMANA",
                        "Jean Bosco",
                        "PC1357913",
                        LocalDate.of(1979, 4, 17),
                        Sex.MALE,
                        expiry),
                mrz(
                        "Joseph MUKENDI KABONGO: watchlist hit",
                        MrzFormat.TD3,
                        "P",
                        "COD",
                        "MUKENDI KABONGO",
                        "Joseph",
                        "OP1122334",
                        LocalDate.of(1968, 9, 30),
                        Sex.MALE,
                        expiry),
                mrz(
                        "Marie KAPINGA: stolen passport",
                        MrzFormat.TD3,
                        "P",
                        "COD",
                        "KAPINGA",
                        "Marie",
                        "OP0457812",
                        LocalDate.of(1985, 7, 21),
                        Sex.FEMALE,
                        expiry),
                mrz(
                        "Amani BARAKA: identity card (TD1)",
                        MrzFormat.TD1,
                        "ID",
                        "BDI",
                        "BARAKA",
                        "Amani",
                        "BI0012345",
                        LocalDate.of(1995, 12, 3),
                        Sex.MALE,
                        expiry),
                new Sample("Claudine NIYONSABA: Rwandan ID typed by hand", null, Map.copyOf(manual)));
    }

    private static Sample mrz(
            String label,
            MrzFormat format,
            String code,
            String state,
            String family,
            String given,
            String number,
            LocalDate birth,
            Sex sex,
            LocalDate expiry) {
        return new Sample(
                label,
                MrzWriter.write(new MrzDocument(
                        format,
                        code,
                        state,
                        family,
                        given,
                        number,
                        state,
                        MrzDate.of(birth),
                        sex,
                        MrzDate.of(expiry),
                        "",
                        "")),
                Map.of());
    }
}
