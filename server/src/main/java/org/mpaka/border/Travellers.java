package org.mpaka.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mpaka.screening.NameMatcher;
import org.mpaka.shared.Ids;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds travellers by document or by name and birth date, and creates them. Never merges two
 * people: a fuzzy match is only a {@link Candidate} the officer confirms or rejects.
 */
@Component
public class Travellers {

    /** Name similarity from which a person with a compatible birth date is proposed. */
    static final double CANDIDATE_SCORE = 0.82;

    /** A person who may be the traveller at the counter. */
    public record Candidate(Traveller traveller, double nameScore, List<String> documents) {}

    /** A known document and whose it is. */
    public record KnownDocument(UUID documentId, UUID travellerId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MpakaProperties properties;
    private final NameMatcher matcher = new NameMatcher();

    public Travellers(JdbcClient jdbc, Clock clock, MpakaProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public Optional<Traveller> find(UUID id) {
        return jdbc.sql("SELECT * FROM border_traveller WHERE id = ?")
                .param(id)
                .query(Travellers::traveller)
                .optional();
    }

    public Optional<KnownDocument> findDocument(DocumentType type, String number, String issuingState) {
        return jdbc.sql(
                        "SELECT id, traveller_id FROM border_document WHERE doc_type = ? AND number = ? AND issuing_state = ?")
                .params(type.name(), number, issuingState)
                .query((rs, n) -> new KnownDocument(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    /**
     * People born in the same year (or with an unknown year) whose name resembles the captured one
     * and whose birth date does not contradict it, best first; at most five.
     */
    public List<Candidate> candidates(CapturedDocument doc) {
        if (doc.birthYear() == 0) {
            return List.of();
        }
        boolean fullDate = doc.birthDate() != null && doc.birthDate().indexOf('X') < 0;
        // Stored birth dates are YYYY-MM-DD with whole unknown fields as XX and the year always
        // known (its birth_year), so the ones compatible with a full date are the date itself,
        // YYYY-MM-XX, YYYY-XX-DD and YYYY-XX-XX: index look-ups instead of reading everyone born
        // that year.
        List<Traveller> sameYear = (fullDate
                        ? jdbc.sql("SELECT * FROM border_traveller WHERE birth_date IN (?, ?, ?, ?) LIMIT 500")
                                .params(
                                        doc.birthDate(),
                                        doc.birthDate().substring(0, 8) + "XX",
                                        doc.birthDate().substring(0, 5) + "XX"
                                                + doc.birthDate().substring(7),
                                        doc.birthDate().substring(0, 5) + "XX-XX")
                        : jdbc.sql("SELECT * FROM border_traveller WHERE birth_year = ? LIMIT 500")
                                .param(doc.birthYear()))
                .query(Travellers::traveller)
                .list();
        String query = doc.familyName() + " " + doc.givenNames();
        List<Candidate> found = new ArrayList<>();
        for (Traveller t : sameYear) {
            if (!compatibleDates(doc.birthDate(), t.birthDate())) {
                continue;
            }
            double score = matcher.compareNames(query, t.familyName() + " " + t.givenNames())
                    .score();
            if (score >= CANDIDATE_SCORE) {
                found.add(new Candidate(t, score, documentsOf(t.id())));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::nameScore).reversed());
        return found.size() > 5 ? List.copyOf(found.subList(0, 5)) : List.copyOf(found);
    }

    /** Whether two ISO dates with {@code XX} for unknown parts can be the same day. */
    static boolean compatibleDates(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return true;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && x != 'X' && y != 'X') {
                return false;
            }
        }
        return true;
    }

    /** The person's documents, as {@code TYPE number (STATE)}. */
    public List<String> documentsOf(UUID travellerId) {
        return jdbc.sql(
                        "SELECT doc_type, number, issuing_state FROM border_document WHERE traveller_id = ? ORDER BY created_at")
                .param(travellerId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " (" + rs.getString(3) + ")")
                .list();
    }

    /** Creates a person from a captured document; returns the new id. */
    UUID create(CapturedDocument doc, String agencyCode) {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO border_traveller (id, family_name, given_names, birth_date, birth_year, sex, nationality,"
                        + " created_by_agency, origin_site, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        doc.familyName(),
                        doc.givenNames(),
                        doc.birthDate(),
                        doc.birthYear() == 0 ? null : doc.birthYear(),
                        doc.sex(),
                        doc.nationality(),
                        agencyCode,
                        properties.site(),
                        Sql.utc(clock.instant()))
                .update();
        return id;
    }

    /** Records a document of a person; returns its id. */
    UUID addDocument(UUID travellerId, CapturedDocument doc) {
        UUID id = Ids.newId();
        jdbc.sql(
                        "INSERT INTO border_document (id, traveller_id, doc_type, number, issuing_state, expiry_date, origin_site,"
                                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        travellerId,
                        doc.type().name(),
                        doc.number(),
                        doc.issuingState(),
                        doc.expiryDate(),
                        properties.site(),
                        Sql.utc(clock.instant()))
                .update();
        return id;
    }

    static Traveller traveller(ResultSet rs, int n) throws SQLException {
        return new Traveller(
                rs.getObject("id", UUID.class),
                rs.getString("family_name"),
                rs.getString("given_names"),
                rs.getString("birth_date"),
                rs.getString("sex"),
                rs.getString("nationality"),
                Sql.instant(rs, "created_at"));
    }
}
