package org.mpaka.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccount;
import org.mpaka.identity.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Object mother for accounts and principals in tests. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestAccounts() {}

    /** Creates an account with a unique username and {@link #PASSWORD}. */
    public static UserAccount create(UserAccounts accounts, String agency, Role... roles) {
        String username = "t" + SEQ.incrementAndGet() + "." + agency.toLowerCase(java.util.Locale.ROOT) + "."
                + System.nanoTime() % 100000;
        return accounts.createSystemAccount(
                username, "Test " + username, agency, EnumSet.copyOf(Set.of(roles)), Set.of("RUSIZI2"), PASSWORD);
    }

    /** An authentication for MockMvc's {@code authentication(...)} post-processor. */
    public static Authentication auth(MpakaPrincipal principal) {
        return new PreAuthenticatedAuthenticationToken(principal, null, principal.authorities());
    }

    public static Authentication auth(UserAccount account) {
        return auth(account.principal());
    }
}
