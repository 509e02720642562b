package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A hand-written PNRGOV 11.1 with every segment the model reads, after the IATA PNRGOV guide. */
class PnrgovTest {

    private static final String MESSAGE = String.join(
            "\n",
            "UNA:+.?*'",
            "UNB+IATA:1+WB+RWAPIU+261123:0600+IC1'",
            "UNH+1+PNRGOV:11:1:IA+WB101/231126/0800'",
            "MSG+:22'",
            "ORG+WB:KGL'",
            "TVL+231126:0800:231126:1000+DXB+KGL+WB+101'",
            "EQN+2'",
            "SRC'",
            "RCI+WB:ABC123::011126:1200'",
            "SSR+OTHS:::::::: PNR LEVEL REMARK'",
            "DAT+700:011126:1200+710:021126:0900'",
            "IFT+4:28::WB+CTCE JANE..DOE//EXAMPLE.COM'",
            "IFT+4:28::WB+CTCM 250788000000'",
            "IFT+4:28+GENERAL REMARK'",
            "ORG+WB:KGL+12345678:KGLWB0001+++A+RW:RWF+ABC'",
            "ADD++702:1 KN 3 AVE:KIGALI:::RW:0000:250788111111'",
            "EBD+USD:100.00+1::N'",
            "TIF+DOE+JANE MRS:A:1:1'",
            "FTI+WB:123456789:::GOLD'",
            "IFT+4:15:9+FARE CALC LINE'",
            "REF+:0012AB'",
            "FAR+N+++++YOW'",
            "SSR+DOCS:HK:1:WB:::::/P/RWA/PC1234567/RWA/15MAR90/F/01JAN31/DOE/JANE/MARY'",
            "SSR+DOCO:HK:1:WB:::::/KIGALI/V/V123/DXB/01JAN25/ARE'",
            "SSR+DOCA:HK:1:WB:::::/D/RWA/1 KN 3 AVE/KIGALI/KG/0000'",
            "SSR+INFT:HK:1:WB:::::DOE/BABY/10JAN25'",
            "SSR+VGML:HK:1:WB'",
            "TKT+4591234567890:T:1'",
            "MON+B:500.00:USD+T:600.00:USD'",
            "PTK+NR++011126:1200+WB+459+KGL'",
            "TXD++50.00:::YQ+50.00:::RW'",
            "DAT+710:021126:0900'",
            "FOP+CC::600.00:VI:XXXXXXXXXXXX1111:1228'",
            "TIF+DOE+BABY:IN:2'",
            "SSR+DOCS:HK:1:WB:::::/P/RWA/PC7654321/RWA/10JAN25/FI/01JAN30/DOE/BABY'",
            "TVL+231126:0800:231126:1000+DXB+KGL+EK:WB+101:Y'",
            "RPI+1+HK'",
            "APD+738'",
            "SSR+SEAT:HK:1:WB:::DXB:KGL+12A::1'",
            "SSR+DOCS:HK:1:WB:::DXB:KGL:/P/RWA/PC1234567/RWA/15MAR90/F/01JAN31/DOE/JANE/MARY+::1'",
            "DAT+2:231126:0600'",
            "TRI++1:::1'",
            "TIF+DOE+JANE MRS:A:1'",
            "SSD+12A++++Y'",
            "TBD++1:23:700++MP+WB:0459123456:1:KGL'",
            "ABI+1+:KGLWB+KGL++WB'",
            "DAT+ZT:011126:1200'",
            "SAC+++X'",
            "SSR+VGML:HK:1:WB'",
            "SRC'",
            "RCI+WB:XYZ789'",
            "TIF+MUGABO+ERIC MR:A:1'",
            "TVL+231126:0800:231126:1000+DXB+KGL+WB+101:Y'",
            "UNT+52+1'",
            "UNZ+1+IC1'");

    private final EdifactMessage message = Corpus.first(MESSAGE);
    private final Pnrgov p = Pnrgov.from(message);

    @Test
    void readsTheMessageHeaderAndSplitsThePnrs() {
        assertThat(message.diagnostics()).isEmpty();
        assertThat(p.messageFunction()).isEqualTo("22");
        assertThat(p.sender().code()).isEqualTo("WB");
        assertThat(p.flight().from()).isEqualTo("DXB");
        assertThat(p.flight().departure()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 0));
        assertThat(p.declaredPnrCount()).isEqualTo(2);
        assertThat(p.pnrs()).extracting(Pnrgov.Pnr::recordLocator).containsExactly("ABC123", "XYZ789");
    }

    @Test
    void readsPnrLevelData() {
        Pnrgov.Pnr r = p.pnrs().get(0);
        assertThat(r.locators().get(0).date()).isEqualTo("011126");
        assertThat(r.dates()).extracting(Pnrgov.Dated::qualifier).containsExactly("700", "710", "710", "2");
        assertThat(r.serviceRequests()).extracting(Pnrgov.Ssr::text).containsExactly("PNR LEVEL REMARK");
        assertThat(r.contacts()).extracting(Pnrgov.Contact::kind).containsExactly("EMAIL", "PHONE", "ADDRESS");
        assertThat(r.contacts().get(0).email()).isEqualTo("JANE_DOE@EXAMPLE.COM");
        assertThat(r.contacts().get(1).phone()).isEqualTo("250788000000");
        assertThat(r.contacts().get(2).city()).isEqualTo("KIGALI");
        assertThat(r.contacts().get(2).phone()).isEqualTo("250788111111");
        assertThat(r.freeTexts()).containsExactly("GENERAL REMARK");
        assertThat(r.agencies()).extracting(Pnrgov.Organization::agencyId).containsExactly("12345678");
        assertThat(r.bags()).containsExactly(new Pnrgov.Bag("EBD", "1", null, "N", java.util.List.of()));
        assertThat(r.payments()).containsExactly(new Pnrgov.Payment("CC", "600.00", "VI", "XXXXXXXXXXXX1111", "1228"));
        assertThat(r.unknownSegments()).isEmpty();
    }

    @Test
    void readsTravellersWithDocumentsFrequentFlyerTicketsAndInfants() {
        Pnrgov.Traveller jane = p.pnrs().get(0).travellers().get(0);
        assertThat(jane.surname()).isEqualTo("DOE");
        assertThat(jane.givenName()).isEqualTo("JANE MRS");
        assertThat(jane.withInfant()).isTrue();
        assertThat(jane.infant())
                .isEqualTo(new Pnrgov.Infant("DOE", "BABY", LocalDate.of(2025, 1, 10), "DOE/BABY/10JAN25"));
        Pnrgov.TravelDocument passport = jane.primaryDocument();
        assertThat(passport.number()).isEqualTo("PC1234567");
        assertThat(passport.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(passport.expiry()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(passport.givenNames()).containsExactly("JANE", "MARY");
        assertThat(jane.documents()).extracting(Pnrgov.TravelDocument::source).containsExactly("DOCS", "DOCO");
        assertThat(jane.documents().get(1).number()).isEqualTo("V123");
        assertThat(jane.addresses().get(0).street()).isEqualTo("1 KN 3 AVE");
        assertThat(jane.frequentFlyers()).containsExactly(new Pnrgov.FrequentFlyer("WB", "123456789", "GOLD"));
        assertThat(jane.references()).containsExactly(":0012AB");
        assertThat(jane.serviceRequests()).extracting(Pnrgov.Ssr::code).containsExactly("VGML");
        assertThat(jane.tickets()).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo("4591234567890");
            assertThat(t.amounts()).extracting(Pnrgov.Amount::amount).containsExactly("500.00", "600.00");
            assertThat(t.taxes()).extracting(Pnrgov.Amount::qualifier).containsExactly("YQ", "RW");
            assertThat(t.pricing()).startsWith("PTK+NR");
        });
        Pnrgov.Traveller baby = p.pnrs().get(0).travellers().get(1);
        assertThat(baby.isInfant()).isTrue();
        assertThat(baby.primaryDocument().sex()).isEqualTo("FI");
    }

    @Test
    void readsTheItineraryWithCodeshareSeatsCheckInAndBags() {
        Pnrgov.Flight f = p.pnrs().get(0).itinerary().get(0);
        assertThat(f.marketingCarrier()).isEqualTo("EK");
        assertThat(f.operatingCarrier()).isEqualTo("WB");
        assertThat(f.flightNumber()).isEqualTo("101");
        assertThat(f.bookingClass()).isEqualTo("Y");
        assertThat(f.arrival()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(f.status()).isEqualTo("HK");
        assertThat(f.equipment()).isEqualTo("738");
        assertThat(f.seats()).containsExactly(new Pnrgov.Seat("12A", "1"), new Pnrgov.Seat("12A", "1"));
        assertThat(f.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.surname()).isEqualTo("DOE");
            assertThat(c.seat()).isEqualTo("12A");
            assertThat(c.cabin()).isEqualTo("Y");
            assertThat(c.bags()).singleElement().satisfies(b -> {
                assertThat(b.pieces()).isEqualTo("1");
                assertThat(b.weight()).isEqualTo("23");
                assertThat(b.tags()).containsExactly("WB 0459123456 1 KGL");
            });
        });
    }

    @Test
    void keepsHistoryVerbatim() {
        assertThat(p.pnrs().get(0).history())
                .singleElement()
                .satisfies(h ->
                        assertThat(h.segments()).extracting(Segment::tag).containsExactly("ABI", "DAT", "SAC", "SSR"));
        assertThat(p.pnrs().get(1).travellers())
                .extracting(Pnrgov.Traveller::surname)
                .containsExactly("MUGABO");
    }

    @Test
    void aTravellerGluedToTheSegmentBeforeItIsSplitOffAndReported() {
        EdifactMessage m = Corpus.first(String.join(
                "\n",
                "UNB+IATA:1+WB+RWAPIU+261123:0600+IC2'",
                "UNH+1+PNRGOV:11:1:IA+X'",
                "MSG+:22'",
                "SRC'",
                "RCI+WB:ABC123'",
                "ORG+WB:KGL+12345678:KGLWB0001+KGL+WB:KGL+A+RW+ABC+99TIF+DOE:I+JANE MRS:A:1'",
                "IFT+4:28::WB+CALL THE 1TIF+DESK'",
                "TVL+231126:0800:231126:1000+DXB+KGL+WB+101'",
                "UNT+7+1'",
                "UNZ+1+IC2'"));
        Pnrgov p = Pnrgov.from(m);

        assertThat(p.pnrs().get(0).travellers()).singleElement().satisfies(t -> {
            assertThat(t.surname()).isEqualTo("DOE");
            assertThat(t.givenName()).isEqualTo("JANE MRS");
            assertThat(t.reference()).isEqualTo("1");
        });
        assertThat(p.pnrs().get(0).travellers().get(0).freeTexts())
                .anySatisfy(t -> assertThat(t).contains("1TIF"));
        assertThat(p.pnrs().get(0).itinerary()).extracting(Pnrgov.Flight::to).containsExactly("KGL");
        assertThat(m.diagnostics())
                .filteredOn(d -> d.code().equals("GLUED_SEGMENT"))
                .singleElement()
                .satisfies(d -> assertThat(d.segmentTag()).isEqualTo("ORG"));
    }
}
