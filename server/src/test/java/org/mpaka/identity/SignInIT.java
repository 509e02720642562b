package org.mpaka.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mpaka.audit.AuditTrail;
import org.mpaka.support.MpakaIT;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MpakaIT
class SignInIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Test
    void signsInWithTheRightPasswordAndIsSentHome() throws Exception {
        UserAccount user = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(actionsFor(user)).contains("signin.success");
    }

    @Test
    void rejectsAWrongPassword() throws Exception {
        UserAccount user = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        mvc.perform(formLogin("/login").user(user.username()).password("wrong password!"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(actionsFor(user)).contains("signin.failure");
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPasswordUntilUnlocked() throws Exception {
        UserAccount user = TestAccounts.create(accounts, "DGIE", Role.OFFICER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("wrong password " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(actionsFor(user)).contains("signin.lockout");

        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        accounts.unlock(user.id(), admin.principal(), "127.0.0.1");
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount user = TestAccounts.create(accounts, "DGM", Role.OFFICER);
        UserAccount admin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        accounts.setEnabled(user.id(), false, admin.principal(), "127.0.0.1");
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesRedirectToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    private java.util.List<String> actionsFor(UserAccount user) {
        return audit.latest(1000, Optional.of(user.agencyCode())).stream()
                .filter(r -> user.id().toString().equals(r.objectId()))
                .map(r -> r.action())
                .toList();
    }
}
