package org.mpaka.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.support.BorderFixtures;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The counter pages through MockMvc: pick a counter, scan, decide; invalid input named inline. */
@MpakaIT
class CounterPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData referenceData;

    final MpakaPrincipal officer = BorderFixtures.at("DGM", Role.OFFICER);

    @BeforeEach
    void open() {
        BorderFixtures.openAllDay(referenceData);
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anOfficerPicksACounterScansAndAdmitsWithOneRequest() throws Exception {
        var as = authentication(TestAccounts.auth(officer));
        assertThat(page(get("/counter").with(as))).contains("id=\"setup\"");
        mvc.perform(post("/counter/session")
                        .with(as)
                        .with(csrf())
                        .param("postCode", "RUSIZI2")
                        .param("counterCode", "C03")
                        .param("direction", "COD-RWA"))
                .andExpect(redirectedUrl("/counter"));
        String counter = page(get("/counter").with(as));
        assertThat(counter).contains("id=\"mrz\"").contains("COD → RWA");

        String number = "OP" + (1000000 + (int) (Math.random() * 8999999));
        String mrz = BorderFixtures.passport(
                "COD", "TSHIMANGA", "NADINE", number, LocalDate.of(1990, 4, 4), 'F', LocalDate.of(2030, 1, 1));
        String result = page(post("/counter/check")
                .with(as)
                .with(csrf())
                .param("postCode", "RUSIZI2")
                .param("counterCode", "C03")
                .param("direction", "COD-RWA")
                .param("mrz", mrz));
        assertThat(result)
                .contains("TSHIMANGA, NADINE")
                .contains("data-focus=\"admit\"")
                .doesNotContain("id=\"hits\"");
        Matcher key =
                Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(result);
        assertThat(key.find()).isTrue();

        String done = page(post("/counter/decide")
                .with(as)
                .with(csrf())
                .param("postCode", "RUSIZI2")
                .param("counterCode", "C03")
                .param("direction", "COD-RWA")
                .param("mrz", mrz)
                .param("idempotencyKey", key.group(1))
                .param("purpose", "TRADE")
                .param("goods", "on")
                .param("decision", "ADMIT"));
        assertThat(done).contains("data-done").contains("Admitted");
    }

    @Test
    void anInvalidIdNumberIsNamedOnItsField() throws Exception {
        String html = page(post("/counter/check")
                .with(authentication(TestAccounts.auth(officer)))
                .with(csrf())
                .param("postCode", "RUSIZI2")
                .param("counterCode", "C01")
                .param("direction", "RWA-COD")
                .param("documentType", "NATIONAL_ID")
                .param("documentNumber", "4199080012345678")
                .param("issuingState", "RWA")
                .param("familyName", "Uwase")
                .param("givenNames", "Aline")
                .param("birthDate", "1990-05-05")
                .param("sex", "F")
                .param("nationality", "RWA"));
        assertThat(html)
                .contains("data-field=\"documentNumber\"")
                .contains("first digit must be 1 (citizen), 2 (refugee) or 3 (foreigner)")
                .contains("digit 6 says male but the person is female");
    }

    @Test
    void aDecisionWithMissingFieldsShowsTheResultAgainWithTheErrors() throws Exception {
        String mrz = BorderFixtures.passport(
                "RWA",
                "MUGABO",
                "JEAN",
                "PC" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(),
                LocalDate.of(1980, 1, 1),
                'M',
                LocalDate.of(2030, 1, 1));
        String html = page(post("/counter/decide")
                .with(authentication(TestAccounts.auth(officer)))
                .with(csrf())
                .param("postCode", "RUSIZI2")
                .param("counterCode", "C01")
                .param("direction", "RWA-COD")
                .param("mrz", mrz)
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("purpose", "WORK")
                .param("decision", "REFUSE"));
        assertThat(html)
                .contains("id=\"decision-errors\"")
                .contains("data-field=\"reasonCode\"")
                .contains("MUGABO");
    }
}
