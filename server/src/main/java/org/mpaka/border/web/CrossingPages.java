package org.mpaka.border.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mpaka.border.CounterSessions;
import org.mpaka.border.CrossingView;
import org.mpaka.border.Crossings;
import org.mpaka.border.HoursOverride;
import org.mpaka.border.PostDashboard;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the crossing history, one crossing, and the supervisor's live view. */
@Controller
class CrossingPages {

    private final Crossings crossings;
    private final PostDashboard dashboard;
    private final CounterSessions sessions;
    private final ReferenceData referenceData;

    CrossingPages(Crossings crossings, PostDashboard dashboard, CounterSessions sessions, ReferenceData referenceData) {
        this.crossings = crossings;
        this.dashboard = dashboard;
        this.sessions = sessions;
        this.referenceData = referenceData;
    }

    private List<Post> postsOf(MpakaPrincipal me) {
        return referenceData.posts().stream()
                .filter(p -> p.sideOf(me.agencyCode()).isPresent()
                        && (me.postCodes().contains(p.code()) || me.has(Role.ANALYST)))
                .toList();
    }

    private Post choosePost(MpakaPrincipal me, String code) {
        List<Post> posts = postsOf(me);
        if (posts.isEmpty()) {
            throw new NotFoundException("no post of yours");
        }
        return posts.stream().filter(p -> p.code().equals(code)).findFirst().orElse(posts.get(0));
    }

    @GetMapping("/crossings")
    String list(
            MpakaPrincipal me,
            @RequestParam(required = false) String post,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String q,
            Model model) {
        Post p = choosePost(me, post);
        ZoneId zone = p.sideOf(me.agencyCode()).orElseThrow().timeZone();
        LocalDate day = date != null ? date : LocalDate.now(zone);
        model.addAttribute("posts", postsOf(me));
        model.addAttribute("post", p.code());
        model.addAttribute("date", day);
        model.addAttribute("q", q);
        model.addAttribute(
                "crossings",
                crossings.list(
                        me,
                        p.code(),
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant(),
                        q,
                        200));
        return "crossings/list";
    }

    @GetMapping("/crossings/{id}")
    String crossing(
            MpakaPrincipal me, @PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        CrossingView c = crossings.read(me, id, request.getRemoteAddr());
        model.addAttribute("c", c);
        model.addAttribute("canClose", me.has(Role.SUPERVISOR) && c.agencyCode().equals(me.agencyCode()));
        return "crossings/detail";
    }

    @PostMapping("/crossings/{id}/referral")
    String closeReferral(
            MpakaPrincipal me,
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        try {
            crossings.closeReferral(me, id, outcome, note);
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            return crossing(me, id, model, request);
        }
        return "redirect:/crossings/" + id;
    }

    @GetMapping("/supervisor")
    String supervisor(MpakaPrincipal me, @RequestParam(required = false) String post, Model model) {
        Post p = choosePost(me, post);
        model.addAttribute("post", p);
        model.addAttribute("d", dashboard.dashboard(me, p.code()));
        return "supervisor/dashboard";
    }

    /** The part of the supervisor's page that refreshes itself. */
    @GetMapping("/supervisor/live")
    String live(MpakaPrincipal me, @RequestParam String post, Model model) {
        model.addAttribute("d", dashboard.dashboard(me, post));
        return "supervisor/dashboard :: live";
    }

    @PostMapping("/supervisor/override")
    String override(
            MpakaPrincipal me,
            @RequestParam String post,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer minutes,
            Model model,
            RedirectAttributes redirect) {
        try {
            HoursOverride o =
                    sessions.grantOverride(me, post, reason, minutes == null ? null : Duration.ofMinutes(minutes));
            redirect.addFlashAttribute("overridden", o);
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            return supervisor(me, post, model);
        }
        return "redirect:/supervisor?post=" + post;
    }
}
