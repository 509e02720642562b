package org.mpaka.border.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mpaka.border.CheckOutcome;
import org.mpaka.border.CounterSession;
import org.mpaka.border.CounterSessions;
import org.mpaka.border.CrossingChecks;
import org.mpaka.border.CrossingView;
import org.mpaka.border.Crossings;
import org.mpaka.border.DecisionRequest;
import org.mpaka.border.Disposition;
import org.mpaka.border.DocumentType;
import org.mpaka.border.Purpose;
import org.mpaka.border.ReasonCode;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.ConflictException;
import org.mpaka.shared.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counter page: pick post, counter and direction; scan or type a document; see every check;
 * disposition hits; decide. htmx swaps only the result part, so a scan costs one small request.
 */
@Controller
class CounterPages {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CounterPages.class);

    private final CounterSessions sessions;
    private final CrossingChecks checks;
    private final Crossings crossings;
    private final ReferenceData referenceData;

    private final org.springframework.beans.factory.ObjectProvider<org.mpaka.border.SampleDocuments> samples;

    CounterPages(
            CounterSessions sessions,
            CrossingChecks checks,
            Crossings crossings,
            ReferenceData referenceData,
            org.springframework.beans.factory.ObjectProvider<org.mpaka.border.SampleDocuments> samples) {
        this.samples = samples;
        this.sessions = sessions;
        this.checks = checks;
        this.crossings = crossings;
        this.referenceData = referenceData;
    }

    @GetMapping("/counter")
    String counter(MpakaPrincipal me, @RequestParam(required = false) String change, Model model) {
        Optional<CounterSession> current = sessions.current(me);
        if (current.isEmpty() || change != null) {
            return setup(me, model, Map.of());
        }
        CounterSession s = current.get();
        model.addAttribute("desk", s);
        model.addAttribute("post", referenceData.findPost(s.postCode()).orElseThrow());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute(
                "samples", samples.stream().flatMap(d -> d.samples().stream()).toList());
        return "counter/counter";
    }

    private String setup(MpakaPrincipal me, Model model, Map<String, String> errors) {
        List<Post> posts = referenceData.posts().stream()
                .filter(p -> me.postCodes().contains(p.code())
                        && p.sideOf(me.agencyCode()).isPresent())
                .toList();
        model.addAttribute("posts", posts);
        model.addAttribute("latest", sessions.latest(me).orElse(null));
        model.addAttribute("fieldErrors", errors.isEmpty() ? null : errors);
        return "counter/setup";
    }

    @PostMapping("/counter/session")
    String start(
            MpakaPrincipal me,
            @RequestParam(required = false) String postCode,
            @RequestParam(required = false) String counterCode,
            @RequestParam(required = false) String direction,
            Model model) {
        try {
            sessions.start(me, postCode, counterCode, direction);
        } catch (InvalidInputException e) {
            return setup(me, model, e.fieldErrors());
        }
        return "redirect:/counter";
    }

    /** A scan or a typed document: the result fragment with every check. */
    @PostMapping("/counter/check")
    String check(MpakaPrincipal me, @RequestParam MultiValueMap<String, String> form, Model model) {
        FormReader in = new FormReader(form);
        try {
            CheckOutcome outcome = checks.check(me, in.capture());
            return result(model, outcome, form, UUID.randomUUID().toString(), Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            return "counter/result :: invalid";
        } catch (DataAccessException | TransactionException e) {
            log.error("database failed while checking a traveller", e);
            return "counter/result :: unavailable";
        }
    }

    private String result(
            Model model,
            CheckOutcome outcome,
            MultiValueMap<String, String> form,
            String key,
            Map<String, String> errors) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("fieldErrors", errors.isEmpty() ? null : errors);
        return "counter/result :: result";
    }

    /** The officer's decision; the done fragment, or the result again with the errors. */
    @PostMapping("/counter/decide")
    String decide(MpakaPrincipal me, @RequestParam MultiValueMap<String, String> form, Model model) {
        FormReader in = new FormReader(form);
        DecisionRequest request;
        try {
            request = in.decision();
            CrossingView crossing = crossings.record(me, request);
            model.addAttribute("crossing", crossing);
            return "counter/result :: done";
        } catch (InvalidInputException | ConflictException e) {
            Map<String, String> errors =
                    e instanceof InvalidInputException i ? i.fieldErrors() : Map.of("decision", e.getMessage());
            try {
                CheckOutcome outcome = checks.recheck(me, in.capture(), in.id("pendingCheckId"));
                return result(model, outcome, form, form.getFirst("idempotencyKey"), errors);
            } catch (InvalidInputException again) {
                Map<String, String> all = new LinkedHashMap<>(errors);
                all.putAll(again.fieldErrors());
                model.addAttribute("fieldErrors", all);
                return "counter/result :: invalid";
            }
        } catch (DataAccessException | TransactionException e) {
            log.error("database failed while recording a crossing", e);
            return "counter/result :: unavailable";
        }
    }
}
