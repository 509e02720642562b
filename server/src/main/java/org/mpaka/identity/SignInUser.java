package org.mpaka.identity;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security view of an account during and after password sign-in. */
final class SignInUser implements UserDetails, org.springframework.security.core.CredentialsContainer {

    private final UserAccount account;
    private String passwordHash;
    private final Instant now;

    SignInUser(UserAccount account, String passwordHash, Instant now) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.now = now;
    }

    MpakaPrincipal principal() {
        return account.principal();
    }

    UserAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.principal().authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !account.lockedAt(now);
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
