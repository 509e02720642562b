package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.mpaka.identity.UserAccounts;
import org.mpaka.shared.NotFoundException;

/** {@code mpaka reset-password USERNAME}: sets a new random password, unlocks and enables the account. */
final class ResetPasswordCommand implements Command {

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String summary() {
        return "set a new random password for an account (e.g. admin) and print it once";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<String> plain = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (args.contains("--help") || plain.size() != 1) {
            (args.contains("--help") ? out : err).println("Usage: mpaka reset-password USERNAME");
            return args.contains("--help") ? 0 : Cli.USAGE;
        }
        List<String> springArgs = args.stream().filter(a -> a.startsWith("--")).toList();
        try (var context = ToolContext.start(springArgs)) {
            String password = context.getBean(UserAccounts.class).resetPasswordFromConsole(plain.getFirst());
            out.println("New password for " + plain.getFirst() + " (shown once): " + password);
            return 0;
        } catch (NotFoundException e) {
            err.println("mpaka reset-password: " + e.getMessage());
            return 1;
        }
    }
}
