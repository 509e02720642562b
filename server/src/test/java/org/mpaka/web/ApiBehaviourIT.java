package org.mpaka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.ApiTokens;
import org.mpaka.identity.CreatedToken;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Problem details for bad input, token sign-in, and that a failed request writes nothing. */
@MpakaIT
class ApiBehaviourIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invalidFieldsGive400NamingEachFieldAndWriteNothing() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        long users = count("identity_user");
        long events = count("audit_event");
        mvc.perform(post("/api/v1/admin/users")
                        .with(authentication(TestAccounts.auth(admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"A B\",\"displayName\":\"\",\"agencyCode\":\"NOPE\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("username", "displayName", "agencyCode", "roles")));
        assertThat(count("identity_user")).isEqualTo(users);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    @Test
    void malformedJsonGives400WithoutInternals() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        String body = mvc.perform(post("/api/v1/admin/users")
                        .with(authentication(TestAccounts.auth(admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }

    @Test
    void unknownObjectsGive404() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        mvc.perform(get("/api/v1/admin/users/" + java.util.UUID.randomUUID())
                        .with(authentication(TestAccounts.auth(admin))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/reference/posts/NOWHERE").with(authentication(TestAccounts.auth(admin))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMachineClientSignsInWithItsTokenUntilRevoked() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        CreatedToken token = tokens.create("kq-airline", EnumSet.of(Role.ANALYST), null, admin.principal(), null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_api_token WHERE token_hash = ?")
                        .param(token.secret())
                        .query(Long.class)
                        .single())
                .as("the secret itself is never stored")
                .isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("kq-airline"))
                .andExpect(jsonPath("$.machine").value(true));
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isForbidden());
        tokens.revoke(token.token().id(), admin.principal(), null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        mvc.perform(post("/admin/tokens").param("name", "x").with(authentication(TestAccounts.auth(admin))))
                .andExpect(status().isForbidden());
    }

    @Test
    void operationsEndpointsAnswer() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        CreatedToken scraper = tokens.create("prometheus", EnumSet.of(Role.MONITORING), null, admin.principal(), null);
        String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + scraper.secret()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests");
        String openapi = mvc.perform(get("/api/openapi").with(authentication(TestAccounts.auth(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(openapi)
                .contains("\"openapi\"")
                .contains("/api/v1/admin/users")
                .contains("/api/v1/me");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
