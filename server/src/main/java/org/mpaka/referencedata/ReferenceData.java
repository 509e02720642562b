package org.mpaka.referencedata;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to reference data: the module's public facade. */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    public ReferenceData(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Country> countries() {
        return jdbc.sql("SELECT code, alpha2, name_en, name_fr, kind FROM refdata_country ORDER BY code")
                .query(Country.class)
                .list();
    }

    public Optional<Country> findCountry(String code) {
        return jdbc.sql("SELECT code, alpha2, name_en, name_fr, kind FROM refdata_country WHERE code = ?")
                .param(code)
                .query(Country.class)
                .optional();
    }

    public List<Agency> agencies() {
        return jdbc.sql("SELECT code, name, country_code FROM refdata_agency ORDER BY code")
                .query(Agency.class)
                .list();
    }

    public Optional<Agency> findAgency(String code) {
        return jdbc.sql("SELECT code, name, country_code FROM refdata_agency WHERE code = ?")
                .param(code)
                .query(Agency.class)
                .optional();
    }

    /** How long the post list is kept in memory; headquarters' changes show up within this time. */
    private static final java.time.Duration POSTS_TTL = java.time.Duration.ofSeconds(60);

    private volatile CachedPosts cachedPosts;

    private record CachedPosts(List<Post> posts, long loadedAtNanos) {}

    /** All posts with their sides and counters (kept in memory for a minute: read on every page). */
    public List<Post> posts() {
        CachedPosts cached = cachedPosts;
        if (cached == null || System.nanoTime() - cached.loadedAtNanos() > POSTS_TTL.toNanos()) {
            cached = new CachedPosts(loadPosts(), System.nanoTime());
            cachedPosts = cached;
        }
        return cached.posts();
    }

    private List<Post> loadPosts() {
        Map<String, List<PostSide>> sides = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM refdata_post_side ORDER BY post_code, country_code")
                .query((rs, n) -> {
                    sides.computeIfAbsent(rs.getString("post_code"), k -> new ArrayList<>())
                            .add(new PostSide(
                                    rs.getString("country_code"),
                                    rs.getString("agency_code"),
                                    rs.getString("local_name"),
                                    ZoneId.of(rs.getString("time_zone")),
                                    rs.getBoolean("open_all_day"),
                                    rs.getObject("opens_at", java.time.LocalTime.class),
                                    rs.getObject("closes_at", java.time.LocalTime.class)));
                    return null;
                })
                .list();
        Map<String, List<String>> counters = new LinkedHashMap<>();
        jdbc.sql("SELECT post_code, code FROM refdata_counter ORDER BY post_code, code")
                .query((rs, n) -> {
                    counters.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                    return null;
                })
                .list();
        return List.copyOf(jdbc.sql("SELECT code, name, post_type, description FROM refdata_post ORDER BY name")
                .query((rs, n) -> new Post(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("post_type"),
                        rs.getString("description"),
                        List.copyOf(sides.getOrDefault(rs.getString("code"), List.of())),
                        List.copyOf(counters.getOrDefault(rs.getString("code"), List.of()))))
                .list());
    }

    public Optional<Post> findPost(String code) {
        return posts().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * Changes the opening hours of one side of a post. Only an administrator of the agency that runs
     * that side may do it; the change is audited.
     *
     * @param openAllDay true for a side open 24 hours; then {@code opensAt} and {@code closesAt} are ignored
     */
    @Transactional
    public PostSide changeOpeningHours(
            String postCode,
            String countryCode,
            boolean openAllDay,
            java.time.LocalTime opensAt,
            java.time.LocalTime closesAt,
            String actor,
            String actorAgency,
            String client) {
        Post post = findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        PostSide side = post.sides().stream()
                .filter(s -> s.countryCode().equals(countryCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("side " + countryCode + " of post " + postCode));
        if (!openAllDay) {
            var errors = new java.util.LinkedHashMap<String, String>();
            if (opensAt == null) {
                errors.put("opensAt", "required unless open all day");
            }
            if (closesAt == null) {
                errors.put("closesAt", "required unless open all day");
            }
            if (opensAt != null && opensAt.equals(closesAt)) {
                errors.put("closesAt", "must differ from the opening time (use open all day)");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        if (!side.agencyCode().equals(actorAgency)) {
            throw new AccessDeniedException("this side of the post is run by another agency");
        }
        jdbc.sql("UPDATE refdata_post_side SET open_all_day = ?, opens_at = ?, closes_at = ?"
                        + " WHERE post_code = ? AND country_code = ?")
                .params(openAllDay, openAllDay ? null : opensAt, openAllDay ? null : closesAt, postCode, countryCode)
                .update();
        cachedPosts = null;
        PostSide changed = new PostSide(
                countryCode,
                side.agencyCode(),
                side.localName(),
                side.timeZone(),
                openAllDay,
                openAllDay ? null : opensAt,
                openAllDay ? null : closesAt);
        audit.record(new AuditEntry(
                actor,
                actorAgency,
                client,
                "post.hours-change",
                "post-side",
                postCode + "/" + countryCode,
                null,
                side.hours() + " -> " + changed.hours()));
        return changed;
    }
}
