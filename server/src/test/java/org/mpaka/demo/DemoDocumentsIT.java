package org.mpaka.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpaka.support.BorderFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpaka.border.SampleDocuments;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.support.BorderFixtures;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.mpaka.watchlist.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Each demo document shows at the counter what its label promises. */
@MpakaIT
class DemoDocumentsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SampleDocuments samples;

    @Autowired
    Watchlists watchlists;

    @Autowired
    ReferenceData referenceData;

    @BeforeEach
    void demoWatchlist() throws Exception {
        DemoData.importWatchlist(watchlists);
        BorderFixtures.openAllDay(referenceData);
    }

    /** The demo hits of one sample, as {@code list:id}. */
    private List<String> demoHits(SampleDocuments.Sample s) throws Exception {
        String capture = s.mrz() != null
                ? "\"mrz\":" + json(s.mrz())
                : s.manual().entrySet().stream()
                        .map(e -> json(e.getKey()) + ":" + json(e.getValue()))
                        .collect(Collectors.joining(","));
        String body = "{\"postCode\":\"RUSIZI2\",\"counterCode\":\"C01\",\"direction\":\"RWA-COD\"," + capture + "}";
        String response = mvc.perform(post("/api/v1/counter/checks")
                        .with(authentication(TestAccounts.auth(BorderFixtures.at("DGIE", Role.OFFICER))))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> keys = JsonPath.read(response, "$.hits[*].key");
        return keys.stream().filter(k -> k.startsWith("DEMO-")).toList();
    }

    @Test
    void everySampleGivesTheOutcomeItsLabelPromises() throws Exception {
        Map<String, SampleDocuments.Sample> byName = samples.samples().stream()
                .collect(Collectors.toMap(s -> s.label().substring(0, s.label().indexOf(':')), s -> s));
        assertThat(byName).hasSize(6);
        assertThat(demoHits(byName.get("Grace UWIMANA"))).isEmpty();
        assertThat(demoHits(byName.get("Jean Bosco HAKIZIMANA"))).contains("DEMO-ALERT:A-001");
        assertThat(demoHits(byName.get("Joseph MUKENDI KABONGO"))).contains("DEMO-ALERT:A-002");
        assertThat(demoHits(byName.get("Marie KAPINGA"))).contains("DEMO-SLTD:S-001");
        assertThat(demoHits(byName.get("Amani BARAKA"))).isEmpty();
        assertThat(demoHits(byName.get("Claudine NIYONSABA"))).isEmpty();
    }
}
