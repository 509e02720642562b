package org.mpaka.web;

import java.util.List;
import java.util.Locale;
import org.mpaka.identity.CurrentPrincipalResolver;
import org.mpaka.identity.MpakaPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout needs: the signed-in principal and the languages. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final java.time.Clock clock;

    LayoutAdvice(java.time.Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return WebConfig.LANGUAGES;
    }

    @ModelAttribute("now")
    java.time.Instant now() {
        return clock.instant();
    }

    @ModelAttribute("principal")
    MpakaPrincipal principal() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        try {
            return CurrentPrincipalResolver.current(auth);
        } catch (RuntimeException notSignedIn) {
            return null;
        }
    }
}
