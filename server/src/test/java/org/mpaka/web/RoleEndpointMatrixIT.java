package org.mpaka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role. The matrix below is the access policy; an endpoint that is not in
 * it fails the build, so each new endpoint must be added with the roles that may reach it.
 */
@MpakaIT
class RoleEndpointMatrixIT {

    /** Marker for "any signed-in user or token". */
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    /** Marker for "no sign-in needed". */
    private static final Set<Role> PUBLIC = Set.of();

    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> COUNTER = EnumSet.of(Role.OFFICER, Role.SUPERVISOR);
    private static final Set<Role> CROSSINGS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.ANALYST);
    private static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
    private static final Set<Role> WATCHLIST_VIEW = EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.ANALYST);
    private static final Set<Role> SCREEN = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.ANALYST);

    /** "METHOD /path" → roles allowed. */
    static final Map<String, Set<Role>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /login", PUBLIC);
        MATRIX.put("GET /", ANY);
        MATRIX.put("GET /api/v1/me", ANY);
        MATRIX.put("GET /api/v1/reference/countries", ANY);
        MATRIX.put("GET /api/v1/reference/agencies", ANY);
        MATRIX.put("GET /api/v1/reference/posts", ANY);
        MATRIX.put("GET /api/v1/reference/posts/{code}", ANY);
        MATRIX.put("GET /api/openapi", ANY);
        MATRIX.put("GET /api/openapi.yaml", ANY);
        MATRIX.put("GET /api/openapi/swagger-config", ANY);
        MATRIX.put("GET /api/docs", ANY);
        MATRIX.put("GET /admin/users", ADMIN);
        MATRIX.put("POST /admin/users", ADMIN);
        MATRIX.put("GET /admin/users/{id}", ADMIN);
        MATRIX.put("POST /admin/users/{id}/{action}", ADMIN);
        MATRIX.put("GET /admin/tokens", ADMIN);
        MATRIX.put("POST /admin/tokens", ADMIN);
        MATRIX.put("POST /admin/tokens/{id}/revoke", ADMIN);
        MATRIX.put("GET /admin/agencies", ADMIN);
        MATRIX.put("GET /admin/posts", ADMIN);
        MATRIX.put("POST /admin/posts/{code}/sides/{country}/hours", ADMIN);
        MATRIX.put("PUT /api/v1/admin/posts/{code}/sides/{country}/hours", ADMIN);
        MATRIX.put("GET /api/v1/admin/users", ADMIN);
        MATRIX.put("POST /api/v1/admin/users", ADMIN);
        MATRIX.put("GET /api/v1/admin/users/{id}", ADMIN);
        MATRIX.put("POST /api/v1/admin/users/{id}/disable", ADMIN);
        MATRIX.put("POST /api/v1/admin/users/{id}/enable", ADMIN);
        MATRIX.put("POST /api/v1/admin/users/{id}/unlock", ADMIN);
        MATRIX.put("POST /api/v1/admin/users/{id}/reset-password", ADMIN);
        MATRIX.put("GET /api/v1/admin/tokens", ADMIN);
        MATRIX.put("POST /api/v1/admin/tokens", ADMIN);
        MATRIX.put("POST /api/v1/admin/tokens/{id}/revoke", ADMIN);
        MATRIX.put("GET /audit", AUDIT);
        MATRIX.put("GET /audit/verify", AUDIT);
        MATRIX.put("GET /api/v1/audit/events", AUDIT);
        MATRIX.put("GET /api/v1/audit/verify", AUDIT);
        MATRIX.put("GET /counter", COUNTER);
        MATRIX.put("POST /counter/session", COUNTER);
        MATRIX.put("POST /counter/check", COUNTER);
        MATRIX.put("POST /counter/decide", COUNTER);
        MATRIX.put("GET /api/v1/counter/session", COUNTER);
        MATRIX.put("PUT /api/v1/counter/session", COUNTER);
        MATRIX.put("DELETE /api/v1/counter/session", COUNTER);
        MATRIX.put("POST /api/v1/counter/mrz", COUNTER);
        MATRIX.put("POST /api/v1/counter/checks", COUNTER);
        MATRIX.put("POST /api/v1/crossings", COUNTER);
        MATRIX.put("GET /api/v1/crossings", CROSSINGS);
        MATRIX.put("GET /api/v1/crossings/{id}", CROSSINGS);
        MATRIX.put("GET /api/v1/crossings/{id}/photo", CROSSINGS);
        MATRIX.put("GET /crossings", CROSSINGS);
        MATRIX.put("GET /crossings/{id}", CROSSINGS);
        MATRIX.put("POST /crossings/{id}/referral", SUPERVISOR);
        MATRIX.put("POST /api/v1/crossings/{id}/referral", SUPERVISOR);
        MATRIX.put("GET /supervisor", SUPERVISOR);
        MATRIX.put("GET /supervisor/live", SUPERVISOR);
        MATRIX.put("POST /supervisor/override", SUPERVISOR);
        MATRIX.put("GET /api/v1/posts/{code}/dashboard", SUPERVISOR);
        MATRIX.put("GET /api/v1/posts/{code}/overstays", CROSSINGS);
        MATRIX.put("POST /api/v1/posts/{code}/hours-override", SUPERVISOR);
        MATRIX.put("GET /api/v1/posts/{code}/sharing", ANY);
        MATRIX.put("PUT /api/v1/posts/{code}/sharing", ADMIN);
        MATRIX.put("GET /api/v1/entitlement-rules", ANY);
        MATRIX.put("GET /watchlists", WATCHLIST_VIEW);
        MATRIX.put("POST /watchlists", ADMIN);
        MATRIX.put("GET /api/v1/watchlists", WATCHLIST_VIEW);
        MATRIX.put("POST /api/v1/watchlists", ADMIN);
        MATRIX.put("POST /api/v1/watchlists/screen", SCREEN);
        // actuator (its own handler mapping)
        MATRIX.put("GET /actuator/health", PUBLIC);
        MATRIX.put("GET /actuator/prometheus", EnumSet.of(Role.MONITORING, Role.ADMIN));
        MATRIX.put("GET /actuator/info", ADMIN);
    }

    /** Endpoints the framework maps that are not Mpaka's API (error page, Swagger's own helpers). */
    private static final Set<String> FRAMEWORK = Set.of("/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> paths = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String path : paths) {
                if (FRAMEWORK.contains(path)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    mapped.add("GET " + path);
                } else {
                    methods.forEach(m -> mapped.add(m.name() + " " + path));
                }
            }
        });
        assertThat(mapped).as("the handler mappings were read").contains("GET /api/v1/me", "POST /admin/users");
        assertThat(mapped)
                .as("endpoints missing from RoleEndpointMatrixIT.MATRIX: add each with the roles that may reach it")
                .isSubsetOf(MATRIX.keySet());
    }

    @Test
    void eachRoleReachesExactlyWhatTheMatrixAllows() throws Exception {
        List<String> violations = new ArrayList<>();
        for (var entry : MATRIX.entrySet()) {
            for (Role role : Role.values()) {
                MpakaPrincipal principal = new MpakaPrincipal(
                        UUID.randomUUID(), "matrix-" + role, "DGIE", EnumSet.of(role), Set.of("RUSIZI2"), false);
                int status = mvc.perform(request(entry.getKey()).with(authentication(TestAccounts.auth(principal))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean allowed = entry.getValue() == PUBLIC || entry.getValue().contains(role);
                boolean reached = status != 401 && status != 403;
                if (allowed != reached) {
                    violations.add(entry.getKey() + " as " + role + " → " + status
                            + (allowed ? " (should pass)" : " (should be 403)"));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void withoutSignInOnlyPublicEndpointsAnswer() throws Exception {
        List<String> violations = new ArrayList<>();
        for (var entry : MATRIX.entrySet()) {
            int status = mvc.perform(request(entry.getKey()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            String path = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
            if (entry.getValue() == PUBLIC) {
                if (status == 401 || status == 403 || status == 302) {
                    violations.add(entry.getKey() + " → " + status + " (should be public)");
                }
            } else if (api ? status != 401 : status != 302) {
                violations.add(entry.getKey() + " → " + status + (api ? " (should be 401)" : " (should redirect)"));
            }
        }
        assertThat(violations).isEmpty();
    }

    private static MockHttpServletRequestBuilder request(String key) {
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1)
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{code}", "RUSIZI2")
                .replace("{country}", "XXX")
                .replace("{action}", "unlock");
        var builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            builder =
                    builder.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return builder;
    }
}
