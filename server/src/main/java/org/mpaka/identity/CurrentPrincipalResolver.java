package org.mpaka.identity;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take the acting {@link MpakaPrincipal} as a parameter. */
@Component
public class CurrentPrincipalResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(MpakaPrincipal.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return current(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The principal behind an authentication, whether from a password sign-in or an API token. */
    public static MpakaPrincipal current(Authentication authentication) {
        if (authentication != null) {
            Object p = authentication.getPrincipal();
            if (p instanceof MpakaPrincipal principal) {
                return principal;
            }
            if (p instanceof SignInUser user) {
                return user.principal();
            }
        }
        throw new AccessDeniedException("not signed in");
    }
}
