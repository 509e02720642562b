package org.mpaka.identity;

import java.time.Clock;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.shared.MpakaProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts failed sign-ins, locks accounts after too many, and audits every sign-in attempt. */
@Component
class SignInEvents {

    private final UserRepository users;
    private final AuditTrail audit;
    private final MpakaProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    SignInEvents(
            UserRepository users, AuditTrail audit, MpakaProperties properties, Clock clock, TransactionTemplate tx) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignInUser user)) {
            return; // API tokens are not sign-ins
        }
        tx.executeWithoutResult(s -> {
            users.recordSuccess(user.account().id(), clock.instant());
            audit.record(new AuditEntry(
                    user.getUsername(),
                    user.account().agencyCode(),
                    clientAddress(event.getAuthentication()),
                    "signin.success",
                    "user",
                    user.account().id().toString(),
                    null,
                    null));
        });
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String client = clientAddress(event.getAuthentication());
        tx.executeWithoutResult(s -> {
            var account = users.findByUsername(username);
            boolean lockedNow = false;
            if (account.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
                var sec = properties.security();
                lockedNow = users.recordFailure(
                        account.get().id(), sec.maxFailedAttempts(), sec.lockout(), clock.instant());
            }
            audit.record(new AuditEntry(
                    account.map(UserAccount::username).orElse("unknown"),
                    account.map(UserAccount::agencyCode).orElse(null),
                    client,
                    lockedNow ? "signin.lockout" : "signin.failure",
                    "user",
                    account.map(a -> a.id().toString()).orElse(null),
                    null,
                    event.getException().getClass().getSimpleName()
                            + (account.isEmpty() ? " (no such username)" : "")));
        });
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
