package org.mpaka.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages use a session cookie with CSRF protection; the API accepts the same
 * session or an API token. Unauthenticated API calls get 401 and pages redirect to sign-in; a
 * wrong role gets 403. Every rule here is exercised by {@code RoleEndpointMatrixIT}.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems)
            throws Exception {
        RequestMatcher api = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/api/**"),
                PathPatternRequestMatcher.pathPattern("/actuator/**"));
        RequestMatcher bearer = BearerTokenFilter::hasBearer;
        http.authorizeHttpRequests(
                        a -> a.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                                .permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/prometheus")
                                .hasAnyRole(Role.MONITORING.name(), Role.ADMIN.name())
                                .requestMatchers("/actuator/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/admin/**", "/api/v1/admin/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.POST, "/api/v1/watchlists/screen")
                                .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.ANALYST.name())
                                .requestMatchers(HttpMethod.GET, "/watchlists", "/api/v1/watchlists")
                                .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name(), Role.ANALYST.name())
                                .requestMatchers("/watchlists/**", "/api/v1/watchlists/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/audit/**", "/api/v1/audit/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                                .requestMatchers("/counter", "/counter/**", "/api/v1/counter/**")
                                .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
                                .requestMatchers(HttpMethod.POST, "/api/v1/crossings")
                                .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name())
                                .requestMatchers(
                                        "/supervisor",
                                        "/supervisor/**",
                                        "/crossings/*/referral",
                                        "/api/v1/crossings/*/referral",
                                        "/api/v1/posts/*/dashboard",
                                        "/api/v1/posts/*/hours-override")
                                .hasRole(Role.SUPERVISOR.name())
                                .requestMatchers(
                                        "/crossings",
                                        "/crossings/**",
                                        "/api/v1/crossings",
                                        "/api/v1/crossings/**",
                                        "/api/v1/posts/*/overstays")
                                .hasAnyRole(Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.ANALYST.name())
                                .requestMatchers(HttpMethod.PUT, "/api/v1/posts/*/sharing")
                                .hasRole(Role.ADMIN.name())
                                .anyRequest()
                                .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
                                + "/login?" + (ex instanceof LockedException ? "locked" : "error")))
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> problems.write(
                                        request, response, 401, "Unauthorized", "Sign in or send an API token."),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(api))
                        .defaultAccessDeniedHandlerFor(
                                (request, response, ex) -> problems.write(
                                        request,
                                        response,
                                        403,
                                        "Forbidden",
                                        "Your role or agency does not allow this."),
                                api))
                .csrf(c -> c.ignoringRequestMatchers(bearer))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), microphone=(), geolocation=()")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
