package org.mpaka.identity;

import java.io.PrintStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the {@code admin} account with a random
 * password and prints it once to the console. There is no default password anywhere; {@code
 * mpaka reset-password admin} sets a new one.
 */
@Component
@ConditionalOnWebApplication
@Order(10)
public class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final UserAccounts accounts;
    private final String agency;
    private Optional<CreatedUser> created = Optional.empty();

    FirstStart(UserAccounts accounts, @Value("${mpaka.first-admin-agency:DGIE}") String agency) {
        this.accounts = accounts;
        this.agency = agency;
    }

    @Override
    public void run(ApplicationArguments args) {
        created = accounts.bootstrapAdministrator(agency);
        created.ifPresent(admin -> {
            log.info("first start: created administrator 'admin' in agency {}", agency);
            PrintStream out = System.out;
            out.println();
            out.println("==================================================================");
            out.println(" Mpaka first start: administrator account created");
            out.println("   username: admin");
            out.println("   password: " + admin.generatedPassword());
            out.println(" This password is shown only once. Reset it with:");
            out.println("   ./mpaka reset-password admin");
            out.println("==================================================================");
            out.println();
        });
    }

    /** Whether this start found an empty database and created the administrator. */
    public boolean createdAdministrator() {
        return created.isPresent();
    }
}
