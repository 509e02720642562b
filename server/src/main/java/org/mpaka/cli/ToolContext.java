package org.mpaka.cli;

import java.util.List;
import org.mpaka.MpakaApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server, for commands that work on the database
 * (same configuration as {@code serve}: MPAKA_DATA_DIR, MPAKA_DB_URL ...). Its log goes to standard
 * error ({@code mpaka-tool-logback.xml}): standard output is the command's own.
 */
final class ToolContext {

    private ToolContext() {}

    static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(MpakaApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "logging.config=classpath:mpaka-tool-logback.xml",
                        "logging.level.root=WARN",
                        "logging.level.org.mpaka=WARN",
                        // that the embedded H2 is newer than Flyway was verified with is not the
                        // user's concern (defaults: a --logging.level argument still wins)
                        "logging.level.org.flywaydb=ERROR")
                .run(springArgs.toArray(String[]::new));
    }
}
