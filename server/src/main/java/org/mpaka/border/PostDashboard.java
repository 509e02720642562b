package org.mpaka.border;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.NotFoundException;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What a supervisor watches at a post: today's counts, referrals, hits waiting, officers on duty. */
@Service
public class PostDashboard {

    /**
     * @param counts per hour of the day (0-23, post's local time) and direction ({@code RWA-COD}),
     *     crossings recorded by either agency
     */
    public record Dashboard(
            String postCode,
            LocalDate day,
            ZoneId zone,
            List<String> directions,
            List<HourCount> counts,
            Map<String, Integer> totals,
            List<CrossingView> openReferrals,
            List<PendingCheck> hitsAwaitingDisposition,
            List<CounterSession> onDuty,
            List<Overstay> overstays,
            Instant asOf) {}

    /**
     * A traveller who entered the agency's country at the post and has not left though the allowed
     * stay has ended. Names are null when the recording agency does not share identity.
     */
    public record Overstay(
            UUID travellerId,
            String familyName,
            String givenNames,
            String nationality,
            String country,
            Instant enteredAt,
            Instant allowedUntil,
            String entitlement,
            UUID crossingId) {}

    public record HourCount(int hour, Map<String, Integer> byDirection) {
        /** Crossings in this hour, all directions. */
        public int total() {
            return byDirection.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A scan with watchlist hits whose crossing has not been recorded yet. */
    public record PendingCheck(
            UUID id,
            String counterCode,
            String officer,
            String travellerName,
            int hitCount,
            String bestClass,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final Crossings crossings;
    private final CounterSessions sessions;
    private final Sharing sharing;

    public PostDashboard(
            JdbcClient jdbc,
            Clock clock,
            ReferenceData referenceData,
            Crossings crossings,
            CounterSessions sessions,
            Sharing sharing) {
        this.sharing = sharing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.referenceData = referenceData;
        this.crossings = crossings;
        this.sessions = sessions;
    }

    public Dashboard dashboard(MpakaPrincipal who, String postCode) {
        Post post = referenceData.findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        PostSide side = post.sideOf(who.agencyCode())
                .orElseThrow(() -> new AccessDeniedException("your agency does not work at " + postCode));
        if (!who.machine() && !who.postCodes().contains(postCode)) {
            throw new AccessDeniedException("you do not work at " + postCode);
        }
        ZoneId zone = side.timeZone();
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        List<String> directions = new ArrayList<>();
        for (PostSide a : post.sides()) {
            for (PostSide b : post.sides()) {
                if (!a.equals(b)) {
                    directions.add(a.countryCode() + "-" + b.countryCode());
                }
            }
        }
        List<HourCount> counts = new ArrayList<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        directions.forEach(d -> totals.put(d, 0));
        for (int hour = 0; hour <= local.getHour(); hour++) {
            Instant from = day.atTime(hour, 0).atZone(zone).toInstant();
            Instant to = from.plusSeconds(3600);
            Map<String, Integer> byDirection = new LinkedHashMap<>();
            directions.forEach(d -> byDirection.put(d, 0));
            jdbc.sql("SELECT from_country, to_country, COUNT(*) FROM border_crossing WHERE post_code = ?"
                            + " AND recorded_at >= ? AND recorded_at < ? GROUP BY from_country, to_country")
                    .params(postCode, Sql.utc(from), Sql.utc(to))
                    .query(rs -> {
                        String d = rs.getString(1) + "-" + rs.getString(2);
                        byDirection.merge(d, rs.getInt(3), Integer::sum);
                        totals.merge(d, rs.getInt(3), Integer::sum);
                    });
            counts.add(new HourCount(hour, byDirection));
        }
        List<PendingCheck> pending = jdbc.sql(
                        "SELECT * FROM border_pending_check WHERE post_code = ? AND agency_code = ?"
                                + " AND resolved_at IS NULL AND created_at >= ? ORDER BY created_at")
                .params(postCode, who.agencyCode(), Sql.utc(now.minusSeconds(4 * 3600)))
                .query((rs, n) -> new PendingCheck(
                        rs.getObject("id", UUID.class),
                        rs.getString("counter_code"),
                        rs.getString("officer"),
                        rs.getString("traveller_name"),
                        rs.getInt("hit_count"),
                        rs.getString("best_class"),
                        Sql.instant(rs, "created_at")))
                .list();
        return new Dashboard(
                postCode,
                day,
                zone,
                directions,
                counts,
                totals,
                crossings.openReferrals(who, postCode),
                pending,
                sessions.onDuty(postCode),
                overstays(who, post, side, now, 50),
                now);
    }

    /** Overstays in the principal's agency's country at a post, longest first. */
    public List<Overstay> overstays(MpakaPrincipal who, String postCode, int limit) {
        Post post = referenceData.findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        PostSide side = post.sideOf(who.agencyCode())
                .orElseThrow(() -> new AccessDeniedException("your agency does not work at " + postCode));
        return overstays(who, post, side, clock.instant(), limit);
    }

    private List<Overstay> overstays(MpakaPrincipal who, Post post, PostSide side, Instant now, int limit) {
        return jdbc.sql("SELECT m.traveller_id, m.country_code, m.occurred_at, m.allowed_until, c.id AS crossing_id,"
                        + " c.agency_code, c.entitlement, t.family_name, t.given_names, t.nationality"
                        + " FROM border_movement m JOIN border_crossing c ON c.id = m.crossing_id"
                        + " JOIN border_traveller t ON t.id = m.traveller_id"
                        + " WHERE m.post_code = ? AND m.country_code = ? AND m.kind = 'ENTRY' AND m.allowed_until < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM border_movement x WHERE x.traveller_id = m.traveller_id"
                        + " AND x.country_code = m.country_code AND x.kind = 'EXIT' AND x.occurred_at > m.occurred_at)"
                        + " ORDER BY m.allowed_until LIMIT ?")
                .params(post.code(), side.countryCode(), Sql.utc(now), limit)
                .query((rs, n) -> {
                    boolean identity = sharing.visible(post.code(), rs.getString("agency_code"), who.agencyCode())
                            .contains(SharedField.IDENTITY);
                    return new Overstay(
                            rs.getObject("traveller_id", UUID.class),
                            identity ? rs.getString("family_name") : null,
                            identity ? rs.getString("given_names") : null,
                            identity ? rs.getString("nationality") : null,
                            rs.getString("country_code"),
                            Sql.instant(rs, "occurred_at"),
                            Sql.instant(rs, "allowed_until"),
                            rs.getString("entitlement"),
                            rs.getObject("crossing_id", UUID.class));
                })
                .list();
    }
}
