package org.mpaka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Diagnostic;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.EdifactReader;
import org.mpaka.edifact.NotEdifactException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mpaka edifact parse [--summary] [FILE...]}: reads PAXLST and PNRGOV interchanges and
 * prints one JSON object (or one summary line) per message. Exit status 0 when every message was
 * read without errors, 1 when any message had errors, 2 when an input could not be read or is not
 * EDIFACT.
 */
final class EdifactCommand implements Command {

    static final int ERRORS = 1;
    static final int UNREADABLE = 2;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String name() {
        return "edifact";
    }

    @Override
    public String summary() {
        return "parse UN/EDIFACT PAXLST and PNRGOV files into JSON lines";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()
                || args.contains("--help")
                || args.contains("-h")
                || !args.get(0).equals("parse")) {
            PrintStream to = args.contains("--help") || args.contains("-h") ? out : err;
            to.println("Usage: mpaka edifact parse [--summary] [FILE...]");
            to.println("  Prints one JSON object per message (PAXLST, PNRGOV), one per line.");
            to.println("  Reads standard input when no FILE (or '-') is given.");
            to.println("  --summary  one line per message instead of JSON");
            to.println("Exit status: 0 all parsed, 1 a message had errors, 2 unreadable or not EDIFACT input.");
            return args.contains("--help") || args.contains("-h") ? 0 : Cli.USAGE;
        }
        boolean summary = false;
        List<String> files = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--summary")) {
                summary = true;
            } else if (a.startsWith("--")) {
                err.println("mpaka edifact: unknown option " + a);
                return Cli.USAGE;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            files.add("-");
        }
        int status = 0;
        for (String f : files) {
            status = Math.max(status, parseOne(f, in, summary, out, err));
        }
        return status;
    }

    private int parseOne(String file, InputStream stdin, boolean summary, PrintStream out, PrintStream err) {
        String name = file.equals("-") ? "<stdin>" : file;
        int status = 0;
        try (InputStream in = file.equals("-") ? nonClosing(stdin) : Files.newInputStream(Path.of(file));
                EdifactReader reader = EdifactReader.open(in)) {
            for (EdifactMessage m; (m = reader.next()) != null; ) {
                ObjectNode node = EdifactJson.message(json, name, m);
                if (m.hasErrors()) {
                    status = ERRORS;
                }
                out.println(summary ? EdifactJson.summaryLine(node) : json.writeValueAsString(node));
            }
            List<Diagnostic> rest = reader.unattachedDiagnostics();
            if (!rest.isEmpty()) {
                ObjectNode node = EdifactJson.unattached(json, name, rest);
                if (rest.stream().anyMatch(Diagnostic::isError)) {
                    status = ERRORS;
                }
                out.println(summary ? EdifactJson.summaryLine(node) : json.writeValueAsString(node));
            }
        } catch (NoSuchFileException e) {
            err.println("mpaka edifact: " + name + ": no such file");
            return UNREADABLE;
        } catch (NotEdifactException e) {
            err.println("mpaka edifact: " + name + ": not EDIFACT: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("mpaka edifact: " + name + ": cannot read: " + e.getMessage());
            return UNREADABLE;
        }
        return status;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open for the caller
            }
        };
    }
}
