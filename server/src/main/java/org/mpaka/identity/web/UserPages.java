package org.mpaka.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mpaka.identity.ApiTokens;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.NewUser;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccounts;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrator pages for accounts and API tokens of the administrator's agency. */
@Controller
class UserPages {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ReferenceData referenceData;

    UserPages(UserAccounts accounts, ApiTokens tokens, ReferenceData referenceData) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.referenceData = referenceData;
    }

    @GetMapping("/admin/users")
    String users(MpakaPrincipal me, Model model) {
        model.addAttribute("users", accounts.list(me));
        model.addAttribute("roles", userRoles());
        model.addAttribute("posts", referenceData.posts());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) Set<Role> roles,
            @RequestParam(required = false) Set<String> postCodes,
            MpakaPrincipal me,
            HttpServletRequest request,
            Model model) {
        try {
            var created = accounts.create(
                    new NewUser(
                            username, displayName, me.agencyCode(), roles == null ? Set.of() : roles, postCodes, null),
                    me,
                    request.getRemoteAddr());
            model.addAttribute("created", created);
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            model.addAttribute("form", new NewUser(username, displayName, me.agencyCode(), roles, postCodes, null));
        }
        return users(me, model);
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("user", accounts.get(id, me, request.getRemoteAddr()));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            MpakaPrincipal me,
            HttpServletRequest request,
            Model model) {
        String client = request.getRemoteAddr();
        try {
            switch (action) {
                case "enable" -> accounts.setEnabled(id, true, me, client);
                case "disable" -> accounts.setEnabled(id, false, me, client);
                case "unlock" -> accounts.unlock(id, me, client);
                case "reset-password" -> model.addAttribute("newPassword", accounts.resetPassword(id, me, client));
                default -> throw new org.mpaka.shared.NotFoundException("action " + action);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
        }
        return user(id, me, request, model);
    }

    @GetMapping("/admin/tokens")
    String tokens(MpakaPrincipal me, Model model) {
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("roles", tokenRoles());
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens")
    String createToken(
            @RequestParam String name,
            @RequestParam(required = false) Set<Role> roles,
            MpakaPrincipal me,
            HttpServletRequest request,
            Model model) {
        try {
            model.addAttribute(
                    "created",
                    tokens.create(name, roles == null ? Set.of() : roles, null, me, request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
        }
        return tokens(me, model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, MpakaPrincipal me, HttpServletRequest request, Model model) {
        tokens.revoke(id, me, request.getRemoteAddr());
        return tokens(me, model);
    }

    private static List<Role> userRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.MONITORING)).stream().toList();
    }

    private static List<Role> tokenRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.ADMIN)).stream().toList();
    }
}
