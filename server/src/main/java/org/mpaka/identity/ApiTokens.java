package org.mpaka.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.NotFoundException;
import org.mpaka.shared.Secrets;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients (airlines, e-gates, monitoring). A token is sent as {@code
 * Authorization: Bearer mpk_...}; only its SHA-256 is stored. Administrators create and revoke the
 * tokens of their own agency.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "mpk_";
    private static final String COLUMNS =
            "id, name, token_prefix, agency_code, roles, created_by, created_at, expires_at, revoked_at, last_used_at";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final MpakaProperties properties;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, MpakaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(String name, Set<Role> roles, Instant expiresAt, MpakaPrincipal actor, String client) {
        Map<String, String> errors = new LinkedHashMap<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            errors.put("name", "1-100 characters");
        }
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", "at least one role");
        } else if (roles.contains(Role.ADMIN)) {
            errors.put("roles", "tokens cannot have the ADMIN role");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            errors.put("expiresAt", "must be in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = PREFIX + Secrets.random(40);
        ApiToken token = new ApiToken(
                Ids.newId(),
                trimmed,
                secret.substring(0, 10),
                actor.agencyCode(),
                Set.copyOf(roles),
                actor.name(),
                now,
                expiresAt,
                null,
                null);
        jdbc.sql("INSERT INTO identity_api_token (id, name, token_prefix, token_hash, agency_code, roles, created_by,"
                        + " created_at, expires_at, origin_site) VALUES (?,?,?,?,?,?,?,?,?,?)")
                .params(
                        token.id(),
                        token.name(),
                        token.prefix(),
                        Secrets.sha256Hex(secret),
                        token.agencyCode(),
                        Role.toList(token.roles()),
                        token.createdBy(),
                        Sql.utc(now),
                        Sql.utc(expiresAt),
                        properties.site())
                .update();
        audit.record(new AuditEntry(
                actor.name(),
                actor.agencyCode(),
                client,
                "token.create",
                "api-token",
                token.id().toString(),
                null,
                "name=" + token.name() + " roles=" + Role.toList(token.roles())));
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(MpakaPrincipal actor) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token WHERE agency_code = ? ORDER BY created_at DESC")
                .param(actor.agencyCode())
                .query(ApiTokens::map)
                .list();
    }

    @Transactional
    public ApiToken revoke(UUID id, MpakaPrincipal actor, String client) {
        ApiToken token = find(id).orElseThrow(() -> new NotFoundException("token " + id));
        if (!token.agencyCode().equals(actor.agencyCode())) {
            throw new AccessDeniedException("token belongs to another agency");
        }
        if (token.revokedAt() == null) {
            jdbc.sql("UPDATE identity_api_token SET revoked_at = ? WHERE id = ?")
                    .params(Sql.utc(clock.instant()), id)
                    .update();
            audit.record(new AuditEntry(
                    actor.name(), actor.agencyCode(), client, "token.revoke", "api-token", id.toString(), null, null));
        }
        return find(id).orElseThrow();
    }

    /** The principal for a presented secret, if it names an active token. */
    @Transactional
    public Optional<MpakaPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token WHERE token_hash = ?")
                .param(Secrets.sha256Hex(secret))
                .query(ApiTokens::map)
                .optional()
                .filter(t -> t.activeAt(now));
        token.filter(t -> t.lastUsedAt() == null
                        || t.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now))
                .ifPresent(t -> jdbc.sql("UPDATE identity_api_token SET last_used_at = ? WHERE id = ?")
                        .params(Sql.utc(now), t.id())
                        .update());
        return token.map(t -> new MpakaPrincipal(t.id(), t.name(), t.agencyCode(), t.roles(), Set.of(), true));
    }

    private Optional<ApiToken> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token WHERE id = ?")
                .param(id)
                .query(ApiTokens::map)
                .optional();
    }

    private static ApiToken map(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("token_prefix"),
                rs.getString("agency_code"),
                Role.parseList(rs.getString("roles")),
                rs.getString("created_by"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "revoked_at"),
                Sql.instant(rs, "last_used_at"));
    }
}
