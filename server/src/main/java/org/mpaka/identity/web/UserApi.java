package org.mpaka.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mpaka.identity.ApiToken;
import org.mpaka.identity.ApiTokens;
import org.mpaka.identity.CreatedToken;
import org.mpaka.identity.CreatedUser;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.NewUser;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for accounts and API tokens: administrators of an agency manage that agency's. */
@RestController
class UserApi {

    private final UserAccounts accounts;
    private final ApiTokens tokens;

    UserApi(UserAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Who the caller is. */
    @GetMapping("/api/v1/me")
    MpakaPrincipal me(MpakaPrincipal me) {
        return me;
    }

    @GetMapping("/api/v1/admin/users")
    List<UserAccount> users(MpakaPrincipal me) {
        return accounts.list(me);
    }

    @GetMapping("/api/v1/admin/users/{id}")
    UserAccount user(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return accounts.get(id, me, request.getRemoteAddr());
    }

    record NewUserRequest(
            String username,
            String displayName,
            String agencyCode,
            Set<Role> roles,
            Set<String> postCodes,
            String password) {}

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser createUser(@RequestBody NewUserRequest body, MpakaPrincipal me, HttpServletRequest request) {
        return accounts.create(
                new NewUser(
                        body.username(),
                        body.displayName(),
                        body.agencyCode(),
                        body.roles(),
                        body.postCodes(),
                        body.password()),
                me,
                request.getRemoteAddr());
    }

    @PostMapping("/api/v1/admin/users/{id}/disable")
    UserAccount disable(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return accounts.setEnabled(id, false, me, request.getRemoteAddr());
    }

    @PostMapping("/api/v1/admin/users/{id}/enable")
    UserAccount enable(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return accounts.setEnabled(id, true, me, request.getRemoteAddr());
    }

    @PostMapping("/api/v1/admin/users/{id}/unlock")
    UserAccount unlock(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return accounts.unlock(id, me, request.getRemoteAddr());
    }

    @PostMapping("/api/v1/admin/users/{id}/reset-password")
    Map<String, String> resetPassword(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return Map.of("password", accounts.resetPassword(id, me, request.getRemoteAddr()));
    }

    @GetMapping("/api/v1/admin/tokens")
    List<ApiToken> tokens(MpakaPrincipal me) {
        return tokens.list(me);
    }

    record NewTokenRequest(String name, Set<Role> roles, Instant expiresAt) {}

    @PostMapping("/api/v1/admin/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken createToken(@RequestBody NewTokenRequest body, MpakaPrincipal me, HttpServletRequest request) {
        return tokens.create(body.name(), body.roles(), body.expiresAt(), me, request.getRemoteAddr());
    }

    @PostMapping("/api/v1/admin/tokens/{id}/revoke")
    ApiToken revoke(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request) {
        return tokens.revoke(id, me, request.getRemoteAddr());
    }
}
