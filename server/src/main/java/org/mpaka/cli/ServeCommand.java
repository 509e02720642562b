package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.mpaka.MpakaApplication;
import org.springframework.boot.SpringApplication;

/** {@code mpaka serve}: starts the web server. */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "start the Mpaka server (embedded H2 database with demo data unless configured)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println("Usage: mpaka serve [--spring.property=value ...]");
            out.println("Environment: SERVER_PORT (default 8080), MPAKA_DATA_DIR (default ./data),");
            out.println("  MPAKA_DB_URL / MPAKA_DB_USER / MPAKA_DB_PASSWORD for PostgreSQL.");
            return 0;
        }
        SpringApplication.run(MpakaApplication.class, args.toArray(String[]::new));
        return Cli.KEEP_RUNNING;
    }
}
