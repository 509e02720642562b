package org.mpaka.border;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entitlement rules per post, entering country, nationality and document category (table
 * {@code border_entitlement_rule}, owned by headquarters). Read once and kept; rules change by
 * migration and take effect when the server restarts.
 */
@Component
public class Entitlements {

    /** One rule as stored. */
    public record Rule(
            int id,
            String postCode,
            String enteringCountry,
            String nationality,
            String docCategory,
            Entitlement.Kind kind,
            Integer stayDays,
            String label) {}

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(List<Rule> rules, Map<String, Set<String>> groups) {}

    public Entitlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            List<Rule> rules = jdbc.sql("SELECT id, post_code, entering_country, nationality, doc_category, kind,"
                            + " stay_days, label FROM border_entitlement_rule ORDER BY id")
                    .query((rs, n) -> new Rule(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Entitlement.Kind.valueOf(rs.getString(6)),
                            (Integer) rs.getObject(7),
                            rs.getString(8)))
                    .list();
            Map<String, Set<String>> groups = new HashMap<>();
            jdbc.sql("SELECT group_code, country_code FROM border_nationality_group")
                    .query(rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                                .add(rs.getString(2));
                    });
            s = new Snapshot(List.copyOf(rules), Map.copyOf(groups));
            snapshot = s;
        }
        return s;
    }

    /** All rules, for the configuration page and API. */
    public List<Rule> rules() {
        return snapshot().rules();
    }

    /**
     * The rule that applies, or empty when the post has none for this country (then the traveller
     * needs a visa).
     */
    public Optional<Rule> ruleFor(
            String postCode, String enteringCountry, String nationality, DocumentType.Category category) {
        Snapshot s = snapshot();
        return s.rules().stream()
                .filter(r ->
                        r.postCode().equals(postCode) && r.enteringCountry().equals(enteringCountry))
                .filter(r -> r.docCategory().equals("*") || r.docCategory().equals(category.name()))
                .filter(r -> r.nationality().equals("*")
                        || r.nationality().equals(nationality)
                        || s.groups().getOrDefault(r.nationality(), Set.of()).contains(nationality))
                .min(Comparator.comparingInt((Rule r) -> nationalityRank(r, nationality))
                        .thenComparingInt(r -> r.docCategory().equals("*") ? 1 : 0)
                        .thenComparingInt(Rule::id));
    }

    private static int nationalityRank(Rule r, String nationality) {
        if (r.nationality().equals(nationality)) {
            return 0;
        }
        return r.nationality().equals("*") ? 2 : 1;
    }

    /**
     * The entitlement of a traveller entering at {@code at}, in the entering side's time zone.
     *
     * @param visaValidUntil the visa's last day, when a visa was recorded
     */
    public Entitlement evaluate(
            String postCode,
            String enteringCountry,
            ZoneId zone,
            String nationality,
            DocumentType.Category category,
            Instant at,
            LocalDate visaValidUntil) {
        Optional<Rule> rule = ruleFor(postCode, enteringCountry, nationality, category);
        if (rule.isEmpty()) {
            return visa("Visa required (no rule for this nationality)", zone, visaValidUntil);
        }
        Rule r = rule.get();
        LocalDate day = at.atZone(zone).toLocalDate();
        return switch (r.kind()) {
            case CITIZEN -> new Entitlement(Entitlement.Kind.CITIZEN, r.label(), null, false);
            case SAME_DAY -> new Entitlement(Entitlement.Kind.SAME_DAY, r.label(), endOf(day, zone), false);
            case DAYS ->
                new Entitlement(
                        Entitlement.Kind.DAYS,
                        r.label(),
                        endOf(day.plusDays(r.stayDays() == null ? 0 : r.stayDays()), zone),
                        false);
            case VISA -> visa(r.label(), zone, visaValidUntil);
        };
    }

    private static Entitlement visa(String label, ZoneId zone, LocalDate visaValidUntil) {
        return new Entitlement(
                Entitlement.Kind.VISA, label, visaValidUntil == null ? null : endOf(visaValidUntil, zone), true);
    }

    /** The first instant of the next day: a stay "until the end of" {@code day}. */
    static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
