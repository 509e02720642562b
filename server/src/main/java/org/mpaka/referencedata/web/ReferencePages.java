package org.mpaka.referencedata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalTime;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrator pages listing agencies and posts with their sides, hours and counters. */
@Controller
class ReferencePages {

    private final ReferenceData referenceData;

    ReferencePages(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/admin/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", referenceData.agencies());
        return "referencedata/agencies";
    }

    @GetMapping("/admin/posts")
    String posts(MpakaPrincipal me, Model model) {
        model.addAttribute("posts", referenceData.posts());
        model.addAttribute("myAgency", me.agencyCode());
        return "referencedata/posts";
    }

    @PostMapping("/admin/posts/{code}/sides/{country}/hours")
    String changeHours(
            @PathVariable String code,
            @PathVariable String country,
            @RequestParam(defaultValue = "false") boolean openAllDay,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime opensAt,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime closesAt,
            MpakaPrincipal me,
            HttpServletRequest request,
            Model model) {
        try {
            referenceData.changeOpeningHours(
                    code, country, openAllDay, opensAt, closesAt, me.name(), me.agencyCode(), request.getRemoteAddr());
            model.addAttribute("changed", code + "/" + country);
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
        }
        return posts(me, model);
    }
}
