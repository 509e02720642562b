package org.mpaka.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mpaka.shared.TimeDisplay;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Times are stored in UTC and shown in the viewer's post's zone, else the site's. */
@MpakaIT
class PostTimeZoneIT {

    @Autowired
    TimeDisplay times;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String agency, Set<String> posts) {
        var p = new MpakaPrincipal(java.util.UUID.randomUUID(), "x", agency, EnumSet.of(Role.OFFICER), posts, false);
        SecurityContextHolder.getContext().setAuthentication(TestAccounts.auth(p));
    }

    @Test
    void aCongoleseOfficerAtRuzizi2SeesLubumbashiTime() {
        signIn("DGM", Set.of("RUSIZI2"));
        assertThat(times.zone()).isEqualTo(ZoneId.of("Africa/Lubumbashi"));
        assertThat(times.format(Instant.parse("2026-11-23T04:00:00Z"))).isEqualTo("2026-11-23 06:00:00");
    }

    @Test
    void aRwandanOfficerAtRusizi2SeesKigaliTime() {
        signIn("DGIE", Set.of("RUSIZI2"));
        assertThat(times.zone()).isEqualTo(ZoneId.of("Africa/Kigali"));
    }

    @Test
    void withoutAPostTheSiteZoneIsUsed() {
        signIn("DGIE", Set.of());
        assertThat(times.zone()).isEqualTo(ZoneId.of("Africa/Kigali"));
        SecurityContextHolder.clearContext();
        assertThat(times.format(null)).isEmpty();
        assertThat(times.zone()).isEqualTo(ZoneId.of("Africa/Kigali"));
    }
}
