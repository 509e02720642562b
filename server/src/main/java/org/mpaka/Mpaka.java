package org.mpaka;

import org.mpaka.cli.Cli;

/** The {@code mpaka} executable: dispatches to a subcommand ({@code serve}, {@code mrz}, ...). */
public final class Mpaka {

    private Mpaka() {}

    public static void main(String[] args) {
        int status = Cli.standard().run(args, System.in, System.out, System.err);
        if (status != Cli.KEEP_RUNNING) {
            System.out.flush();
            System.exit(status);
        }
    }
}
