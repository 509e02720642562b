package org.mpaka.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code identity_user} and {@code identity_user_post}. */
@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, agency_code, roles, enabled, failed_attempts, locked_until, last_login_at, origin_site, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM identity_user").query(Long.class).single();
    }

    Optional<UserAccount> findById(UUID id) {
        return one("WHERE id = ?", id);
    }

    Optional<UserAccount> findByUsername(String username) {
        return one("WHERE username = ?", username);
    }

    List<UserAccount> findByAgency(String agencyCode) {
        List<UserAccount> base = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM identity_user WHERE agency_code = ? ORDER BY username")
                .param(agencyCode)
                .query((rs, n) -> map(rs, Set.of()))
                .list();
        Map<UUID, Set<String>> posts = new HashMap<>();
        jdbc.sql("SELECT p.user_id, p.post_code FROM identity_user_post p JOIN identity_user u ON u.id = p.user_id"
                        + " WHERE u.agency_code = ?")
                .param(agencyCode)
                .query((rs, n) -> posts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return base.stream()
                .map(u -> withPosts(u, posts.getOrDefault(u.id(), Set.of())))
                .toList();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM identity_user WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void insert(UserAccount u, String passwordHash) {
        jdbc.sql("INSERT INTO identity_user (id, username, display_name, password_hash, agency_code, roles, enabled,"
                        + " failed_attempts, origin_site, created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,?,?,?)")
                .params(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        passwordHash,
                        u.agencyCode(),
                        Role.toList(u.roles()),
                        u.enabled(),
                        u.originSite(),
                        ts(u.createdAt()),
                        ts(u.createdAt()))
                .update();
        for (String post : u.postCodes()) {
            jdbc.sql("INSERT INTO identity_user_post (user_id, post_code) VALUES (?, ?)")
                    .params(u.id(), post)
                    .update();
        }
    }

    void setEnabled(UUID id, boolean enabled, Instant now) {
        jdbc.sql("UPDATE identity_user SET enabled = ?, updated_at = ? WHERE id = ?")
                .params(enabled, ts(now), id)
                .update();
    }

    void setPassword(UUID id, String hash, Instant now) {
        jdbc.sql("UPDATE identity_user SET password_hash = ?, updated_at = ? WHERE id = ?")
                .params(hash, ts(now), id)
                .update();
    }

    void resetFailures(UUID id, Instant now) {
        jdbc.sql("UPDATE identity_user SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?")
                .params(ts(now), id)
                .update();
    }

    /** Counts a failed sign-in; locks the account when it reaches {@code max}. Returns true if now locked. */
    boolean recordFailure(UUID id, int max, Duration lockout, Instant now) {
        jdbc.sql("UPDATE identity_user SET failed_attempts = failed_attempts + 1 WHERE id = ?")
                .param(id)
                .update();
        int attempts = jdbc.sql("SELECT failed_attempts FROM identity_user WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        if (attempts >= max) {
            jdbc.sql("UPDATE identity_user SET locked_until = ?, failed_attempts = 0 WHERE id = ?")
                    .params(ts(now.plus(lockout)), id)
                    .update();
            return true;
        }
        return false;
    }

    void recordSuccess(UUID id, Instant now) {
        jdbc.sql("UPDATE identity_user SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .params(ts(now), id)
                .update();
    }

    private Optional<UserAccount> one(String where, Object param) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user " + where)
                .param(param)
                .query((rs, n) -> map(rs, Set.of()))
                .optional()
                .map(u -> withPosts(u, postsOf(u.id())));
    }

    private Set<String> postsOf(UUID id) {
        return Set.copyOf(jdbc.sql("SELECT post_code FROM identity_user_post WHERE user_id = ?")
                .param(id)
                .query(String.class)
                .list());
    }

    private static UserAccount withPosts(UserAccount u, Set<String> posts) {
        return new UserAccount(
                u.id(),
                u.username(),
                u.displayName(),
                u.agencyCode(),
                u.roles(),
                Set.copyOf(posts),
                u.enabled(),
                u.failedAttempts(),
                u.lockedUntil(),
                u.lastLoginAt(),
                u.originSite(),
                u.createdAt());
    }

    private static UserAccount map(ResultSet rs, Set<String> posts) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("agency_code"),
                Role.parseList(rs.getString("roles")),
                posts,
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                Sql.instant(rs, "locked_until"),
                Sql.instant(rs, "last_login_at"),
                rs.getString("origin_site"),
                Sql.instant(rs, "created_at"));
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return Sql.utc(instant);
    }
}
