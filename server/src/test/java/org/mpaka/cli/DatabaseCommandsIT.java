package org.mpaka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code mpaka reset-password} and {@code mpaka audit verify} on an embedded database folder. */
class DatabaseCommandsIT {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard()
                .run(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String dirArg() {
        return "--mpaka.data-dir=" + dataDir;
    }

    @Test
    void resetsAPasswordAndVerifiesThenCatchesATamperedAuditTrail() throws Exception {
        try (var context = ToolContext.start(List.of(dirArg()))) {
            context.getBean(UserAccounts.class)
                    .createSystemAccount(
                            "admin", "Administrator", "DGIE", EnumSet.of(Role.ADMIN), Set.of(), "old password 123");
        }

        assertThat(run("reset-password", "nobody", dirArg())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("user 'nobody' not found");

        assertThat(run("reset-password", "admin", dirArg())).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.substring(printed.lastIndexOf(':') + 1).trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        try (var context = ToolContext.start(List.of(dirArg()))) {
            String hash = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT password_hash FROM identity_user WHERE username = 'admin'")
                    .query(String.class)
                    .single();
            assertThat(context.getBean(PasswordEncoder.class).matches(password, hash))
                    .isTrue();
        }

        assertThat(run("audit", "verify", dirArg())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit trail intact: 2 records checked");

        String url = "jdbc:h2:file:" + dataDir.resolve("mpaka") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("UPDATE audit_event SET reason = 'nothing happened' WHERE seq = 2");
        }
        assertThat(run("audit", "verify", dirArg())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("BROKEN site HQ record 2")
                .contains("edited");
    }

    @Test
    void createsAMachineTokenThatAuthenticates() {
        assertThat(run("token", "create", "egate-1", "NOPE", "OFFICER", dirArg()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown agency NOPE");
        assertThat(run("token", "create", "egate-1", "DGIE", "ADMIN", dirArg())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tokens cannot have the ADMIN role");

        assertThat(run("token", "create", "egate-1", "DGIE", "OFFICER", dirArg()))
                .isZero();
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        String secret = printed.substring(printed.lastIndexOf('\n') + 1);
        assertThat(secret).startsWith("mpk_");
        try (var context = ToolContext.start(List.of(dirArg()))) {
            var principal = context.getBean(org.mpaka.identity.ApiTokens.class)
                    .authenticate(secret)
                    .orElseThrow();
            assertThat(principal.agencyCode()).isEqualTo("DGIE");
            assertThat(principal.roles()).containsExactly(Role.OFFICER);
            assertThat(principal.machine()).isTrue();
        }
    }
}
