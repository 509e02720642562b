package org.mpaka.web;

import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page after sign-in and the sign-in page. */
@Controller
class HomeController {

    private final ReferenceData referenceData;

    HomeController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/")
    String home(MpakaPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("agency", referenceData.findAgency(me.agencyCode()).orElse(null));
        model.addAttribute("posts", referenceData.posts());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
