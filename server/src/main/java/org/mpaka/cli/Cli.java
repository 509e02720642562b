package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the first argument and runs the matching {@link Command}. */
public final class Cli {

    /** Returned by a command that started a long-running process (the server). */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    /** Exit status for a wrong command line. */
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        for (Command c : commands) {
            this.commands.put(c.name(), c);
        }
    }

    /** The commands the shipped executable offers. */
    public static Cli standard() {
        return new Cli(List.of(
                new ServeCommand(),
                new MrzCommand(),
                new EdifactCommand(),
                new NamesCommand(),
                new ScreenCommand(),
                new WatchlistCommand(),
                new ResetPasswordCommand(),
                new TokenCommand(),
                new AuditCommand()));
    }

    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0]) || args[0].equals("help")) {
            printHelp(out);
            return args.length == 0 ? USAGE : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("mpaka: unknown command '" + args[0] + "'");
            printHelp(err);
            return USAGE;
        }
        return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), in, out, err);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private void printHelp(PrintStream out) {
        out.println("Usage: mpaka COMMAND [ARGS...]");
        out.println();
        out.println("Commands:");
        for (Command c : commands.values()) {
            out.printf("  %-15s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Run 'mpaka COMMAND --help' for a command's options.");
    }
}
