package org.mpaka.identity;

import java.util.Set;

/**
 * What an administrator enters to create an account.
 *
 * @param password the initial password, or null to have one generated (shown once)
 */
public record NewUser(
        String username,
        String displayName,
        String agencyCode,
        Set<Role> roles,
        Set<String> postCodes,
        String password) {}
