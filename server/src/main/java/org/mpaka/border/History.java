package org.mpaka.border;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A traveller's past crossings and movements. */
@Component
class History {

    /** The traveller's latest movement into or out of a country. */
    record Movement(String kind, Instant occurredAt, Instant allowedUntil, String entitlement) {}

    private final JdbcClient jdbc;
    private final Sharing sharing;

    History(JdbcClient jdbc, Sharing sharing) {
        this.jdbc = jdbc;
        this.sharing = sharing;
    }

    /** The latest crossings of a traveller, as the viewer's agency may see them. */
    List<CrossingSummary> lastCrossings(UUID travellerId, String viewerAgency, int limit) {
        return jdbc.sql("SELECT id, recorded_at, post_code, from_country, to_country, agency_code, status"
                        + " FROM border_crossing WHERE traveller_id = ? ORDER BY recorded_at DESC LIMIT ?")
                .params(travellerId, limit)
                .query((rs, n) -> {
                    String post = rs.getString("post_code");
                    String owner = rs.getString("agency_code");
                    boolean decision =
                            sharing.visible(post, owner, viewerAgency).contains(SharedField.DECISION);
                    return new CrossingSummary(
                            rs.getObject("id", UUID.class),
                            Sql.instant(rs, "recorded_at"),
                            post,
                            new Direction(rs.getString("from_country"), rs.getString("to_country")),
                            owner,
                            decision ? rs.getString("status") : null);
                })
                .list();
    }

    /** The traveller's latest recorded movement into or out of a country. */
    Optional<Movement> lastMovement(UUID travellerId, String country) {
        return jdbc.sql("SELECT m.kind, m.occurred_at, m.allowed_until, c.entitlement FROM border_movement m"
                        + " JOIN border_crossing c ON c.id = m.crossing_id"
                        + " WHERE m.traveller_id = ? AND m.country_code = ? ORDER BY m.occurred_at DESC LIMIT 1")
                .params(travellerId, country)
                .query((rs, n) -> new Movement(
                        rs.getString(1),
                        Sql.instant(rs, "occurred_at"),
                        Sql.instant(rs, "allowed_until"),
                        rs.getString(4)))
                .optional();
    }
}
