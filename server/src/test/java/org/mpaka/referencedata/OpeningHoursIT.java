package org.mpaka.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Each agency sets the opening hours of its own side of a post, and only those. */
@MpakaIT
class OpeningHoursIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    AuditTrail audit;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin(String agency) {
        return authentication(TestAccounts.auth(new MpakaPrincipal(
                UUID.randomUUID(), "admin-" + agency, agency, EnumSet.of(Role.ADMIN), Set.of(), false)));
    }

    private org.springframework.test.web.servlet.ResultActions change(String agency, String side, String json)
            throws Exception {
        return mvc.perform(put("/api/v1/admin/posts/PETITEB/sides/" + side + "/hours")
                .with(admin(agency))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anAgencyChangesItsOwnSideAndTheChangeIsAudited() throws Exception {
        change("DGM", "COD", "{\"openAllDay\":false,\"opensAt\":\"05:30\",\"closesAt\":\"19:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opensAt").value("05:30:00"));
        PostSide side =
                referenceData.findPost("PETITEB").orElseThrow().sideOf("DGM").orElseThrow();
        assertThat(side.hours()).isEqualTo("05:30–19:00");
        assertThat(audit.latest(50, Optional.of("DGM"))).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("post.hours-change");
            assertThat(r.objectId()).isEqualTo("PETITEB/COD");
        });
    }

    @Test
    void anotherAgencysSideCannotBeChanged() throws Exception {
        String before = referenceData
                .findPost("PETITEB")
                .orElseThrow()
                .sideOf("DGIE")
                .orElseThrow()
                .hours();
        change("DGM", "RWA", "{\"openAllDay\":true}").andExpect(status().isForbidden());
        assertThat(referenceData
                        .findPost("PETITEB")
                        .orElseThrow()
                        .sideOf("DGIE")
                        .orElseThrow()
                        .hours())
                .isEqualTo(before);
    }

    @Test
    void missingTimesAreNamed() throws Exception {
        change("DGIE", "RWA", "{\"openAllDay\":false,\"opensAt\":\"06:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
    }
}
