package org.mpaka.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user or machine client may do. */
public enum Role {
    /** Users, tokens, posts; the audit trail. */
    ADMIN,
    /** Runs a post: queues, referrals, shift sign-off. */
    SUPERVISOR,
    /** Clears travellers at a counter. */
    OFFICER,
    /** Statistics and passenger-data analysis. */
    ANALYST,
    /** Readmission cases. */
    CASEWORKER,
    /** Small-trader registrations and declarations. */
    TRADE_DESK,
    /** Reads the audit trail and checks its integrity. */
    AUDITOR,
    /** A monitoring system scraping metrics (machine clients only). */
    MONITORING;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a comma-separated list such as {@code OFFICER,SUPERVISOR}. */
    public static Set<Role> parseList(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (!name.isEmpty()) {
                roles.add(Role.valueOf(name));
            }
        }
        return roles;
    }

    public static String toList(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
