package org.mpaka.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test run, on the server at 127.0.0.1:5432 (user postgres,
 * trust auth) or {@code MPAKA_TEST_PG_URL}. When none is reachable the tests that need it are
 * skipped with a visible message, except under {@code CI=true}, where that is a failure.
 */
public final class PostgresDatabase {

    private static final String SERVER_URL =
            System.getenv().getOrDefault("MPAKA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("MPAKA_TEST_PG_USER", "postgres");

    private static String url;
    private static String unavailable;

    private PostgresDatabase() {}

    /** The JDBC URL of this run's database; skips (or fails on CI) when PostgreSQL is absent. */
    public static synchronized String url() {
        if (url == null && unavailable == null) {
            create();
        }
        if (unavailable != null) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("PostgreSQL is required on CI but unreachable: " + unavailable);
            }
            System.err.println("SKIPPED PostgreSQL tests: " + unavailable);
            Assumptions.abort("PostgreSQL unreachable at " + SERVER_URL + ": " + unavailable);
        }
        return url;
    }

    /** Null when a database could be created, otherwise why not. */
    public static synchronized String unavailableReason() {
        if (url == null && unavailable == null) {
            create();
        }
        return unavailable;
    }

    public static String user() {
        return USER;
    }

    private static void create() {
        String name = "mpaka_it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailable = e.getMessage();
            return;
        }
        url = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
    }

    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // best effort: a leftover test database is harmless
        }
    }
}
