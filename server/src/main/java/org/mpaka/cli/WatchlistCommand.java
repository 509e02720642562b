package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.watchlist.ActiveList;
import org.mpaka.watchlist.ImportOptions;
import org.mpaka.watchlist.ImportRejectedException;
import org.mpaka.watchlist.ImportReport;
import org.mpaka.watchlist.Watchlists;

/**
 * {@code mpaka watchlist import FILE...} stores and activates list files in the database (as the
 * web page does, audited as {@code console}); {@code mpaka watchlist list} prints the active lists.
 */
final class WatchlistCommand implements Command {

    @Override
    public String name() {
        return "watchlist";
    }

    @Override
    public String summary() {
        return "watchlist import FILE... | watchlist list: import list files into the database, show active lists";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            usage(out);
            return 0;
        }
        if (args.isEmpty()
                || !(args.getFirst().equals("import") || args.getFirst().equals("list"))) {
            usage(err);
            return Cli.USAGE;
        }
        List<String> files = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        String label = null;
        String format = null;
        boolean acceptRejects = false;
        List<String> rest = args.subList(1, args.size());
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--label", "--format" -> {
                    if (i + 1 >= rest.size()) {
                        err.println("mpaka watchlist: " + a + " needs a value");
                        return Cli.USAGE;
                    }
                    if (a.equals("--label")) {
                        label = rest.get(++i);
                    } else {
                        format = rest.get(++i);
                    }
                }
                case "--accept-rejects" -> acceptRejects = true;
                default -> {
                    if (a.startsWith("--") && a.contains("=")) {
                        springArgs.add(a); // --mpaka.data-dir=..., --spring.datasource.url=...
                    } else if (a.startsWith("-")) {
                        err.println("mpaka watchlist: unknown option '" + a + "'");
                        usage(err);
                        return Cli.USAGE;
                    } else {
                        files.add(a);
                    }
                }
            }
        }
        boolean importing = args.getFirst().equals("import");
        if (importing ? files.isEmpty() : !files.isEmpty() || label != null || format != null || acceptRejects) {
            usage(err);
            return Cli.USAGE;
        }
        WatchlistImport.Format given = null;
        if (format != null) {
            try {
                given = WatchlistImport.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("mpaka watchlist: --format must be UN_XML, OFAC_SDN_CSV, CSV, JSON_LINES or FTM_JSON");
                return Cli.USAGE;
            }
        }
        for (String f : files) {
            String problem = Inputs.problem(Path.of(f));
            if (problem != null) {
                err.println("mpaka watchlist: " + f + ": " + problem);
                return 1;
            }
        }
        try (var context = ToolContext.start(springArgs)) {
            Watchlists watchlists = context.getBean(Watchlists.class);
            if (!importing) {
                printActive(watchlists.stored(), out);
                return 0;
            }
            int status = 0;
            for (String f : files) {
                Path p = Path.of(f);
                try {
                    ImportReport r = watchlists.importAsSystem(
                            "console", p, p.getFileName().toString(), new ImportOptions(given, label, acceptRejects));
                    out.println(f + ": imported version " + r.version() + ", " + r.entries() + " entries (+" + r.added()
                            + " -" + r.removed() + " ~" + r.changed()
                            + (r.renamed() > 0 ? ", renamed " + r.renamed() : "") + ")");
                    Inputs.printProblems("rejected", r.rejects(), err);
                    Inputs.printProblems("warning", r.warnings(), err);
                } catch (ImportRejectedException e) {
                    err.println(f + ": not imported: " + e.fieldErrors().get("file"));
                    Inputs.printProblems("rejected", e.rejects(), err);
                    status = 1;
                }
            }
            printActive(watchlists.active(), out);
            return status;
        }
    }

    private static void printActive(List<ActiveList> lists, PrintStream out) {
        if (lists.isEmpty()) {
            out.println("no active lists");
            return;
        }
        out.printf("%-20s %-30s %8s  %-20s %s%n", "LIST", "VERSION", "ENTRIES", "IMPORTED (UTC)", "BY");
        DateTimeFormatter at =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
        for (ActiveList l : lists) {
            out.printf(
                    "%-20s %-30s %8d  %-20s %s%n",
                    l.list(), l.version(), l.entries(), at.format(l.importedAt()), l.importedBy());
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: mpaka watchlist import [--label VERSION] [--format FORMAT] [--accept-rejects] FILE...");
        out.println("       mpaka watchlist list");
        out.println("Each FILE becomes a new version of the lists it holds (UN XML, OFAC SDN CSV, Mpaka CSV or");
        out.println("JSON lines, FollowTheMoney entities as OpenSanctions exports them; detected from the content");
        out.println("unless --format UN_XML|OFAC_SDN_CSV|CSV|JSON_LINES|FTM_JSON is given) and is active at once.");
        out.println("A file with rejected records is not imported unless --accept-rejects is given.");
        out.println("Database settings as for 'serve' (MPAKA_DATA_DIR, MPAKA_DB_URL ...); stop the server first");
        out.println("when it uses the embedded database.");
        out.println("Exit status: 0 all imported, 1 a file was not imported, 2 usage.");
    }
}
