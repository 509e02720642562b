package org.mpaka.identity;

import java.time.ZoneId;
import java.util.Optional;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.TimeDisplay;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The time zone of the signed-in user's post: that of the side run by the user's agency. */
@Component
class PostTimeZone implements TimeDisplay.ViewerZone {

    private final ReferenceData referenceData;

    PostTimeZone(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public Optional<ZoneId> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        MpakaPrincipal principal;
        try {
            principal = CurrentPrincipalResolver.current(auth);
        } catch (RuntimeException notSignedIn) {
            return Optional.empty();
        }
        return principal.postCodes().stream()
                .sorted()
                .map(referenceData::findPost)
                .flatMap(Optional::stream)
                .map(p -> p.sideOf(principal.agencyCode()))
                .flatMap(Optional::stream)
                .map(s -> s.timeZone())
                .findFirst();
    }
}
