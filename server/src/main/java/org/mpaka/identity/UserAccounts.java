package org.mpaka.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.NotFoundException;
import org.mpaka.shared.Secrets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: the identity module's facade. Administrators manage the accounts of their own
 * agency only; every change is audited in the same transaction.
 */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final MpakaProperties properties;
    private final Clock clock;

    UserAccounts(
            UserRepository users,
            PasswordEncoder encoder,
            AuditTrail audit,
            ReferenceData referenceData,
            MpakaProperties properties,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.referenceData = referenceData;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(MpakaPrincipal actor) {
        return users.findByAgency(actor.agencyCode());
    }

    @Transactional
    public UserAccount get(UUID id, MpakaPrincipal actor, String clientAddress) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        checkSameAgency(account, actor);
        auditUser(actor, clientAddress, "user.read", id.toString(), null);
        return account;
    }

    @Transactional
    public CreatedUser create(NewUser request, MpakaPrincipal actor, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            errors.put("username", "3-64 characters: lowercase letters, digits, '.', '_' or '-'");
        } else if (users.findByUsername(username).isPresent()) {
            errors.put("username", "already taken");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            errors.put("displayName", "required");
        } else if (request.displayName().length() > 200) {
            errors.put("displayName", "at most 200 characters");
        }
        if (request.agencyCode() == null
                || referenceData.findAgency(request.agencyCode()).isEmpty()) {
            errors.put("agencyCode", "unknown agency");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            errors.put("roles", "at least one role");
        } else if (request.roles().contains(Role.MONITORING)) {
            errors.put("roles", "MONITORING is for API tokens only");
        }
        if (request.postCodes() != null) {
            for (String post : request.postCodes()) {
                if (referenceData.findPost(post).isEmpty()) {
                    errors.put("postCodes", "unknown post " + post);
                }
            }
        }
        if (request.password() != null && request.password().length() < MIN_PASSWORD_LENGTH) {
            errors.put("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!request.agencyCode().equals(actor.agencyCode())) {
            throw new AccessDeniedException("administrators create accounts in their own agency only");
        }
        String password = request.password() != null ? request.password() : Secrets.randomPassword();
        UserAccount account = insert(
                username,
                request.displayName().trim(),
                request.agencyCode(),
                request.roles(),
                request.postCodes() == null ? Set.of() : request.postCodes(),
                password);
        auditUser(
                actor,
                clientAddress,
                "user.create",
                account.id().toString(),
                "username=" + username + " roles=" + Role.toList(account.roles()));
        return new CreatedUser(account, request.password() == null ? password : null);
    }

    @Transactional
    public UserAccount setEnabled(UUID id, boolean enabled, MpakaPrincipal actor, String clientAddress) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        checkSameAgency(account, actor);
        if (!enabled && account.id().equals(actor.id())) {
            throw InvalidInputException.of("enabled", "you cannot disable your own account");
        }
        users.setEnabled(id, enabled, now());
        auditUser(actor, clientAddress, enabled ? "user.enable" : "user.disable", id.toString(), null);
        return users.findById(id).orElseThrow();
    }

    @Transactional
    public UserAccount unlock(UUID id, MpakaPrincipal actor, String clientAddress) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        checkSameAgency(account, actor);
        users.resetFailures(id, now());
        auditUser(actor, clientAddress, "user.unlock", id.toString(), null);
        return users.findById(id).orElseThrow();
    }

    /** Sets a new random password and returns it (to be shown once). */
    @Transactional
    public String resetPassword(UUID id, MpakaPrincipal actor, String clientAddress) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        checkSameAgency(account, actor);
        String password = Secrets.randomPassword();
        users.setPassword(id, encoder.encode(password), now());
        auditUser(actor, clientAddress, "user.password-reset", id.toString(), null);
        return password;
    }

    /**
     * Creates the first administrator when there are no accounts at all; used on first start.
     *
     * @return the administrator and its generated password, if one was created
     */
    @Transactional
    public Optional<CreatedUser> bootstrapAdministrator(String agencyCode) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        String password = Secrets.randomPassword();
        UserAccount admin = insert("admin", "Administrator", agencyCode, EnumSet.of(Role.ADMIN), Set.of(), password);
        audit.record(new AuditEntry(
                "system",
                agencyCode,
                null,
                "user.create",
                "user",
                admin.id().toString(),
                "first start",
                "username=admin"));
        return Optional.of(new CreatedUser(admin, password));
    }

    /** Sets a new random password from the command line ({@code mpaka reset-password}), unlocking the account. */
    @Transactional
    public String resetPasswordFromConsole(String username) {
        UserAccount account =
                users.findByUsername(username).orElseThrow(() -> new NotFoundException("user '" + username + "'"));
        String password = Secrets.randomPassword();
        users.setPassword(account.id(), encoder.encode(password), now());
        users.resetFailures(account.id(), now());
        users.setEnabled(account.id(), true, now());
        audit.record(new AuditEntry(
                "console",
                null,
                null,
                "user.password-reset",
                "user",
                account.id().toString(),
                "reset from the command line",
                null));
        return password;
    }

    /** Creates an account without an acting administrator (demo data, tests). */
    @Transactional
    public UserAccount createSystemAccount(
            String username,
            String displayName,
            String agencyCode,
            Set<Role> roles,
            Set<String> posts,
            String password) {
        UserAccount account = insert(username, displayName, agencyCode, roles, posts, password);
        audit.record(new AuditEntry(
                "system",
                agencyCode,
                null,
                "user.create",
                "user",
                account.id().toString(),
                null,
                "username=" + username));
        return account;
    }

    private UserAccount insert(
            String username,
            String displayName,
            String agencyCode,
            Set<Role> roles,
            Set<String> posts,
            String password) {
        Instant now = now();
        UserAccount account = new UserAccount(
                Ids.newId(),
                username,
                displayName,
                agencyCode,
                Set.copyOf(roles),
                Set.copyOf(posts),
                true,
                0,
                null,
                null,
                properties.site(),
                now);
        users.insert(account, encoder.encode(password));
        return account;
    }

    private void auditUser(MpakaPrincipal actor, String clientAddress, String action, String userId, String details) {
        audit.record(
                new AuditEntry(actor.name(), actor.agencyCode(), clientAddress, action, "user", userId, null, details));
    }

    private static void checkSameAgency(UserAccount account, MpakaPrincipal actor) {
        if (!account.agencyCode().equals(actor.agencyCode())) {
            throw new AccessDeniedException("account belongs to another agency");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
