package org.mpaka.referencedata.web;

import org.mpaka.referencedata.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String posts(Model model) {
        model.addAttribute("posts", referenceData.posts());
        return "referencedata/posts";
    }
}
