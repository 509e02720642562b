package org.mpaka.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mpaka.watchlist.WatchlistFiles.csv;
import static org.mpaka.watchlist.WatchlistFiles.uniqueList;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The watchlist API and page: import by role, refused files, screening with explanations. */
@MpakaIT
class WatchlistApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Watchlists watchlists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private ResultActions upload(UserAccount who, String fileName, String content, String... params) throws Exception {
        var request = multipart("/api/v1/watchlists")
                .file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(authentication(TestAccounts.auth(who)))
                .with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void anAdministratorImportsAnOfficerMayNot() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        UserAccount officer = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        String list = uniqueList("API");
        String file = csv(
                list + ",1,person,wanted,Bienvenu KASONGO MWAMBA,,,1980-02-14,M,COD,,,",
                list + ",2,lost_document,lost,,,,,,,passport:OP1122334:COD,,");

        long versions = count("watchlist_version");
        upload(officer, "api.csv", file).andExpect(status().isForbidden());
        assertThat(count("watchlist_version")).isEqualTo(versions);

        upload(admin, "api.csv", file, "version", "2026-11 test")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("2026-11 test"))
                .andExpect(jsonPath("$.entries").value(2))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.removed").value(0))
                .andExpect(jsonPath("$.rejects").isEmpty());
        assertThat(count("watchlist_version")).isEqualTo(versions + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'watchlist.import' AND actor = ?")
                        .param(admin.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        UserAccount supervisor = TestAccounts.create(accounts, "DGIE", Role.SUPERVISOR);
        mvc.perform(get("/api/v1/watchlists").with(authentication(TestAccounts.auth(supervisor))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.list == '" + list + "')].version").value(hasItem("2026-11 test")))
                .andExpect(jsonPath("$[?(@.list == '" + list + "')].importedBy").value(hasItem(admin.username())));

        assertThat(meters.get("mpaka.watchlist.entries")
                        .tag("list", list)
                        .gauge()
                        .value())
                .isEqualTo(2.0);
        mvc.perform(get("/actuator/prometheus").with(authentication(TestAccounts.auth(admin))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "mpaka_watchlist_entries{application=\"mpaka\",list=\"" + list + "\"} 2.0")));
    }

    @Test
    void aRefusedImportNamesTheRejectsAndLeavesThePreviousVersionActive() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        String list = uniqueList("KEEP");
        upload(admin, "v1.csv", csv(list + ",1,person,wanted,Théoneste BARIHUTA,,,1966,M,RWA,,,"))
                .andExpect(status().isCreated());
        long versions = count("watchlist_version");
        long events = count("audit_event");

        String broken = csv(
                list + ",1,person,wanted,Théoneste BARIHUTA,,,1966,M,RWA,,,",
                list + ",2,kidnapper,wanted,Someone Else,,,,,,,,",
                list + ",3,person,wanted,Another Person,,,,,,,2025-13-01,");
        upload(admin, "v2.csv", broken)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("v2.csv:3")))
                .andExpect(jsonPath("$.errors[0].message", containsString("v2.csv:4")));
        upload(admin, "v3.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("v3.xml")));
        upload(admin, "v4.csv", csv())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("no entries")));

        assertThat(count("watchlist_version")).isEqualTo(versions);
        assertThat(count("audit_event")).isEqualTo(events);
        assertThat(watchlists.active())
                .filteredOn(a -> a.list().equals(list))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.version()).isEqualTo("v1.csv");
                    assertThat(a.entries()).isEqualTo(1);
                });

        // accepting the rejects imports the rest and reports them with their lines
        upload(admin, "v2.csv", broken, "acceptRejects", "true")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries").value(1))
                .andExpect(jsonPath("$.rejects.length()").value(2))
                .andExpect(jsonPath("$.rejects[0]", containsString("v2.csv:3")))
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.changed").value(0));
        assertThat(jdbc.sql("SELECT rejected FROM watchlist_version WHERE file_name = 'v2.csv'"
                                + " AND id IN (SELECT version_id FROM watchlist_version_list WHERE list_name = ?)")
                        .param(list)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badUploadParametersAreNamed() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        upload(admin, "x.csv", csv(uniqueList("P") + ",1,person,,A B,,,,,,,,"), "format", "PDF")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(multipart("/api/v1/watchlists")
                        .with(authentication(TestAccounts.auth(admin)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void screeningThroughTheApiExplainsEachHit() throws Exception {
        String list = uniqueList("SCR");
        watchlists.importFile(
                WatchlistFiles.admin(),
                WatchlistFiles.write(
                        java.nio.file.Files.createTempDirectory("wl"),
                        "screen.csv",
                        csv(
                                list
                                        + ",7,person,wanted,Jean de Dieu TSHIBANGU,Jeandedieu Chibangu,,1975-03-02,M,COD,,,",
                                list + ",8,stolen_document,stolen,,,,,,,passport:OB5550123:COD,,")),
                "screen.csv");
        UserAccount officer = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        mvc.perform(post("/api/v1/watchlists/screen")
                        .with(authentication(TestAccounts.auth(officer)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"familyName":"TSHIBANGU","givenNames":"JEAN DE DIEU","birthDate":"1975-03-02",
                                 "sex":"M","nationality":"COD",
                                 "documents":[{"number":"OB5550123","type":"passport","issuingState":"COD"}]}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[?(@.list == '" + list + "')]", org.hamcrest.Matchers.hasSize(2)))
                .andExpect(jsonPath("$.hits[?(@.entryId == '7')].matchClass").value(hasItem("STRONG")))
                .andExpect(jsonPath("$.hits[?(@.entryId == '7')].list").value(hasItem(list)))
                .andExpect(jsonPath("$.hits[?(@.entryId == '7')].category").value(hasItem("wanted")))
                .andExpect(jsonPath("$.hits[?(@.entryId == '7')].matchedName").value(hasItem("Jean de Dieu TSHIBANGU")))
                .andExpect(jsonPath("$.hits[?(@.entryId == '7')].explanation[*]")
                        .value(hasItem(containsString("birth date"))))
                .andExpect(jsonPath("$.hits[?(@.entryId == '8')].kind").value(hasItem("STOLEN_DOCUMENT")))
                .andExpect(jsonPath("$.hits[?(@.entryId == '8')].explanation[*]")
                        .value(hasItem(containsString("OB5550123"))))
                .andExpect(jsonPath("$.warnings").isEmpty());
        // a name in a script no reading covers: said so, and the document still found
        mvc.perform(post("/api/v1/watchlists/screen")
                        .with(authentication(TestAccounts.auth(officer)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"ཆོས་ཀྱི་ཉི་མ",
                                 "documents":[{"number":"OB5550123","type":"passport","issuingState":"COD"}]}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0]").value(containsString("Tibetan script")))
                .andExpect(jsonPath("$.hits[?(@.entryId == '8')].kind").value(hasItem("STOLEN_DOCUMENT")));

        mvc.perform(post("/api/v1/watchlists/screen")
                        .with(authentication(TestAccounts.auth(officer)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X Y\",\"birthDate\":\"30/09/1968\",\"sex\":\"Q\","
                                + "\"documents\":[{\"type\":\"passport\"}],\"limit\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "birthDate", "sex", "documents[0].number", "limit")));
        mvc.perform(post("/api/v1/watchlists/screen")
                        .with(authentication(TestAccounts.auth(officer)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void entriesOutsideTheirValidityDatesDoNotHit() throws Exception {
        String list = uniqueList("VAL");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Kigali"));
        watchlists.importFile(
                WatchlistFiles.admin(),
                WatchlistFiles.write(
                        java.nio.file.Files.createTempDirectory("wl"),
                        "validity.csv",
                        csv(
                                list + ",old,person,expired,Gaspard NIYITEGEKA,,,1950,M,RWA,,2001-01-01,"
                                        + today.minusDays(1),
                                list + ",new,person,not yet,Gaspard NIYITEGEKA,,,1950,M,RWA,," + today.plusDays(1)
                                        + ",",
                                list + ",now,person,current,Gaspard NIYITEGEKA,,,1950,M,RWA,," + today + "," + today)),
                "validity.csv");
        PersonQuery q = new PersonQuery(
                "NIYITEGEKA<<GASPARD", "", "", PartialDate.parse("1950").orElseThrow(), Sex.MALE, "RWA", List.of());
        assertThat(watchlists.screen(q, 10))
                .filteredOn(h -> h.entry().list().equals(list))
                .extracting(h -> h.entry().id())
                .containsExactly("now");
    }

    @Test
    void thePageShowsTheListsAndTheAdministratorsImportReport() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        UserAccount analyst = TestAccounts.create(accounts, "DGIE", Role.ANALYST);
        String list = uniqueList("PAGE");
        String html = upload(
                admin,
                "page.csv",
                csv(
                        list + ",1,person,wanted,Aloys NDIMBATI,,,1955,M,RWA,,,",
                        list + ",2,person,,,,,,,,,,",
                        list + ",3,person,wanted,Aloys MUNYESHYAKA,,,31 Feb 1955,M,RWA,,,"),
                true);
        assertThat(html).contains("id=\"import-report\"").contains("page.csv:3").contains(list);
        // the record with a day February lacks is imported without its date, and the page says so
        assertThat(html).contains("id=\"import-warnings\"").contains("page.csv:4");

        String refused = upload(admin, "refused.csv", csv(list + ",1,person,,,,,,,,,,"), false);
        assertThat(refused).contains("id=\"import-error\"").contains("refused.csv:2");

        String view = mvc.perform(get("/watchlists").with(authentication(TestAccounts.auth(analyst))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(view).contains(list).contains("page.csv").doesNotContain("type=\"file\"");
    }

    @Test
    void theImportReportSaysWhichEntriesTheListedMergedUnderNewIds() throws Exception {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        String person = "{\"id\":\"%s\",\"schema\":\"Person\",\"referents\":[%s],"
                + "\"properties\":{\"name\":[\"Sylvestre Mudacumura\"],\"birthDate\":[\"1954\"]}}\n";
        upload(admin, "os-1.ftm.json", person.formatted("Q-1", ""), false);
        String html = upload(admin, "os-2.ftm.json", person.formatted("NK-7", "\"Q-1\""), false);
        assertThat(html)
                .contains("id=\"import-report\"")
                .contains("0 added, 0 removed, 0 changed")
                .contains("1 former ids now belong to other entries");
    }

    /** Uploads a file on the page, as {@code admin}; returns the page. */
    private String upload(UserAccount admin, String name, String content, boolean acceptRejects) throws Exception {
        return mvc.perform(multipart("/watchlists")
                        .file(new MockMultipartFile(
                                "file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)))
                        .param("acceptRejects", String.valueOf(acceptRejects))
                        .with(authentication(TestAccounts.auth(admin)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
