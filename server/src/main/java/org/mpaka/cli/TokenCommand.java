package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mpaka.identity.ApiTokens;
import org.mpaka.identity.CreatedToken;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;

/**
 * {@code mpaka token create NAME AGENCY ROLES}: creates an API token for a machine client (an
 * e-gate, a load test, a scraper) from the server's console and prints its secret once.
 */
final class TokenCommand implements Command {

    static final String USAGE =
            "Usage: mpaka token create NAME AGENCY ROLE[,ROLE...]   e.g. mpaka token create egate-1 DGIE OFFICER";

    @Override
    public String name() {
        return "token";
    }

    @Override
    public String summary() {
        return "create an API token for a machine client and print it once";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<String> plain = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (args.contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        if (plain.size() != 4 || !plain.get(0).equals("create")) {
            err.println(USAGE);
            return Cli.USAGE;
        }
        Set<Role> roles;
        try {
            roles = Role.parseList(plain.get(3));
        } catch (IllegalArgumentException e) {
            err.println("mpaka token: unknown role in " + plain.get(3) + " (roles: " + EnumSet.allOf(Role.class) + ")");
            return Cli.USAGE;
        }
        List<String> springArgs = args.stream().filter(a -> a.startsWith("--")).toList();
        try (var context = ToolContext.start(springArgs)) {
            String agency = plain.get(2);
            if (context.getBean(ReferenceData.class).findAgency(agency).isEmpty()) {
                err.println("mpaka token: unknown agency " + agency);
                return 1;
            }
            MpakaPrincipal console =
                    new MpakaPrincipal(Ids.newId(), "console", agency, EnumSet.of(Role.ADMIN), Set.of(), false);
            CreatedToken token = context.getBean(ApiTokens.class).create(plain.get(1), roles, null, console, null);
            out.println("API token " + plain.get(1) + " (" + agency + ", " + Role.toList(roles) + "), shown once:");
            out.println(token.secret());
            return 0;
        } catch (InvalidInputException e) {
            err.println("mpaka token: " + e.fieldErrors());
            return 1;
        }
    }
}
