package org.mpaka.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mpaka.support.BorderFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.support.BorderFixtures;
import org.mpaka.support.MutableClock;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The counter through the REST API: checks, decisions, idempotency, entitlement and stay rules.
 * Runs on H2 ({@link CounterApiIT}) and PostgreSQL ({@link CounterApiPostgresIT}).
 */
abstract class CounterApiContract {

    /** 10:00 in Kigali and Bukavu. */
    static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.mpaka.watchlist.Watchlists watchlists;

    final MpakaPrincipal officerRw = BorderFixtures.at("DGIE", Role.OFFICER);
    final MpakaPrincipal officerCd = BorderFixtures.at("DGM", Role.OFFICER);

    @BeforeEach
    void open() {
        BorderFixtures.openAllDay(referenceData);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor as(MpakaPrincipal p) {
        return authentication(TestAccounts.auth(p));
    }

    ResultActions postJson(String path, MpakaPrincipal who, String body) throws Exception {
        return mvc.perform(post(path)
                .with(as(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String where(String direction) {
        return "\"postCode\":\"RUSIZI2\",\"counterCode\":\"C01\",\"direction\":\"" + direction + "\"";
    }

    static String unique(String prefix) {
        return prefix
                + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000, 36)
                        .toUpperCase();
    }

    static String passport(String family, String given, String number) {
        return BorderFixtures.passport(
                "COD", family, given, number, LocalDate.of(1985, 6, 1), 'F', LocalDate.of(2031, 1, 1));
    }

    @Test
    void aCleanPassportPassesEveryCheckAndOneRequestAdmits() throws Exception {
        String mrz = passport("KAPENDA", "ALICE", unique("OP"));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.familyName").value("KAPENDA"))
                .andExpect(jsonPath("$.document.type").value("PASSPORT"))
                .andExpect(jsonPath("$.traveller").doesNotExist())
                .andExpect(jsonPath("$.checks.length()").value(5))
                .andExpect(jsonPath("$.checks[?(@.status != 'PASS')]").isEmpty())
                .andExpect(jsonPath("$.hits").isEmpty())
                .andExpect(jsonPath("$.entitlement.label").value("Congolese citizen"));

        String key = UUID.randomUUID().toString();
        String body = "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + key
                + "\",\"decision\":\"ADMIT\",\"purpose\":\"FAMILY\"}";
        String created = postJson("/api/v1/crossings", officerRw, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.agencyCode").value("DGIE"))
                .andExpect(jsonPath("$.movements.length()").value(2))
                .andExpect(
                        jsonPath("$.movements[?(@.kind == 'EXIT')].agencyCode").value("DGIE"))
                .andExpect(
                        jsonPath("$.movements[?(@.kind == 'ENTRY')].agencyCode").value("DGM"))
                .andExpect(jsonPath("$.traveller.ageGroup").value("35-59"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");

        postJson("/api/v1/crossings", officerRw, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.replayed").value(true));

        // the next scan of the same passport finds the traveller and the crossing
        postJson("/api/v1/counter/checks", officerRw, "{" + where("COD-RWA") + ",\"mrz\":" + json(mrz) + "}")
                .andExpect(jsonPath("$.traveller.familyName").value("KAPENDA"))
                .andExpect(jsonPath("$.lastCrossings[0].id").value(id))
                .andExpect(jsonPath("$.lastCrossings[0].status").value("ADMITTED"));
    }

    @Test
    void concurrentDuplicateSubmissionsRecordOneCrossing() throws Exception {
        String mrz = passport("MUTOMBO", "BEATRICE", unique("OX"));
        String body = "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                + "\",\"decision\":\"ADMIT\",\"purpose\":\"TRADE\",\"goods\":true}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> postJson("/api/v1/crossings", officerRw, body)
                        .andReturn()
                        .getResponse()
                        .getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        Integer crossings = jdbc.sql(
                        "SELECT COUNT(*) FROM border_crossing c JOIN border_traveller t ON t.id = c.traveller_id"
                                + " WHERE t.family_name = 'MUTOMBO'")
                .query(Integer.class)
                .single();
        assertThat(crossings).isEqualTo(1);
    }

    @Test
    void refuseAndReferNeedAReasonCodeAndText() throws Exception {
        String mrz = passport("LUKUSA", "DIDI", unique("OR"));
        postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                                + "\",\"decision\":\"REFUSE\",\"purpose\":\"WORK\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'reasonCode')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'note')]").isNotEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM border_traveller WHERE family_name = 'LUKUSA'")
                        .query(Integer.class)
                        .single())
                .as("nothing half written")
                .isZero();
    }

    @Test
    void badInputNamesTheField() throws Exception {
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":\"HELLO WORLD\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mrz"));
        // Rwandan ID typed by hand: digit 6 says female, the person is male
        postJson(
                        "/api/v1/counter/checks",
                        officerRw,
                        "{" + where("RWA-COD")
                                + ",\"documentType\":\"NATIONAL_ID\",\"documentNumber\":\"1199070012345678\","
                                + "\"issuingState\":\"RWA\",\"familyName\":\"Habimana\",\"givenNames\":\"Eric\","
                                + "\"birthDate\":\"1990-01-01\",\"sex\":\"M\",\"nationality\":\"RWA\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("digit 6")));
        postJson(
                        "/api/v1/counter/checks",
                        officerRw,
                        "{\"postCode\":\"RUSIZI2\",\"counterCode\":\"C99\",\"direction\":\"RWA-UGA\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'counterCode')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'direction')]").isNotEmpty());
    }

    @Test
    void aFailedCheckShowsOnTheFieldAndAdmittingDespiteItNeedsANote() throws Exception {
        String mrz = passport("KABEYA", "JOSEE", unique("OC"));
        String broken = mrz.substring(0, mrz.length() - 1) + (mrz.endsWith("0") ? "1" : "0"); // composite digit
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":" + json(broken) + "}")
                .andExpect(jsonPath("$.checks[?(@.kind == 'DOCUMENT')].status").value("FAIL"))
                .andExpect(jsonPath("$.checks[?(@.kind == 'DOCUMENT')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("composite"))));
        String body = "{" + where("RWA-COD") + ",\"mrz\":" + json(broken) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                + "\",\"decision\":\"ADMIT\",\"purpose\":\"WORK\"";
        postJson("/api/v1/crossings", officerRw, body + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        postJson("/api/v1/crossings", officerRw, body + ",\"note\":\"checked by hand, printing fault\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void borderResidentsOnIdCardsMustReturnTheSameDay() throws Exception {
        clock.set(MORNING);
        String id = "1198880012345" + (100 + (int) (Math.random() * 899));
        String manual = "\"documentType\":\"NATIONAL_ID\",\"documentNumber\":\"" + id + "\",\"issuingState\":\"RWA\","
                + "\"familyName\":\"Nshuti\",\"givenNames\":\"Olivier\",\"birthDate\":\"1988-03-04\",\"sex\":\"M\","
                + "\"nationality\":\"RWA\"";
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + "," + manual + "}")
                .andExpect(jsonPath("$.entitlement.kind").value("SAME_DAY"));
        postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + "," + manual + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                                + "\",\"decision\":\"ADMIT\",\"purpose\":\"TRADE\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.allowedUntil").value("2026-11-20T22:00:00Z"));

        clock.advance(Duration.ofHours(8)); // 18:00 the same day: back in time
        postJson("/api/v1/counter/checks", officerCd, "{" + where("COD-RWA") + "," + manual + "}")
                .andExpect(jsonPath("$.checks[?(@.kind == 'OPEN_STAY')].status").value("PASS"));

        clock.advance(Duration.ofDays(1)); // the next day: overstay
        postJson("/api/v1/counter/checks", officerCd, "{" + where("COD-RWA") + "," + manual + "}")
                .andExpect(jsonPath("$.checks[?(@.kind == 'OPEN_STAY')].status").value("FAIL"))
                .andExpect(jsonPath("$.checks[?(@.kind == 'OPEN_STAY')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Overstay in COD"))));
        mvc.perform(get("/api/v1/posts/RUSIZI2/overstays").with(as(BorderFixtures.at("DGM", Role.SUPERVISOR))))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.familyName == 'NSHUTI')].country").value(org.hamcrest.Matchers.hasItem("COD")));
        mvc.perform(get("/api/v1/posts/RUSIZI2/overstays").with(as(BorderFixtures.at("DGIE", Role.SUPERVISOR))))
                .andExpect(jsonPath("$[?(@.familyName == 'NSHUTI')]").isEmpty());
    }

    @Test
    void cepglCardHoldersMayStayThreeDaysAndOthersNeedAVisa() throws Exception {
        clock.set(MORNING);
        String number = unique("CG");
        String manual =
                "\"documentType\":\"CEPGL_CARD\",\"documentNumber\":\"" + number + "\",\"issuingState\":\"COD\","
                        + "\"familyName\":\"Bahati\",\"givenNames\":\"Neema\",\"birthDate\":\"1992\",\"sex\":\"F\","
                        + "\"nationality\":\"COD\"";
        postJson(
                        "/api/v1/crossings",
                        officerCd,
                        "{" + where("COD-RWA") + "," + manual + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                                + "\",\"decision\":\"ADMIT\",\"purpose\":\"HEALTH\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entitlement").value("CEPGL card: up to 3 days"));
        clock.advance(Duration.ofDays(3));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + "," + manual + "}")
                .andExpect(jsonPath("$.checks[?(@.kind == 'OPEN_STAY')].status").value("PASS"));
        clock.advance(Duration.ofDays(1));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + "," + manual + "}")
                .andExpect(jsonPath("$.checks[?(@.kind == 'OPEN_STAY')].status").value("FAIL"));

        String burundianId = BorderFixtures.idCard(
                "BDI", "NIYONZIMA", "AMANI", unique("BI"), LocalDate.of(1995, 12, 3), 'M', LocalDate.of(2030, 5, 5));
        postJson("/api/v1/counter/checks", officerCd, "{" + where("COD-RWA") + ",\"mrz\":" + json(burundianId) + "}")
                .andExpect(jsonPath("$.document.type").value("NATIONAL_ID"))
                .andExpect(jsonPath("$.entitlement.kind").value("SAME_DAY"));
        String ugandan = BorderFixtures.passport(
                "UGA", "OKELLO", "PETER", unique("B"), LocalDate.of(1979, 2, 2), 'M', LocalDate.of(2030, 5, 5));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":" + json(ugandan) + "}")
                .andExpect(jsonPath("$.entitlement.kind").value("DAYS"));
        String french = BorderFixtures.passport(
                "FRA", "MARTIN", "PAUL", unique("F"), LocalDate.of(1979, 2, 2), 'M', LocalDate.of(2030, 5, 5));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":" + json(french) + "}")
                .andExpect(
                        jsonPath("$.checks[?(@.kind == 'ENTITLEMENT')].status").value("FAIL"));
        postJson(
                        "/api/v1/counter/checks",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(french) + ",\"visaType\":\"TOURIST\","
                                + "\"visaNumber\":\"V123456\",\"visaValidUntil\":\"2026-12-31\"}")
                .andExpect(
                        jsonPath("$.checks[?(@.kind == 'ENTITLEMENT')].status").value("PASS"));
    }

    @Test
    void outsideOpeningHoursASupervisorMustOverride() throws Exception {
        clock.set(Instant.parse("2026-11-20T21:00:00Z")); // 23:00 local
        referenceData.changeOpeningHours(
                "RUSIZI2",
                "RWA",
                false,
                java.time.LocalTime.of(6, 0),
                java.time.LocalTime.of(22, 0),
                "test",
                "DGIE",
                null);
        String mrz = passport("NGALULA", "ESTHER", unique("ON"));
        String body = "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                + "\",\"decision\":\"ADMIT\",\"purpose\":\"FAMILY\"}";
        postJson("/api/v1/crossings", officerRw, body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("post-closed"));
        MpakaPrincipal supervisor = BorderFixtures.at("DGIE", Role.SUPERVISOR);
        postJson("/api/v1/posts/RUSIZI2/hours-override", supervisor, "{\"minutes\":60}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(
                        "/api/v1/posts/RUSIZI2/hours-override",
                        supervisor,
                        "{\"reason\":\"late bus from Bukavu\",\"minutes\":60}")
                .andExpect(status().isCreated());
        postJson("/api/v1/crossings", officerRw, body).andExpect(status().isCreated());
    }

    @Test
    void aReferralWaitsForTheSupervisorWhoClosesIt() throws Exception {
        String mrz = passport("ILUNGA", "GRACE", unique("OI"));
        String created = postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                                + "\",\"decision\":\"REFER\",\"reasonCode\":\"IDENTITY_DOUBT\","
                                + "\"note\":\"photo does not resemble\",\"purpose\":\"FAMILY\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.movements").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        MpakaPrincipal supervisor = BorderFixtures.at("DGIE", Role.SUPERVISOR);
        mvc.perform(get("/api/v1/posts/RUSIZI2/dashboard").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openReferrals[?(@.id == '" + id + "')]").isNotEmpty());
        postJson("/api/v1/crossings/" + id + "/referral", officerRw, "{\"outcome\":\"ADMITTED\",\"note\":\"x\"}")
                .andExpect(status().isForbidden());
        MpakaPrincipal otherSupervisor = BorderFixtures.at("DGM", Role.SUPERVISOR);
        postJson("/api/v1/crossings/" + id + "/referral", otherSupervisor, "{\"outcome\":\"ADMITTED\",\"note\":\"x\"}")
                .andExpect(status().isForbidden());
        postJson(
                        "/api/v1/crossings/" + id + "/referral",
                        supervisor,
                        "{\"outcome\":\"ADMITTED\",\"note\":\"interview: genuine\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.movements.length()").value(2));
        postJson("/api/v1/crossings/" + id + "/referral", supervisor, "{\"outcome\":\"REFUSED\",\"note\":\"again\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void eachAgencySeesItsOwnNotesAndOnlyWhatTheOtherShares() throws Exception {
        String mrz = passport("MWAMBA", "RUTH", unique("OS"));
        String created = postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                                + "\",\"decision\":\"ADMIT\",\"purpose\":\"STUDY\",\"note\":\"private DGIE note\","
                                + "\"visaType\":\"STUDENT\",\"visaNumber\":\"SV1\",\"visaValidUntil\":\"2027-06-30\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value("private DGIE note"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/crossings/" + id).with(as(officerCd)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.traveller.familyName").value("MWAMBA"))
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.purpose").value("STUDY"))
                .andExpect(jsonPath("$.note").doesNotExist())
                .andExpect(jsonPath("$.visa").doesNotExist())
                .andExpect(jsonPath("$.officer").doesNotExist())
                .andExpect(jsonPath("$.checks").isEmpty());

        // DGIE stops sharing identity with DGM: the DGM officer no longer sees the name
        MpakaPrincipal adminRw = BorderFixtures.at("DGIE", Role.ADMIN);
        mvc.perform(put("/api/v1/posts/RUSIZI2/sharing")
                        .with(as(adminRw))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgency\":\"DGM\",\"fields\":[\"DECISION\",\"DOCUMENT\",\"PURPOSE\"]}"))
                .andExpect(status().isOk());
        try {
            mvc.perform(get("/api/v1/crossings/" + id).with(as(officerCd)))
                    .andExpect(jsonPath("$.traveller").doesNotExist())
                    .andExpect(jsonPath("$.document.number").exists());
            mvc.perform(get("/api/v1/crossings?post=RUSIZI2&q=MWAMBA").with(as(officerCd)))
                    .andExpect(jsonPath("$").isEmpty());
            mvc.perform(get("/api/v1/crossings?post=RUSIZI2&q=MWAMBA").with(as(officerRw)))
                    .andExpect(jsonPath("$[0].id").value(id));
        } finally {
            mvc.perform(
                            put("/api/v1/posts/RUSIZI2/sharing")
                                    .with(as(adminRw))
                                    .with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"toAgency\":\"DGM\",\"fields\":[\"IDENTITY\",\"DOCUMENT\",\"DECISION\",\"PURPOSE\"]}"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void everyHitNeedsADispositionWithAReason() throws Exception {
        String family = "RUKUNDO" + (char) ('A' + (int) (Math.random() * 26)) + "X";
        java.nio.file.Path list = java.nio.file.Files.createTempFile("alerts", ".csv");
        java.nio.file.Files.writeString(
                list,
                "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to\n"
                        + "API-ALERT," + family + ",person,wanted,Patrick " + family + ",,,1977-01-09,M,RWA,,,\n");
        watchlists.importFile(BorderFixtures.at("DGIE", Role.ADMIN), list, "alerts.csv");
        java.nio.file.Files.delete(list);
        String mrz = BorderFixtures.passport(
                "RWA", family, "PATRICK", unique("PC"), LocalDate.of(1977, 1, 9), 'M', LocalDate.of(2031, 1, 1));
        String checked = postJson(
                        "/api/v1/counter/checks", officerRw, "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + "}")
                .andExpect(jsonPath("$.hits[0].key").value("API-ALERT:" + family))
                .andExpect(jsonPath("$.hits[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.pendingCheckId").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String pending = JsonPath.read(checked, "$.pendingCheckId");
        String base = "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                + "\",\"decision\":\"ADMIT\",\"purpose\":\"FAMILY\",\"pendingCheckId\":\"" + pending + "\"";
        postJson("/api/v1/crossings", officerRw, base + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dispositions"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("API-ALERT:" + family)));
        postJson(
                        "/api/v1/crossings",
                        officerRw,
                        base + ",\"dispositions\":[{\"key\":\"API-ALERT:" + family
                                + "\",\"disposition\":\"FALSE_MATCH\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dispositions[0].reason"));
        String created = postJson(
                        "/api/v1/crossings",
                        officerRw,
                        base + ",\"dispositions\":[{\"key\":\"API-ALERT:" + family
                                + "\",\"disposition\":\"FALSE_MATCH\",\"reason\":\"listed person is older\"}]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hits[0].disposition").value("FALSE_MATCH"))
                .andExpect(jsonPath("$.hits[0].reason").value("listed person is older"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(jdbc.sql("SELECT resolved_at IS NOT NULL FROM border_pending_check WHERE id = ?")
                        .param(UUID.fromString(pending))
                        .query(Boolean.class)
                        .single())
                .as("the scan no longer waits in the supervisor's view")
                .isTrue();
        mvc.perform(get("/api/v1/crossings/" + id).with(as(officerCd)))
                .andExpect(jsonPath("$.hits").isEmpty()); // hits are not shared
    }

    @Test
    void aSimilarPersonIsProposedNeverMergedSilently() throws Exception {
        String family = "HABIMANA" + (char) ('A' + (int) (Math.random() * 26)) + "Q";
        LocalDate birth = LocalDate.of(1966, 10, 10);
        String first =
                BorderFixtures.passport("RWA", family, "ERIC", unique("PC"), birth, 'M', LocalDate.of(2031, 1, 1));
        String created = postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(first) + ",\"idempotencyKey\":\""
                                + UUID.randomUUID() + "\",\"decision\":\"ADMIT\",\"purpose\":\"WORK\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String travellerId = JsonPath.read(created, "$.traveller.id");

        // the same man with a new passport: proposed, not merged
        String second =
                BorderFixtures.passport("RWA", family, "ERIC", unique("PD"), birth, 'M', LocalDate.of(2033, 1, 1));
        postJson("/api/v1/counter/checks", officerRw, "{" + where("COD-RWA") + ",\"mrz\":" + json(second) + "}")
                .andExpect(jsonPath("$.traveller").doesNotExist())
                .andExpect(jsonPath("$.candidates[0].traveller.id").value(travellerId));
        String body =
                "{" + where("COD-RWA") + ",\"mrz\":" + json(second) + ",\"decision\":\"ADMIT\",\"purpose\":\"WORK\"";
        postJson("/api/v1/crossings", officerRw, body + ",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(jsonPath("$.traveller.id").value(org.hamcrest.Matchers.not(travellerId)));

        // a third passport, and this time the officer confirms the proposed person
        String third =
                BorderFixtures.passport("RWA", family, "ERIC", unique("PE"), birth, 'M', LocalDate.of(2034, 1, 1));
        postJson(
                        "/api/v1/crossings",
                        officerRw,
                        "{" + where("RWA-COD") + ",\"mrz\":" + json(third)
                                + ",\"decision\":\"ADMIT\",\"purpose\":\"WORK\"," + "\"travellerId\":\"" + travellerId
                                + "\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.traveller.id").value(travellerId));
    }

    @Test
    void aPhotoIsStoredWithTheCrossingAndSharedOnlyByAgreement() throws Exception {
        byte[] jpeg = {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, (byte) 0xFF, (byte) 0xD9
        };
        String photo = java.util.Base64.getEncoder().encodeToString(jpeg);
        String mrz = passport("MBUYI", "SARAH", unique("OM"));
        String body =
                "{" + where("RWA-COD") + ",\"mrz\":" + json(mrz) + ",\"decision\":\"ADMIT\",\"purpose\":\"HEALTH\"";
        postJson(
                        "/api/v1/crossings",
                        officerRw,
                        body + ",\"photo\":\"bm90IGEgcGljdHVyZQ==\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        String created = postJson(
                        "/api/v1/crossings",
                        officerRw,
                        body + ",\"photo\":\"data:image/jpeg;base64," + photo + "\",\"idempotencyKey\":\""
                                + UUID.randomUUID() + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.photo").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        byte[] back = mvc.perform(get("/api/v1/crossings/" + id + "/photo").with(as(officerRw)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(jpeg);
        mvc.perform(get("/api/v1/crossings/" + id + "/photo").with(as(officerCd)))
                .andExpect(status().isNotFound());
    }
}
