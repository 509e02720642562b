package org.mpaka.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An agency's administrator sees and manages only that agency's accounts and tokens. */
@MpakaIT
class AgencyScopingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void listsOnlyTheAdministratorsOwnAgency() throws Exception {
        UserAccount rwOfficer = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        UserAccount cdAdmin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        String body = mvc.perform(get("/api/v1/admin/users").with(authentication(TestAccounts.auth(cdAdmin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains(cdAdmin.username())
                .doesNotContain(rwOfficer.username())
                .doesNotContain("\"DGIE\"");
    }

    @Test
    void forbidsReadingOrChangingAnotherAgencysAccount() throws Exception {
        UserAccount rwOfficer = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        UserAccount cdAdmin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        var auth = authentication(TestAccounts.auth(cdAdmin));
        mvc.perform(get("/api/v1/admin/users/" + rwOfficer.id()).with(auth)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + rwOfficer.id() + "/disable")
                        .with(auth)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + rwOfficer.id() + "/reset-password")
                        .with(auth)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + rwOfficer.id() + "/disable")
                        .with(auth)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.get(
                                rwOfficer.id(),
                                TestAccounts.create(accounts, "DGIE", Role.ADMIN)
                                        .principal(),
                                null)
                        .enabled())
                .isTrue();
    }

    @Test
    void forbidsCreatingAnAccountInAnotherAgency() throws Exception {
        UserAccount cdAdmin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        mvc.perform(
                        post("/api/v1/admin/users")
                                .with(authentication(TestAccounts.auth(cdAdmin)))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"intruder.rw\",\"displayName\":\"X\",\"agencyCode\":\"DGIE\",\"roles\":[\"OFFICER\"]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokensAreScopedToo() throws Exception {
        UserAccount rwAdmin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        UserAccount cdAdmin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        CreatedToken rwToken = tokens.create("airline-rw", EnumSet.of(Role.ANALYST), null, rwAdmin.principal(), null);
        assertThat(tokens.list(cdAdmin.principal()))
                .extracting(ApiToken::id)
                .doesNotContain(rwToken.token().id());
        mvc.perform(post("/api/v1/admin/tokens/" + rwToken.token().id() + "/revoke")
                        .with(authentication(TestAccounts.auth(cdAdmin)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
