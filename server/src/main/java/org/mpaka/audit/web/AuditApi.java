package org.mpaka.audit.web;

import java.util.List;
import java.util.Optional;
import org.mpaka.audit.AuditRecord;
import org.mpaka.audit.AuditTrail;
import org.mpaka.audit.ChainVerification;
import org.mpaka.identity.MpakaPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for administrators and auditors: the newest records of their agency, and chain checks. */
@RestController
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/events")
    List<AuditRecord> events(@RequestParam(defaultValue = "100") int limit, MpakaPrincipal me) {
        int bounded = Math.max(1, Math.min(limit, 1000));
        return audit.latest(bounded, Optional.of(me.agencyCode()));
    }

    @GetMapping("/api/v1/audit/verify")
    ChainVerification verify() {
        return audit.verify();
    }
}
