package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code mpaka} executable.
 *
 * <p>A command reads its arguments and standard input, writes to the given streams and returns
 * its exit status. It never calls {@link System#exit}, so tests can run it in-process.
 */
public interface Command {

    /** The word that selects this command, e.g. {@code mrz}. */
    String name();

    /** One line for {@code mpaka --help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit status, or {@link Cli#KEEP_RUNNING} when the command started
     *     something (the server) that keeps the process alive
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
