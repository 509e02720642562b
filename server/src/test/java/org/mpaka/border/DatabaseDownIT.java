package org.mpaka.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpaka.support.BorderFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.support.BorderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the database cannot be reached, the officer is told that nothing was recorded, nothing is
 * half written, and the same request succeeds once the database is back.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:mpaka-dbdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.hikari.connection-timeout=300"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseDownIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nothingIsRecordedWhileTheDatabaseIsDownAndTheRetrySucceeds() throws Exception {
        BorderFixtures.openAllDay(referenceData);
        MpakaPrincipal officer = BorderFixtures.at("DGIE", Role.OFFICER);
        var as = authentication(org.mpaka.support.TestAccounts.auth(officer));
        String mrz = BorderFixtures.passport(
                "COD", "KASONGO", "DIEUDONNE", "OP9988776", LocalDate.of(1975, 5, 5), 'M', LocalDate.of(2031, 1, 1));
        String key = UUID.randomUUID().toString();
        String body = "{\"postCode\":\"RUSIZI2\",\"counterCode\":\"C01\",\"direction\":\"RWA-COD\",\"mrz\":" + json(mrz)
                + ",\"idempotencyKey\":\"" + key + "\",\"decision\":\"ADMIT\",\"purpose\":\"TRADE\"}";
        referenceData.posts(); // cached, as on a running server

        // the database refuses new connections (as when it is down or unreachable)
        dataSource.getHikariConfigMXBean().setPassword("not the password");
        try {
            evictUntilTheDatabaseRefuses();
            mvc.perform(post("/api/v1/crossings")
                            .with(as)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was saved")));
            String page = mvc.perform(post("/counter/decide")
                            .with(as)
                            .with(csrf())
                            .param("postCode", "RUSIZI2")
                            .param("counterCode", "C01")
                            .param("direction", "RWA-COD")
                            .param("mrz", mrz)
                            .param("idempotencyKey", key)
                            .param("purpose", "TRADE")
                            .param("decision", "ADMIT"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("id=\"unavailable\"").contains("Nothing was recorded");
        } finally {
            dataSource.getHikariConfigMXBean().setPassword("");
        }
        waitForTheDatabase();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM border_traveller WHERE family_name = 'KASONGO'")
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(post("/api/v1/crossings")
                        .with(as)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    /**
     * Evicts the pool's connections until a new one is refused. One eviction is not enough: a
     * connection the pool was opening with the old password when it changed (the pool fills itself
     * in the background after start-up) joins the pool after the eviction.
     */
    private void evictUntilTheDatabaseRefuses() throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            dataSource.getHikariPoolMXBean().softEvictConnections();
            try (var connection = dataSource.getConnection()) {
                if (attempt > 50) {
                    throw new AssertionError("the pool still hands out connections after a password change");
                }
            } catch (java.sql.SQLException refused) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private void waitForTheDatabase() throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                jdbc.sql("SELECT 1").query(Integer.class).single();
                return;
            } catch (org.springframework.dao.DataAccessException e) {
                if (attempt > 50) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
