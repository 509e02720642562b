package org.mpaka.audit.web;

import java.util.Optional;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit page: newest records of the user's agency, and a check of the whole chain. */
@Controller
class AuditPages {

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(MpakaPrincipal me, Model model) {
        model.addAttribute("records", audit.latest(200, Optional.of(me.agencyCode())));
        return "audit/audit";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "audit/audit :: verification";
    }
}
