package org.mpaka.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.ConflictException;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.NotFoundException;
import org.mpaka.shared.Sql;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the officer's decision: the crossing, its exit and entry movements (each owned by its
 * country's agency), hits with their dispositions and the photo, in one transaction. A repeated
 * request with the same idempotency key records nothing new. Also reads crossings as the viewer's
 * agency may see them, and closes referrals.
 */
@Service
public class Crossings {

    static final int MAX_PHOTO_BYTES = 300_000;

    /** A crossing with its traveller and document, as {@link #row} reads it. */
    private static final String VIEW = "SELECT c.*, t.family_name, t.given_names, t.birth_date, d.doc_type, d.number,"
            + " d.issuing_state, d.expiry_date, EXISTS (SELECT 1 FROM border_photo p WHERE p.crossing_id = c.id)"
            + " AS has_photo FROM border_crossing c JOIN border_traveller t ON t.id = c.traveller_id"
            + " JOIN border_document d ON d.id = c.document_id";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

    private final CrossingChecks checks;
    private final Travellers travellers;
    private final CounterSessions sessions;
    private final Entitlements entitlements;
    private final Sharing sharing;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MpakaProperties properties;

    public Crossings(
            CrossingChecks checks,
            Travellers travellers,
            CounterSessions sessions,
            Entitlements entitlements,
            Sharing sharing,
            ReferenceData referenceData,
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock,
            MpakaProperties properties) {
        this.checks = checks;
        this.travellers = travellers;
        this.sessions = sessions;
        this.entitlements = entitlements;
        this.sharing = sharing;
        this.referenceData = referenceData;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Records a decision. The checks run again here (they decide what needs a disposition), so a
     * client cannot skip them.
     *
     * @return the crossing; {@link CrossingView#replayed()} when the key was already used
     */
    public CrossingView record(MpakaPrincipal who, DecisionRequest request) {
        if (request.idempotencyKey() == null
                || !KEY.matcher(request.idempotencyKey()).matches()) {
            throw InvalidInputException.of(
                    "idempotencyKey", "required: 8-100 letters, digits or - _ . : (a new UUID per traveller)");
        }
        Optional<UUID> existing = findByKey(request.idempotencyKey());
        if (existing.isPresent()) {
            return replay(who, existing.get());
        }
        for (int attempt = 0; ; attempt++) {
            try {
                UUID id = tx.execute(status -> write(who, request));
                return view(who, id);
            } catch (DuplicateKeyException e) {
                Optional<UUID> raced = findByKey(request.idempotencyKey());
                if (raced.isPresent()) {
                    return replay(who, raced.get());
                }
                if (attempt > 0) {
                    throw e;
                }
                // another counter recorded the same new document at the same moment: try again
            }
        }
    }

    private CrossingView replay(MpakaPrincipal who, UUID id) {
        return view(who, id).withReplayed(true);
    }

    private Optional<UUID> findByKey(String key) {
        return jdbc.sql("SELECT id FROM border_crossing WHERE idempotency_key = ?")
                .param(key)
                .query(UUID.class)
                .optional();
    }

    private UUID write(MpakaPrincipal who, DecisionRequest r) {
        Instant now = clock.instant();
        if (r.capture() == null) {
            throw InvalidInputException.of("capture", "required: the document and where");
        }
        CrossingChecks.Evaluation evaluation = checks.evaluate(who, r.capture(), now);
        CheckOutcome outcome = evaluation.outcome();
        validate(r, outcome);
        CapturedDocument doc = outcome.document();
        Post post = referenceData.findPost(r.capture().postCode()).orElseThrow();
        Direction direction = outcome.direction();

        UUID travellerId;
        UUID documentId;
        Travellers.KnownDocument known = evaluation.knownDocument();
        if (known != null) {
            if (r.travellerId() != null && !r.travellerId().equals(known.travellerId())) {
                throw InvalidInputException.of(
                        "travellerId", "this document is already recorded for another person: " + known.travellerId());
            }
            travellerId = known.travellerId();
            documentId = known.documentId();
        } else {
            if (r.travellerId() != null) {
                if (travellers.find(r.travellerId()).isEmpty()) {
                    throw InvalidInputException.of("travellerId", "no such traveller: " + r.travellerId());
                }
                travellerId = r.travellerId();
            } else {
                travellerId = travellers.create(doc, who.agencyCode());
            }
            documentId = travellers.addDocument(travellerId, doc);
        }

        String status = switch (r.decision()) {
            case ADMIT -> "ADMITTED";
            case REFUSE -> "REFUSED";
            case REFER -> "REFERRED";
        };
        Entitlement ent = outcome.entitlement();
        UUID id = Ids.newId();

        CaptureRequest c = r.capture();
        jdbc.sql(
                        "INSERT INTO border_crossing (id, idempotency_key, post_code, counter_code, from_country, to_country,"
                                + " agency_code, officer, traveller_id, document_id, recorded_at, decision, status, reason_code,"
                                + " note, checks, entitlement, allowed_until, visa_type, visa_number, visa_valid_until, purpose,"
                                + " goods, sex, age_group, nationality, hours_override_id, pending_check_id, origin_site)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        r.idempotencyKey(),
                        post.code(),
                        c.counterCode(),
                        direction.from(),
                        direction.to(),
                        who.agencyCode(),
                        who.name(),
                        travellerId,
                        documentId,
                        Sql.utc(now),
                        r.decision().name(),
                        status,
                        r.reasonCode() == null ? null : r.reasonCode().name(),
                        blankToNull(r.note()),
                        outcome.checks().stream().map(Check::line).collect(Collectors.joining("\n")),
                        ent.label(),
                        ent.allowedUntil() == null ? null : Sql.utc(ent.allowedUntil()),
                        c.hasVisa() ? blankToNull(c.visaType()) : null,
                        c.hasVisa() ? c.visaNumber().strip() : null,
                        c.hasVisa() ? c.visaValidUntil() : null,
                        r.purpose().name(),
                        r.goods(),
                        doc.sex(),
                        ageGroup(
                                doc.birthYear(),
                                doc.birthDate(),
                                now.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                        doc.nationality(),
                        evaluation.override() == null
                                ? null
                                : evaluation.override().id(),
                        r.pendingCheckId(),
                        properties.site())
                .update();
        if (r.decision() == Decision.ADMIT) {
            insertMovements(id, post, direction, travellerId, now, ent.allowedUntil());
        }
        Map<String, DecisionRequest.HitDisposition> byKey = new HashMap<>();
        r.dispositions().forEach(d -> byKey.put(d.key(), d));
        for (ScreeningHit h : outcome.hits()) {
            DecisionRequest.HitDisposition d = byKey.get(h.key());
            jdbc.sql("INSERT INTO border_hit (id, crossing_id, agency_code, list_name, entry_id, category, score,"
                            + " match_class, matched_name, explanation, disposition, reason, origin_site)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            Ids.newId(),
                            id,
                            who.agencyCode(),
                            h.list(),
                            h.entryId(),
                            truncate(h.category(), 300),
                            h.score(),
                            h.matchClass(),
                            truncate(h.matchedName(), 400),
                            truncate(String.join("\n", h.explanation()), 4000),
                            d.disposition().name(),
                            d.reason().strip(),
                            properties.site())
                    .update();
        }
        if (r.photoJpeg() != null) {
            jdbc.sql("INSERT INTO border_photo (crossing_id, content_type, image, origin_site) VALUES (?, ?, ?, ?)")
                    .params(id, "image/jpeg", r.photoJpeg(), properties.site())
                    .update();
        }
        if (r.pendingCheckId() != null) {
            jdbc.sql("UPDATE border_pending_check SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
                    .params(Sql.utc(now), r.pendingCheckId())
                    .update();
        }
        sessions.touch(who, now);
        audit.record(new AuditEntry(
                who.name(),
                who.agencyCode(),
                null,
                "crossing.record",
                "crossing",
                id.toString(),
                r.reasonCode() == null ? null : r.reasonCode().name(),
                status + " " + direction + " at " + post.code() + "/" + c.counterCode()
                        + (outcome.hits().isEmpty() ? "" : ", " + outcome.hits().size() + " hit(s) dispositioned")));
        return id;
    }

    private void insertMovements(
            UUID crossingId, Post post, Direction direction, UUID travellerId, Instant at, Instant allowedUntil) {
        for (boolean exit : new boolean[] {true, false}) {
            String country = exit ? direction.from() : direction.to();
            PostSide side = post.sides().stream()
                    .filter(s -> s.countryCode().equals(country))
                    .findFirst()
                    .orElseThrow();
            jdbc.sql(
                            "INSERT INTO border_movement (id, crossing_id, agency_code, country_code, kind, post_code,"
                                    + " traveller_id, occurred_at, allowed_until, origin_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            Ids.newId(),
                            crossingId,
                            side.agencyCode(),
                            country,
                            exit ? "EXIT" : "ENTRY",
                            post.code(),
                            travellerId,
                            Sql.utc(at),
                            exit || allowedUntil == null ? null : Sql.utc(allowedUntil),
                            properties.site())
                    .update();
        }
    }

    private void validate(DecisionRequest r, CheckOutcome outcome) {
        if (outcome.checks().stream()
                .anyMatch(ch -> ch.kind() == Check.Kind.HOURS && ch.status() == Check.Status.FAIL)) {
            throw new ConflictException(
                    "post-closed", "The post is closed now; a supervisor must override the opening hours first.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.decision() == null) {
            errors.put("decision", "required: ADMIT, REFUSE or REFER");
        }
        if (r.purpose() == null) {
            errors.put("purpose", "required: " + EnumSet.allOf(Purpose.class));
        }
        boolean needsReason = r.decision() == Decision.REFUSE || r.decision() == Decision.REFER;
        if (needsReason && r.reasonCode() == null) {
            errors.put("reasonCode", "required to refuse or refer");
        }
        if (needsReason && (r.note() == null || r.note().isBlank())) {
            errors.put("note", "required to refuse or refer: say why");
        }
        if (r.note() != null && r.note().length() > 2000) {
            errors.put("note", "at most 2000 characters");
        }
        List<String> failed = outcome.checks().stream()
                .filter(ch -> ch.status() == Check.Status.FAIL
                        && ch.kind() != Check.Kind.WATCHLIST
                        && ch.kind() != Check.Kind.HOURS)
                .map(ch -> ch.kind().name())
                .toList();
        if (r.decision() == Decision.ADMIT
                && !failed.isEmpty()
                && (r.note() == null || r.note().isBlank())) {
            errors.put("note", "required to admit despite failed checks: " + String.join(", ", failed));
        }
        Set<String> hitKeys = outcome.hits().stream().map(ScreeningHit::key).collect(Collectors.toSet());
        Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < r.dispositions().size(); i++) {
            DecisionRequest.HitDisposition d = r.dispositions().get(i);
            String field = "dispositions[" + i + "]";
            if (d == null || d.key() == null || !hitKeys.contains(d.key())) {
                errors.put(field + ".key", "not a hit of this traveller: " + (d == null ? null : d.key()));
                continue;
            }
            if (!given.add(d.key())) {
                errors.put(field + ".key", "given twice: " + d.key());
            }
            if (d.disposition() == null) {
                errors.put(field + ".disposition", "required: TRUE_MATCH, FALSE_MATCH or NOT_SURE");
            }
            if (d.reason() == null || d.reason().isBlank()) {
                errors.put(field + ".reason", "required: why you judged the hit so");
            } else if (d.reason().length() > 1000) {
                errors.put(field + ".reason", "at most 1000 characters");
            }
        }
        List<String> missing =
                hitKeys.stream().filter(k -> !given.contains(k)).sorted().toList();
        if (!missing.isEmpty()) {
            errors.put("dispositions", "every hit needs a disposition; missing: " + String.join(", ", missing));
        }
        CaptureRequest c = r.capture();
        if (c.hasVisa() && (c.visaType() == null || c.visaType().isBlank())) {
            errors.put("visaType", "required with a visa number");
        }
        if (c.hasVisa() && c.visaNumber().length() > 40) {
            errors.put("visaNumber", "at most 40 characters");
        }
        if (r.photoJpeg() != null) {
            byte[] p = r.photoJpeg();
            if (p.length > MAX_PHOTO_BYTES) {
                errors.put("photo", "at most " + MAX_PHOTO_BYTES / 1000 + " kB (got " + p.length / 1000 + " kB)");
            } else if (p.length < 4 || (p[0] & 0xff) != 0xFF || (p[1] & 0xff) != 0xD8) {
                errors.put("photo", "not a JPEG image");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Age group for statistics. */
    static String ageGroup(int birthYear, String birthDate, LocalDate today) {
        if (birthYear == 0) {
            return "UNKNOWN";
        }
        int age;
        if (birthDate != null && birthDate.indexOf('X') < 0) {
            age = Period.between(LocalDate.parse(birthDate), today).getYears();
        } else {
            age = today.getYear() - birthYear;
        }
        if (age < 18) {
            return "0-17";
        }
        if (age < 35) {
            return "18-34";
        }
        return age < 60 ? "35-59" : "60+";
    }

    /** {@link #view} for a person looking at a crossing: the read is audited. */
    public CrossingView read(MpakaPrincipal who, UUID id, String client) {
        CrossingView v = view(who, id);
        audit.recordAlone(new AuditEntry(
                who.name(), who.agencyCode(), client, "crossing.read", "crossing", id.toString(), null, null));
        return v;
    }

    /** A crossing as the viewer's agency may see it; 403 when the viewer's agency is not at its post. */
    public CrossingView view(MpakaPrincipal who, UUID id) {
        CrossingView v = jdbc.sql(VIEW + " WHERE c.id = ?")
                .param(id)
                .query((rs, n) -> row(rs, who))
                .optional()
                .orElseThrow(() -> new NotFoundException("crossing " + id));
        List<CrossingView.HitRecord> hits = v.visibleFields().contains(SharedField.HITS)
                ? jdbc.sql("SELECT * FROM border_hit WHERE crossing_id = ? ORDER BY score DESC")
                        .param(id)
                        .query((rs, n) -> new CrossingView.HitRecord(
                                rs.getString("list_name") + ":" + rs.getString("entry_id"),
                                rs.getString("category"),
                                rs.getDouble("score"),
                                rs.getString("match_class"),
                                rs.getString("matched_name"),
                                List.of(rs.getString("explanation").split("\n")),
                                rs.getString("disposition"),
                                rs.getString("reason")))
                        .list()
                : List.of();
        List<CrossingView.Movement> movements = jdbc.sql(
                        "SELECT * FROM border_movement WHERE crossing_id = ? ORDER BY kind DESC")
                .param(id)
                .query((rs, n) -> new CrossingView.Movement(
                        rs.getString("kind"),
                        rs.getString("country_code"),
                        rs.getString("agency_code"),
                        Sql.instant(rs, "occurred_at"),
                        Sql.instant(rs, "allowed_until")))
                .list();
        return new CrossingView(
                v.id(),
                v.recordedAt(),
                v.postCode(),
                v.counterCode(),
                v.direction(),
                v.agencyCode(),
                v.officer(),
                v.visibleFields(),
                v.decision(),
                v.status(),
                v.traveller(),
                v.document(),
                v.reasonCode(),
                v.note(),
                v.referral(),
                v.purpose(),
                v.goods(),
                v.visa(),
                hits,
                v.photo(),
                v.checks(),
                v.entitlement(),
                v.allowedUntil(),
                movements,
                false);
    }

    private CrossingView row(ResultSet rs, MpakaPrincipal who) throws SQLException {
        String post = rs.getString("post_code");
        String owner = rs.getString("agency_code");
        requireAtPost(who, post);
        Set<SharedField> f = sharing.visible(post, owner, who.agencyCode());
        boolean own = owner.equals(who.agencyCode());
        java.sql.Date expiry = rs.getDate("expiry_date");
        java.sql.Date visaUntil = rs.getDate("visa_valid_until");
        return new CrossingView(
                rs.getObject("id", UUID.class),
                Sql.instant(rs, "recorded_at"),
                post,
                rs.getString("counter_code"),
                new Direction(rs.getString("from_country"), rs.getString("to_country")),
                owner,
                own ? rs.getString("officer") : null,
                f,
                f.contains(SharedField.DECISION) ? rs.getString("decision") : null,
                f.contains(SharedField.DECISION) ? rs.getString("status") : null,
                f.contains(SharedField.IDENTITY)
                        ? new CrossingView.Person(
                                rs.getObject("traveller_id", UUID.class),
                                rs.getString("family_name"),
                                rs.getString("given_names"),
                                rs.getString("birth_date"),
                                rs.getString("sex"),
                                rs.getString("nationality"),
                                rs.getString("age_group"))
                        : null,
                f.contains(SharedField.DOCUMENT)
                        ? new CrossingView.Document(
                                rs.getString("doc_type"),
                                rs.getString("number"),
                                rs.getString("issuing_state"),
                                expiry == null ? null : expiry.toLocalDate())
                        : null,
                f.contains(SharedField.NOTES) ? rs.getString("reason_code") : null,
                f.contains(SharedField.NOTES) ? rs.getString("note") : null,
                f.contains(SharedField.DECISION) && rs.getString("referral_outcome") != null
                        ? new CrossingView.Referral(
                                rs.getString("referral_outcome"),
                                rs.getString("referral_closed_by"),
                                Sql.instant(rs, "referral_closed_at"),
                                f.contains(SharedField.NOTES) ? rs.getString("referral_note") : null)
                        : null,
                f.contains(SharedField.PURPOSE) ? rs.getString("purpose") : null,
                f.contains(SharedField.PURPOSE) ? rs.getBoolean("goods") : null,
                f.contains(SharedField.VISA) && rs.getString("visa_number") != null
                        ? new CrossingView.Visa(
                                rs.getString("visa_type"),
                                rs.getString("visa_number"),
                                visaUntil == null ? null : visaUntil.toLocalDate())
                        : null,
                List.of(),
                f.contains(SharedField.PHOTO) && rs.getBoolean("has_photo"),
                own ? List.of(rs.getString("checks").split("\n")) : List.of(),
                own ? rs.getString("entitlement") : null,
                own ? Sql.instant(rs, "allowed_until") : null,
                List.of(),
                false);
    }

    private void requireAtPost(MpakaPrincipal who, String postCode) {
        Post post = referenceData.findPost(postCode).orElseThrow();
        if (post.sideOf(who.agencyCode()).isEmpty()) {
            throw new AccessDeniedException("your agency does not work at " + postCode);
        }
        if (!who.machine() && !who.has(Role.ANALYST) && !who.postCodes().contains(postCode)) {
            throw new AccessDeniedException("you do not work at " + postCode);
        }
    }

    /** The photo of a crossing, when the viewer may see it. */
    public Optional<byte[]> photo(MpakaPrincipal who, UUID id) {
        CrossingView v = view(who, id);
        if (!v.photo()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT image FROM border_photo WHERE crossing_id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /**
     * Crossings at a post between two instants, newest first, as the viewer may see them (without
     * hits and movements: {@link #view} has those).
     */
    public List<CrossingView> list(
            MpakaPrincipal who, String postCode, Instant from, Instant to, String search, int limit) {
        requireAtPost(who, postCode);
        String q = search == null ? "" : search.strip().toUpperCase(java.util.Locale.ROOT);
        if (!q.isEmpty()) {
            audit.recordAlone(new AuditEntry(
                    who.name(), who.agencyCode(), null, "crossing.search", "post", postCode, null, "q=" + q));
        }
        List<CrossingView> views = q.isEmpty()
                ? jdbc.sql(VIEW + " WHERE c.post_code = ? AND c.recorded_at >= ? AND c.recorded_at < ?"
                                + " ORDER BY c.recorded_at DESC LIMIT ?")
                        .params(postCode, Sql.utc(from), Sql.utc(to), limit)
                        .query((rs, n) -> row(rs, who))
                        .list()
                : jdbc.sql(VIEW + " WHERE c.post_code = ? AND c.recorded_at >= ? AND c.recorded_at < ?"
                                + " AND (d.number = ? OR UPPER(t.family_name) LIKE ? OR UPPER(t.given_names) LIKE ?)"
                                + " ORDER BY c.recorded_at DESC LIMIT ?")
                        .params(postCode, Sql.utc(from), Sql.utc(to), q, "%" + q + "%", "%" + q + "%", limit)
                        .query((rs, n) -> row(rs, who))
                        .list();
        // searching by name or number must not reveal crossings whose identity is not shared
        return q.isEmpty()
                ? views
                : views.stream().filter(v -> v.traveller() != null).toList();
    }

    /** Referrals of the principal's agency at a post still waiting for a supervisor. */
    public List<CrossingView> openReferrals(MpakaPrincipal who, String postCode) {
        requireAtPost(who, postCode);
        return jdbc
                .sql("SELECT id FROM border_crossing WHERE post_code = ? AND agency_code = ? AND status = 'REFERRED'"
                        + " ORDER BY recorded_at")
                .params(postCode, who.agencyCode())
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> view(who, id))
                .toList();
    }

    /**
     * A supervisor of the agency that referred the traveller closes the referral: admitted (the
     * movements are recorded now) or refused.
     */
    public CrossingView closeReferral(MpakaPrincipal who, UUID id, String outcome, String note) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("only a supervisor closes referrals");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"ADMITTED".equals(outcome) && !"REFUSED".equals(outcome)) {
            errors.put("outcome", "must be ADMITTED or REFUSED");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "required: what secondary inspection found");
        } else if (note.length() > 2000) {
            errors.put("note", "at most 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tx.executeWithoutResult(s -> {
            CrossingView v = view(who, id);
            if (!v.agencyCode().equals(who.agencyCode())) {
                throw new AccessDeniedException("another agency referred this traveller");
            }
            if (!who.postCodes().contains(v.postCode())) {
                throw new AccessDeniedException("you do not work at " + v.postCode());
            }
            Instant now = clock.instant();
            int changed = jdbc.sql(
                            "UPDATE border_crossing SET status = ?, referral_outcome = ?, referral_closed_by = ?,"
                                    + " referral_closed_at = ?, referral_note = ? WHERE id = ? AND status = 'REFERRED'")
                    .params(outcome, outcome, who.name(), Sql.utc(now), note.strip(), id)
                    .update();
            if (changed == 0) {
                throw new ConflictException("referral-closed", "This referral is already closed.");
            }
            if (outcome.equals("ADMITTED")) {
                Post post = referenceData.findPost(v.postCode()).orElseThrow();
                PostSide entry = post.sides().stream()
                        .filter(x -> x.countryCode().equals(v.direction().to()))
                        .findFirst()
                        .orElseThrow();
                DocumentType type = DocumentType.valueOf(v.document().type());
                LocalDate visaUntil = jdbc.sql("SELECT visa_valid_until FROM border_crossing WHERE id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .optional()
                        .orElse(null);
                Entitlement ent = entitlements.evaluate(
                        post.code(),
                        v.direction().to(),
                        entry.timeZone(),
                        v.traveller().nationality(),
                        type.category(),
                        now,
                        visaUntil);
                insertMovements(id, post, v.direction(), v.traveller().id(), now, ent.allowedUntil());
            }
            audit.record(new AuditEntry(
                    who.name(),
                    who.agencyCode(),
                    null,
                    "referral.close",
                    "crossing",
                    id.toString(),
                    note.strip(),
                    outcome));
        });
        return view(who, id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
