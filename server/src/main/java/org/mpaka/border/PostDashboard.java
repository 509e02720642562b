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
            Instant asOf) {}

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

    public PostDashboard(
            JdbcClient jdbc, Clock clock, ReferenceData referenceData, Crossings crossings, CounterSessions sessions) {
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
                now);
    }
}
