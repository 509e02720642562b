package org.mpaka.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for password sign-in. */
@Service
class SignInUserService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    SignInUserService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        String hash = users.passwordHash(account.id()).orElseThrow();
        return new SignInUser(account, hash, clock.instant());
    }
}
