package org.mpaka.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is acting: a signed-in user or a machine client with an API token. Every query that reads
 * agency-owned data is scoped with {@link #agencyCode()}.
 *
 * @param id the user's or token's id
 * @param name username or token name
 * @param agencyCode the agency the principal belongs to
 * @param roles what it may do
 * @param postCodes posts a user works at (empty: not tied to a post)
 * @param machine true for an API token
 */
public record MpakaPrincipal(
        UUID id, String name, String agencyCode, Set<Role> roles, Set<String> postCodes, boolean machine) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates: {@code principal.hasRole('ADMIN')}. */
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
