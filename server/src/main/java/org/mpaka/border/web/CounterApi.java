package org.mpaka.border.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mpaka.border.CapturedDocument;
import org.mpaka.border.CheckOutcome;
import org.mpaka.border.CounterSession;
import org.mpaka.border.CounterSessions;
import org.mpaka.border.CrossingChecks;
import org.mpaka.border.CrossingView;
import org.mpaka.border.Crossings;
import org.mpaka.border.DocumentCapture;
import org.mpaka.border.Entitlements;
import org.mpaka.border.HoursOverride;
import org.mpaka.border.PostDashboard;
import org.mpaka.border.SharedField;
import org.mpaka.border.Sharing;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the counter: sessions, checks, crossings, referrals, the supervisor's dashboard. */
@RestController
class CounterApi {

    private final CounterSessions sessions;
    private final CrossingChecks checks;
    private final Crossings crossings;
    private final DocumentCapture capture;
    private final PostDashboard dashboard;
    private final Sharing sharing;
    private final Entitlements entitlements;
    private final ReferenceData referenceData;

    CounterApi(
            CounterSessions sessions,
            CrossingChecks checks,
            Crossings crossings,
            DocumentCapture capture,
            PostDashboard dashboard,
            Sharing sharing,
            Entitlements entitlements,
            ReferenceData referenceData) {
        this.sessions = sessions;
        this.checks = checks;
        this.crossings = crossings;
        this.capture = capture;
        this.dashboard = dashboard;
        this.sharing = sharing;
        this.entitlements = entitlements;
        this.referenceData = referenceData;
    }

    record SessionRequest(String postCode, String counterCode, String direction) {}

    /** The caller's open counter session. */
    @GetMapping("/api/v1/counter/session")
    CounterSession session(MpakaPrincipal me) {
        return sessions.current(me).orElseThrow(() -> new NotFoundException("no open counter session"));
    }

    /** Starts working at a counter (ends the previous session). */
    @PutMapping("/api/v1/counter/session")
    CounterSession startSession(@RequestBody SessionRequest body, MpakaPrincipal me) {
        return sessions.start(me, body.postCode(), body.counterCode(), body.direction());
    }

    @DeleteMapping("/api/v1/counter/session")
    ResponseEntity<Void> endSession(MpakaPrincipal me) {
        sessions.end(me);
        return ResponseEntity.noContent().build();
    }

    record MrzRequest(String mrz) {}

    /** Reads an MRZ (fast; for showing the document as the reader types it). */
    @PostMapping("/api/v1/counter/mrz")
    CapturedDocument readMrz(@RequestBody MrzRequest body) {
        if (body.mrz() == null || body.mrz().isBlank()) {
            throw InvalidInputException.of("mrz", "required");
        }
        return capture.fromMrz(body.mrz());
    }

    /** Runs every check on a traveller; writes nothing but a note when there are hits. */
    @PostMapping("/api/v1/counter/checks")
    CheckOutcome check(@RequestBody CrossingRequest body, MpakaPrincipal me) {
        return checks.check(me, body.capture());
    }

    /**
     * Records the decision. 201 with the crossing; 200 with the same crossing when the idempotency
     * key (field {@code idempotencyKey} or header {@code Idempotency-Key}) was already used.
     */
    @PostMapping("/api/v1/crossings")
    ResponseEntity<CrossingView> record(
            @RequestBody CrossingRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            MpakaPrincipal me) {
        CrossingView v = crossings.record(me, body.decision(key));
        return ResponseEntity.status(v.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(v);
    }

    /** Crossings at a post on a day (post's local date; today by default), optionally searched. */
    @GetMapping("/api/v1/crossings")
    List<CrossingView> list(
            @RequestParam String post,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "100") int limit,
            MpakaPrincipal me) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.of("limit", "between 1 and 1000");
        }
        ZoneId zone = referenceData
                .findPost(post)
                .flatMap(p -> p.sideOf(me.agencyCode()))
                .map(s -> s.timeZone())
                .orElseThrow(() -> InvalidInputException.of("post", "not a post of your agency: " + post));
        LocalDate day = date != null ? date : LocalDate.now(zone);
        Instant from = day.atStartOfDay(zone).toInstant();
        return crossings.list(me, post, from, day.plusDays(1).atStartOfDay(zone).toInstant(), q, limit);
    }

    @GetMapping("/api/v1/crossings/{id}")
    CrossingView crossing(@PathVariable UUID id, MpakaPrincipal me, jakarta.servlet.http.HttpServletRequest request) {
        return crossings.read(me, id, request.getRemoteAddr());
    }

    @GetMapping("/api/v1/crossings/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, MpakaPrincipal me) {
        return crossings
                .photo(me, id)
                .map(p -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(p))
                .orElseThrow(() -> new NotFoundException("no photo you may see for crossing " + id));
    }

    record ReferralOutcome(String outcome, String note) {}

    /** A supervisor closes a referral. */
    @PostMapping("/api/v1/crossings/{id}/referral")
    CrossingView closeReferral(@PathVariable UUID id, @RequestBody ReferralOutcome body, MpakaPrincipal me) {
        return crossings.closeReferral(me, id, body.outcome(), body.note());
    }

    @GetMapping("/api/v1/posts/{code}/dashboard")
    PostDashboard.Dashboard dashboard(@PathVariable String code, MpakaPrincipal me) {
        return dashboard.dashboard(me, code);
    }

    /** Travellers who entered your agency's country at the post and stayed past the allowed end. */
    @GetMapping("/api/v1/posts/{code}/overstays")
    List<PostDashboard.Overstay> overstays(
            @PathVariable String code, @RequestParam(defaultValue = "200") int limit, MpakaPrincipal me) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.of("limit", "between 1 and 1000");
        }
        return dashboard.overstays(me, code, limit);
    }

    record OverrideRequest(String reason, Integer minutes) {}

    /** A supervisor lets the agency work outside the post's opening hours for a while. */
    @PostMapping("/api/v1/posts/{code}/hours-override")
    @ResponseStatus(HttpStatus.CREATED)
    HoursOverride override(@PathVariable String code, @RequestBody OverrideRequest body, MpakaPrincipal me) {
        Duration d = body.minutes() == null ? null : Duration.ofMinutes(body.minutes());
        return sessions.grantOverride(me, code, body.reason(), d);
    }

    @GetMapping("/api/v1/posts/{code}/sharing")
    List<Sharing.Agreement> sharing(@PathVariable String code) {
        return sharing.agreements(code);
    }

    record SharingRequest(String toAgency, java.util.Set<SharedField> fields) {}

    /** An administrator sets what the agency shares with the other agency at the post. */
    @PutMapping("/api/v1/posts/{code}/sharing")
    Sharing.Agreement changeSharing(@PathVariable String code, @RequestBody SharingRequest body, MpakaPrincipal me) {
        return sharing.change(me, code, body.toAgency(), body.fields());
    }

    @GetMapping("/api/v1/entitlement-rules")
    List<Entitlements.Rule> rules() {
        return entitlements.rules();
    }
}
