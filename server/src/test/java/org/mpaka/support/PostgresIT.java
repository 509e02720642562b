package org.mpaka.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A full application context on a fresh PostgreSQL database (see {@link PostgresDatabase}). Tests
 * are skipped with a visible reason when PostgreSQL is unreachable, and fail under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresIT.Available.class)
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestClockConfig.class)
@ContextConfiguration(initializers = PostgresIT.Initializer.class)
public @interface PostgresIT {

    /** Skips (or on CI fails) when PostgreSQL is unreachable. */
    class Available implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = PostgresDatabase.unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required when CI=true but unreachable: " + reason);
            }
            System.err.println("SKIPPED " + context.getDisplayName() + ": PostgreSQL unreachable (" + reason + ")");
            return ConditionEvaluationResult.disabled("PostgreSQL unreachable: " + reason);
        }
    }

    /** Points the data source at this run's PostgreSQL database. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context,
                    "spring.datasource.url=" + PostgresDatabase.url(),
                    "spring.datasource.username=" + PostgresDatabase.user(),
                    "spring.datasource.password=");
        }
    }
}
