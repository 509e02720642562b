package org.mpaka.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.mpaka.identity.FirstStart;
import org.mpaka.identity.Role;
import org.mpaka.identity.UserAccounts;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.Secrets;
import org.mpaka.watchlist.ImportOptions;
import org.mpaka.watchlist.ImportReport;
import org.mpaka.watchlist.Watchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads the demo accounts and the demo watchlist (see the package description for when). */
@Component
@ConditionalOnWebApplication
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String username, String name, String agency, Set<Role> roles, Set<String> posts) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("officer.rw", "Aline Uwase", "DGIE", EnumSet.of(Role.OFFICER), Set.of("RUSIZI2")),
            new DemoUser("supervisor.rw", "Eric Habimana", "DGIE", EnumSet.of(Role.SUPERVISOR), Set.of("RUSIZI2")),
            new DemoUser("analyst.rw", "Claudine Mukamana", "DGIE", EnumSet.of(Role.ANALYST), Set.of()),
            new DemoUser("caseworker.rw", "Jean de Dieu Niyonzima", "DGIE", EnumSet.of(Role.CASEWORKER), Set.of()),
            new DemoUser("trade.rw", "Vestine Ingabire", "DGIE", EnumSet.of(Role.TRADE_DESK), Set.of("RUSIZI2")),
            new DemoUser("auditor.rw", "Patrick Nshimiyimana", "DGIE", EnumSet.of(Role.AUDITOR), Set.of()),
            new DemoUser("admin.cd", "Jeanne Mwamba", "DGM", EnumSet.of(Role.ADMIN), Set.of()),
            new DemoUser("officer.cd", "Patient Tshibangu", "DGM", EnumSet.of(Role.OFFICER), Set.of("RUSIZI2")),
            new DemoUser(
                    "supervisor.cd", "Esther Kabila Mbuyi", "DGM", EnumSet.of(Role.SUPERVISOR), Set.of("RUSIZI2")));

    private final UserAccounts accounts;
    private final FirstStart firstStart;
    private final MpakaProperties properties;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Watchlists watchlists;

    /** Fictitious people and documents that the demo travellers hit (see {@code demo-watchlist.csv}). */
    static final String WATCHLIST = "/demo/demo-watchlist.csv";

    DemoData(
            UserAccounts accounts,
            FirstStart firstStart,
            MpakaProperties properties,
            DataSource dataSource,
            JdbcClient jdbc,
            Watchlists watchlists) {
        this.accounts = accounts;
        this.firstStart = firstStart;
        this.properties = properties;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.watchlists = watchlists;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        boolean wanted = switch (properties.demo()) {
            case "true" -> true;
            case "false" -> false;
            default -> firstStart.createdAdministrator() && embedded();
        };
        if (!wanted || alreadyLoaded()) {
            return;
        }
        String password = Secrets.randomPassword();
        for (DemoUser u : USERS) {
            accounts.createSystemAccount(u.username(), u.name(), u.agency(), u.roles(), u.posts(), password);
        }
        ImportReport list = importWatchlist(watchlists);
        log.info("demo data loaded: {} accounts, watchlist with {} entries", USERS.size(), list.entries());
        System.out.println();
        System.out.println("Demo accounts (all with password " + password + ", shown once):");
        USERS.forEach(u -> System.out.printf("   %-14s %-4s %s%n", u.username(), u.agency(), u.roles()));
        System.out.println();
    }

    /** Imports the demo watchlist as version {@code demo}, by {@code system}. */
    static ImportReport importWatchlist(Watchlists watchlists) throws IOException {
        Path file = Files.createTempFile("mpaka-demo-", ".csv");
        try (InputStream in = DemoData.class.getResourceAsStream(WATCHLIST)) {
            if (in == null) {
                throw new IllegalStateException(WATCHLIST + " is missing from the application");
            }
            Files.write(file, in.readAllBytes());
            return watchlists.importAsSystem(
                    "system", file, "demo-watchlist.csv", new ImportOptions(null, "demo", false));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private boolean alreadyLoaded() {
        return jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE username = ?")
                        .param(USERS.getFirst().username())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean embedded() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        }
    }
}
