package org.mpaka.border;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.Hit;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.Sql;
import org.mpaka.watchlist.Watchlists;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs every check on a traveller at once: document, watchlists, entitlement, open stay, opening
 * hours. Reads only, except that a scan with watchlist hits is noted as pending for the
 * supervisor until its crossing is recorded.
 */
@Service
public class CrossingChecks {

    /** Documents expiring within this many days get a warning. */
    static final int EXPIRY_WARNING_DAYS = 30;

    private static final int MAX_HITS = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final DocumentCapture capture;
    private final Travellers travellers;
    private final History history;
    private final Watchlists watchlists;
    private final Entitlements entitlements;
    private final CounterSessions sessions;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final MpakaProperties properties;

    public CrossingChecks(
            DocumentCapture capture,
            Travellers travellers,
            History history,
            Watchlists watchlists,
            Entitlements entitlements,
            CounterSessions sessions,
            MessageSource messages,
            Clock clock,
            JdbcClient jdbc,
            MpakaProperties properties) {
        this.capture = capture;
        this.travellers = travellers;
        this.history = history;
        this.watchlists = watchlists;
        this.entitlements = entitlements;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Checks a traveller at the counter and notes a scan with hits as pending. */
    public CheckOutcome check(MpakaPrincipal who, CaptureRequest request) {
        CheckOutcome outcome = evaluate(who, request, clock.instant()).outcome();
        if (outcome.hits().isEmpty()) {
            return outcome;
        }
        UUID pending = Ids.newId();
        jdbc.sql("INSERT INTO border_pending_check (id, post_code, counter_code, agency_code, officer, traveller_name,"
                        + " hit_count, best_class, created_at, origin_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        pending,
                        request.postCode(),
                        request.counterCode(),
                        who.agencyCode(),
                        who.name(),
                        outcome.document().fullName(),
                        outcome.hits().size(),
                        outcome.hits().get(0).matchClass(),
                        Sql.utc(clock.instant()),
                        properties.site())
                .update();
        return outcome.withPendingCheck(pending);
    }

    /**
     * Runs the checks again for a scan already shown (e.g. to show the decision form with its
     * errors), keeping the pending note of the first run instead of adding one.
     */
    public CheckOutcome recheck(MpakaPrincipal who, CaptureRequest request, UUID pendingCheckId) {
        CheckOutcome o = evaluate(who, request, clock.instant()).outcome();
        return o.withPendingCheck(o.hits().isEmpty() ? null : pendingCheckId);
    }

    /**
     * What the checks found, with what recording the crossing needs of it.
     *
     * @param knownDocument the document as already recorded, null when it is new
     * @param override the supervisor's override in force when the post side is closed, else null
     */
    record Evaluation(CheckOutcome outcome, Travellers.KnownDocument knownDocument, HoursOverride override) {}

    /** Runs the checks without writing anything. */
    Evaluation evaluate(MpakaPrincipal who, CaptureRequest request, Instant now) {
        Direction direction = Direction.parse(request.direction())
                .orElseThrow(() -> InvalidInputException.of("direction", "must be two country codes such as RWA-COD"));
        Post post = sessions.requireWorkplace(who, request.postCode(), request.counterCode(), direction);
        CapturedDocument doc = capture.capture(request);
        PostSide ownSide = sessions.sideOf(post, who.agencyCode());
        PostSide entrySide = post.sides().stream()
                .filter(s -> s.countryCode().equals(direction.to()))
                .findFirst()
                .orElseThrow();
        ZoneId zone = ownSide.timeZone();

        Travellers.KnownDocument known = travellers
                .findDocument(doc.type(), doc.number(), doc.issuingState())
                .orElse(null);
        Traveller traveller =
                known == null ? null : travellers.find(known.travellerId()).orElse(null);
        List<Travellers.Candidate> candidates = traveller == null ? travellers.candidates(doc) : List.of();
        List<CrossingSummary> last =
                traveller == null ? List.of() : history.lastCrossings(traveller.id(), who.agencyCode(), 5);

        List<Check> checks = new ArrayList<>();
        checks.add(documentCheck(doc, now.atZone(zone).toLocalDate()));
        List<ScreeningHit> hits = screen(doc);
        checks.add(
                hits.isEmpty()
                        ? check(Check.Kind.WATCHLIST, Check.Status.PASS, "check.watchlist.clear")
                        : check(Check.Kind.WATCHLIST, Check.Status.FAIL, "check.watchlist.hits", hits.size()));
        Entitlement entitlement = entitlements.evaluate(
                post.code(),
                direction.to(),
                entrySide.timeZone(),
                doc.nationality(),
                doc.type().category(),
                now,
                request.hasVisa() ? request.visaValidUntil() : null);
        checks.add(entitlementCheck(
                entitlement, request, now.atZone(entrySide.timeZone()).toLocalDate(), entrySide.timeZone()));
        checks.add(stayCheck(traveller, direction, now, zone));
        HoursOverride override = ownSide.isOpenAt(now)
                ? null
                : sessions.activeOverride(post.code(), who.agencyCode(), now).orElse(null);
        checks.add(hoursCheck(ownSide, override, now, zone));
        return new Evaluation(
                new CheckOutcome(doc, direction, traveller, candidates, last, checks, hits, entitlement, null),
                known,
                override);
    }

    private Check documentCheck(CapturedDocument doc, LocalDate today) {
        if (!doc.problems().isEmpty()) {
            return check(
                    Check.Kind.DOCUMENT, Check.Status.FAIL, "check.document.faults", String.join("; ", doc.problems()));
        }
        if (doc.expiryDate() == null) {
            return check(Check.Kind.DOCUMENT, Check.Status.PASS, "check.document.noExpiry");
        }
        if (doc.expiryDate().isBefore(today)) {
            return check(Check.Kind.DOCUMENT, Check.Status.FAIL, "check.document.expired", doc.expiryDate());
        }
        if (!doc.expiryDate().isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
            return check(Check.Kind.DOCUMENT, Check.Status.WARN, "check.document.expiresSoon", doc.expiryDate());
        }
        return check(Check.Kind.DOCUMENT, Check.Status.PASS, "check.document.valid", doc.expiryDate());
    }

    private List<ScreeningHit> screen(CapturedDocument doc) {
        PartialDate birth = doc.birthDate() == null
                ? null
                : PartialDate.parse(partial(doc.birthDate())).orElse(null);
        PersonQuery query = new PersonQuery(
                "",
                doc.givenNames(),
                doc.familyName(),
                birth,
                Sex.parse(doc.sex()),
                doc.nationality(),
                List.of(new DocumentRef(doc.number(), doc.type().screeningType(), doc.issuingState())));
        List<Hit> hits = watchlists.screen(query, MAX_HITS);
        return hits.stream().map(ScreeningHit::of).toList();
    }

    /** {@code 1974-05-XX} → {@code 1974-05}; {@code 1974-XX-XX} → {@code 1974}. */
    static String partial(String iso) {
        if (iso.length() == 10 && iso.indexOf('X') < 0) {
            return iso;
        }
        if (iso.length() >= 7 && iso.charAt(5) != 'X') {
            return iso.substring(0, 7);
        }
        return iso.substring(0, 4);
    }

    private Check entitlementCheck(Entitlement e, CaptureRequest request, LocalDate today, ZoneId zone) {
        if (e.visaRequired()) {
            if (!request.hasVisa()) {
                return check(Check.Kind.ENTITLEMENT, Check.Status.FAIL, "check.entitlement.visaMissing", e.label());
            }
            if (request.visaValidUntil() == null) {
                return check(
                        Check.Kind.ENTITLEMENT,
                        Check.Status.WARN,
                        "check.entitlement.visaNoDate",
                        e.label(),
                        request.visaNumber());
            }
            if (request.visaValidUntil().isBefore(today)) {
                return check(
                        Check.Kind.ENTITLEMENT,
                        Check.Status.FAIL,
                        "check.entitlement.visaExpired",
                        e.label(),
                        request.visaValidUntil());
            }
            return check(
                    Check.Kind.ENTITLEMENT,
                    Check.Status.PASS,
                    "check.entitlement.visa",
                    e.label(),
                    request.visaNumber(),
                    request.visaValidUntil());
        }
        if (e.allowedUntil() == null) {
            return check(Check.Kind.ENTITLEMENT, Check.Status.PASS, "check.entitlement.open", e.label());
        }
        return check(
                Check.Kind.ENTITLEMENT,
                Check.Status.PASS,
                "check.entitlement.until",
                e.label(),
                when(e.allowedUntil(), zone));
    }

    private Check stayCheck(Traveller traveller, Direction direction, Instant now, ZoneId zone) {
        if (traveller == null) {
            return check(Check.Kind.OPEN_STAY, Check.Status.PASS, "check.stay.none");
        }
        Optional<History.Movement> inLeaving = history.lastMovement(traveller.id(), direction.from());
        if (inLeaving.isPresent() && inLeaving.get().kind().equals("ENTRY")) {
            History.Movement m = inLeaving.get();
            if (m.allowedUntil() != null && now.isAfter(m.allowedUntil())) {
                return check(
                        Check.Kind.OPEN_STAY,
                        Check.Status.FAIL,
                        "check.stay.overstay",
                        direction.from(),
                        when(m.occurredAt(), zone),
                        when(m.allowedUntil(), zone),
                        String.valueOf(m.entitlement()));
            }
            return check(
                    Check.Kind.OPEN_STAY,
                    Check.Status.PASS,
                    "check.stay.within",
                    direction.from(),
                    when(m.occurredAt(), zone));
        }
        Optional<History.Movement> inEntering = history.lastMovement(traveller.id(), direction.to());
        if (inEntering.isPresent() && inEntering.get().kind().equals("ENTRY")) {
            return check(
                    Check.Kind.OPEN_STAY,
                    Check.Status.WARN,
                    "check.stay.noExit",
                    direction.to(),
                    when(inEntering.get().occurredAt(), zone));
        }
        return check(Check.Kind.OPEN_STAY, Check.Status.PASS, "check.stay.none");
    }

    private Check hoursCheck(PostSide side, HoursOverride override, Instant now, ZoneId zone) {
        if (side.isOpenAt(now)) {
            return check(Check.Kind.HOURS, Check.Status.PASS, "check.hours.open", side.hours());
        }
        if (override != null) {
            return check(
                    Check.Kind.HOURS,
                    Check.Status.WARN,
                    "check.hours.override",
                    side.hours(),
                    override.grantedBy(),
                    when(override.validUntil(), zone));
        }
        return check(Check.Kind.HOURS, Check.Status.FAIL, "check.hours.closed", side.hours());
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    private Check check(Check.Kind kind, Check.Status status, String code, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = String.valueOf(args[i]);
        }
        return new Check(kind, status, messages.getMessage(code, a, Locale.ENGLISH), code, a);
    }
}
