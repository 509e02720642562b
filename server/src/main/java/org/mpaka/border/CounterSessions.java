package org.mpaka.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.NotFoundException;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where officers work: their counter sessions (post, counter, direction; the latest is
 * remembered), the posts' opening hours, and supervisors' overrides to work outside them.
 */
@Service
public class CounterSessions {

    /** An officer counts as on duty while active within this time. */
    public static final Duration ON_DUTY = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final MpakaProperties properties;

    public CounterSessions(
            JdbcClient jdbc, Clock clock, ReferenceData referenceData, AuditTrail audit, MpakaProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.referenceData = referenceData;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Checks that the principal may clear travellers at this post, counter and direction; returns the
     * post. Officers (and supervisors) work only at their own posts, on a side run by their agency.
     */
    public Post requireWorkplace(MpakaPrincipal who, String postCode, String counterCode, Direction direction) {
        Map<String, String> errors = new LinkedHashMap<>();
        Post post = postCode == null ? null : referenceData.findPost(postCode).orElse(null);
        if (post == null) {
            throw InvalidInputException.of("postCode", "unknown post: " + postCode);
        }
        if (counterCode == null || !post.counters().contains(counterCode)) {
            errors.put(
                    "counterCode",
                    "not a counter of " + post.code() + ": " + counterCode + " (counters: "
                            + String.join(", ", post.counters()) + ")");
        }
        if (direction == null) {
            errors.put("direction", "required, e.g. RWA-COD");
        } else if (post.sides().stream().noneMatch(s -> s.countryCode().equals(direction.from()))
                || post.sides().stream().noneMatch(s -> s.countryCode().equals(direction.to()))) {
            errors.put("direction", "the post does not connect " + direction.from() + " and " + direction.to());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!who.machine() && !who.postCodes().contains(post.code())) {
            throw new AccessDeniedException("you do not work at " + post.code());
        }
        if (post.sideOf(who.agencyCode()).isEmpty()) {
            throw new AccessDeniedException("your agency does not work at " + post.code());
        }
        return post;
    }

    /** Starts a session at a counter (ends the user's previous one). */
    @Transactional
    public CounterSession start(MpakaPrincipal who, String postCode, String counterCode, String directionText) {
        Direction direction = Direction.parse(directionText).orElse(null);
        if (direction == null) {
            throw InvalidInputException.of("direction", "must be two country codes such as RWA-COD");
        }
        requireWorkplace(who, postCode, counterCode, direction);
        Instant now = clock.instant();
        jdbc.sql("UPDATE border_counter_session SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL")
                .params(Sql.utc(now), who.id())
                .update();
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO border_counter_session (id, user_id, username, agency_code, post_code, counter_code,"
                        + " from_country, to_country, started_at, last_seen_at, origin_site)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        who.id(),
                        who.name(),
                        who.agencyCode(),
                        postCode,
                        counterCode,
                        direction.from(),
                        direction.to(),
                        Sql.utc(now),
                        Sql.utc(now),
                        properties.site())
                .update();
        audit.record(new AuditEntry(
                who.name(),
                who.agencyCode(),
                null,
                "counter.start",
                "counter-session",
                id.toString(),
                null,
                postCode + "/" + counterCode + " " + direction));
        return new CounterSession(
                id, who.id(), who.name(), who.agencyCode(), postCode, counterCode, direction, now, now);
    }

    /** The user's open session, if any. */
    public Optional<CounterSession> current(MpakaPrincipal who) {
        return jdbc.sql("SELECT * FROM border_counter_session WHERE user_id = ? AND ended_at IS NULL"
                        + " ORDER BY started_at DESC LIMIT 1")
                .param(who.id())
                .query(CounterSessions::session)
                .optional();
    }

    /** The user's latest session, open or not: the remembered choice. */
    public Optional<CounterSession> latest(MpakaPrincipal who) {
        return jdbc.sql("SELECT * FROM border_counter_session WHERE user_id = ? ORDER BY started_at DESC LIMIT 1")
                .param(who.id())
                .query(CounterSessions::session)
                .optional();
    }

    /** Ends the user's open session. */
    @Transactional
    public void end(MpakaPrincipal who) {
        jdbc.sql("UPDATE border_counter_session SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL")
                .params(Sql.utc(clock.instant()), who.id())
                .update();
    }

    /** Marks the user active at the counter (at most once a minute). */
    void touch(MpakaPrincipal who, Instant now) {
        jdbc.sql("UPDATE border_counter_session SET last_seen_at = ? WHERE user_id = ? AND ended_at IS NULL"
                        + " AND last_seen_at < ?")
                .params(Sql.utc(now), who.id(), Sql.utc(now.minusSeconds(60)))
                .update();
    }

    /** Sessions active within {@link #ON_DUTY} at a post. */
    public List<CounterSession> onDuty(String postCode) {
        return jdbc.sql("SELECT * FROM border_counter_session WHERE post_code = ? AND ended_at IS NULL"
                        + " AND last_seen_at >= ? ORDER BY counter_code")
                .params(postCode, Sql.utc(clock.instant().minus(ON_DUTY)))
                .query(CounterSessions::session)
                .list();
    }

    /** The side of the post the principal's agency runs. */
    public PostSide sideOf(Post post, String agencyCode) {
        return post.sideOf(agencyCode)
                .orElseThrow(() -> new AccessDeniedException("your agency does not work at " + post.code()));
    }

    /** The override in force for the agency at the post now, if any. */
    public Optional<HoursOverride> activeOverride(String postCode, String agencyCode, Instant at) {
        return jdbc.sql("SELECT * FROM border_hours_override WHERE post_code = ? AND agency_code = ?"
                        + " AND valid_from <= ? AND valid_until > ? ORDER BY valid_until DESC LIMIT 1")
                .params(postCode, agencyCode, Sql.utc(at), Sql.utc(at))
                .query(CounterSessions::override)
                .optional();
    }

    /**
     * A supervisor lets the agency's officers work at the post outside its hours for a while, with a
     * reason.
     */
    @Transactional
    public HoursOverride grantOverride(MpakaPrincipal who, String postCode, String reason, Duration duration) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("only a supervisor may override the opening hours");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required: why the post works outside its hours");
        } else if (reason.length() > 1000) {
            errors.put("reason", "at most 1000 characters");
        }
        if (duration == null || duration.isNegative() || duration.isZero() || duration.toHours() > 12) {
            errors.put("minutes", "between 1 minute and 12 hours");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Post post = referenceData.findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        sideOf(post, who.agencyCode());
        if (!who.postCodes().contains(postCode)) {
            throw new AccessDeniedException("you do not work at " + postCode);
        }
        Instant now = clock.instant();
        HoursOverride o = new HoursOverride(
                Ids.newId(), postCode, who.agencyCode(), who.name(), reason.strip(), now, now.plus(duration));
        jdbc.sql("INSERT INTO border_hours_override (id, post_code, agency_code, granted_by, reason, valid_from,"
                        + " valid_until, origin_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        o.id(),
                        postCode,
                        o.agencyCode(),
                        o.grantedBy(),
                        o.reason(),
                        Sql.utc(o.validFrom()),
                        Sql.utc(o.validUntil()),
                        properties.site())
                .update();
        audit.record(new AuditEntry(
                who.name(),
                who.agencyCode(),
                null,
                "hours.override",
                "post",
                postCode,
                o.reason(),
                "until " + o.validUntil()));
        return o;
    }

    private static CounterSession session(ResultSet rs, int n) throws SQLException {
        return new CounterSession(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("username"),
                rs.getString("agency_code"),
                rs.getString("post_code"),
                rs.getString("counter_code"),
                new Direction(rs.getString("from_country"), rs.getString("to_country")),
                Sql.instant(rs, "started_at"),
                Sql.instant(rs, "last_seen_at"));
    }

    private static HoursOverride override(ResultSet rs, int n) throws SQLException {
        return new HoursOverride(
                rs.getObject("id", UUID.class),
                rs.getString("post_code"),
                rs.getString("agency_code"),
                rs.getString("granted_by"),
                rs.getString("reason"),
                Sql.instant(rs, "valid_from"),
                Sql.instant(rs, "valid_until"));
    }
}
