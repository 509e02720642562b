package org.mpaka.border;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-sharing agreements of the posts: which fields of its crossings each agency shares with
 * the other agency at a post (table {@code border_sharing}). An agency always sees all of its own.
 */
@Service
public class Sharing {

    /** One direction of an agreement. */
    public record Agreement(String postCode, String fromAgency, String toAgency, Set<SharedField> fields) {}

    private static final Set<SharedField> ALL = java.util.Collections.unmodifiableSet(EnumSet.allOf(SharedField.class));

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private volatile Map<String, Set<SharedField>> cache;

    public Sharing(JdbcClient jdbc, ReferenceData referenceData, AuditTrail audit) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    /** What {@code viewer}'s agency sees of a crossing recorded by {@code owner} at a post. */
    public Set<SharedField> visible(String postCode, String ownerAgency, String viewerAgency) {
        if (ownerAgency.equals(viewerAgency)) {
            return ALL;
        }
        Set<SharedField> s = cache().get(key(postCode, ownerAgency, viewerAgency));
        return s == null ? Set.of() : s;
    }

    /** Both directions of the agreement at a post. */
    public List<Agreement> agreements(String postCode) {
        Post post = referenceData.findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        List<String> agencies =
                post.sides().stream().map(PostSide::agencyCode).distinct().toList();
        return agencies.stream()
                .flatMap(from -> agencies.stream()
                        .filter(to -> !to.equals(from))
                        .map(to -> new Agreement(postCode, from, to, visible(postCode, from, to))))
                .toList();
    }

    /** An administrator sets what their agency shares with another agency at a post. */
    @Transactional
    public Agreement change(MpakaPrincipal admin, String postCode, String toAgency, Set<SharedField> fields) {
        Post post = referenceData.findPost(postCode).orElseThrow(() -> new NotFoundException("post " + postCode));
        if (post.sideOf(admin.agencyCode()).isEmpty()) {
            throw new AccessDeniedException("your agency does not work at " + postCode);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (toAgency == null || post.sideOf(toAgency).isEmpty() || toAgency.equals(admin.agencyCode())) {
            errors.put("toAgency", "must be the other agency of " + postCode);
        }
        if (fields == null) {
            errors.put("fields", "required (may be empty)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<SharedField> before = visible(postCode, admin.agencyCode(), toAgency);
        jdbc.sql("DELETE FROM border_sharing WHERE post_code = ? AND from_agency = ? AND to_agency = ?")
                .params(postCode, admin.agencyCode(), toAgency)
                .update();
        for (SharedField f : fields) {
            jdbc.sql("INSERT INTO border_sharing (post_code, from_agency, to_agency, field) VALUES (?, ?, ?, ?)")
                    .params(postCode, admin.agencyCode(), toAgency, f.name())
                    .update();
        }
        cache = null;
        audit.record(new AuditEntry(
                admin.name(),
                admin.agencyCode(),
                null,
                "sharing.change",
                "post",
                postCode,
                null,
                "to " + toAgency + ": " + before + " -> " + fields));
        return new Agreement(postCode, admin.agencyCode(), toAgency, visible(postCode, admin.agencyCode(), toAgency));
    }

    private Map<String, Set<SharedField>> cache() {
        Map<String, Set<SharedField>> c = cache;
        if (c == null) {
            Map<String, Set<SharedField>> m = new HashMap<>();
            jdbc.sql("SELECT post_code, from_agency, to_agency, field FROM border_sharing")
                    .query(rs -> {
                        m.computeIfAbsent(
                                        key(rs.getString(1), rs.getString(2), rs.getString(3)),
                                        k -> EnumSet.noneOf(SharedField.class))
                                .add(SharedField.valueOf(rs.getString(4)));
                    });
            Map<String, Set<SharedField>> frozen = new HashMap<>();
            m.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(v)));
            c = Map.copyOf(frozen);
            cache = c;
        }
        return c;
    }

    private static String key(String post, String from, String to) {
        return post + "|" + from + "|" + to;
    }
}
