package org.mpaka.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.Hit;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.ScreeningIndex;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.screening.WatchlistImportException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mpaka screen}: loads one or more watchlist files and screens one person ({@code --name}
 * ...) or a JSON-lines batch, printing ranked hits with their explanations.
 */
final class ScreenCommand implements Command {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> VALUED = Set.of(
            "--list",
            "--ofac-alt",
            "--ofac-add",
            "--name",
            "--given",
            "--family",
            "--dob",
            "--sex",
            "--nationality",
            "--document",
            "--batch",
            "--limit");

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "screen a person or a batch against watchlists (UN XML, OFAC SDN, Mpaka CSV/JSONL)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args, VALUED, Set.of("--help", "-h", "--json"));
        } catch (IllegalArgumentException e) {
            err.println("mpaka screen: " + e.getMessage());
            usage(err);
            return Cli.USAGE;
        }
        if (o.has("--help") || o.has("-h")) {
            usage(out);
            return 0;
        }
        boolean single = o.has("--name") || o.has("--family") || o.has("--given") || o.has("--document");
        if (o.all("--list").isEmpty() || single == o.has("--batch")) {
            err.println("mpaka screen: give --list and either --name/--document or --batch");
            usage(err);
            return Cli.USAGE;
        }
        int limit;
        try {
            limit = Integer.parseInt(o.one("--limit", "10"));
        } catch (NumberFormatException e) {
            err.println("mpaka screen: --limit must be a number");
            return Cli.USAGE;
        }
        ScreeningIndex index;
        try {
            index = load(o, err);
        } catch (WatchlistImportException e) {
            err.println("mpaka screen: " + e.getMessage());
            return 1;
        }
        if (o.has("--batch")) {
            return batch(index, Path.of(o.one("--batch", "")), limit, out, err);
        }
        PersonQuery q;
        try {
            q = new PersonQuery(
                    o.one("--name", ""),
                    o.one("--given", ""),
                    o.one("--family", ""),
                    date(o.one("--dob", "")),
                    Sex.parse(o.one("--sex", "")),
                    o.one("--nationality", ""),
                    o.all("--document").stream().map(ScreenCommand::document).toList());
        } catch (IllegalArgumentException e) {
            err.println("mpaka screen: " + e.getMessage());
            return Cli.USAGE;
        }
        String warning = NameMatcher.cannotCompare(q.nameForMatching());
        if (!warning.isEmpty()) {
            err.println("mpaka screen: warning: the name \"" + q.nameForMatching() + "\" " + warning);
        }
        List<Hit> hits = index.screen(q, limit);
        if (o.has("--json")) {
            out.println(hitsJson(hits));
        } else {
            printHits(hits, out);
        }
        return 0;
    }

    private static ScreeningIndex load(Options o, PrintStream err) throws WatchlistImportException {
        Watchlist all = null;
        for (String file : o.all("--list")) {
            Path p = Path.of(file);
            ImportResult r = WatchlistImport.detect(p) == WatchlistImport.Format.OFAC_SDN_CSV
                    ? WatchlistImport.ofacSdn(p, path(o, "--ofac-alt"), path(o, "--ofac-add"))
                    : WatchlistImport.read(p);
            err.println(file + ": " + r.summary());
            r.rejects().stream().limit(20).forEach(x -> err.println("  rejected " + x.describe()));
            all = all == null ? r.list() : all.plus(r.list());
        }
        return ScreeningIndex.build(all, new NameMatcher());
    }

    private static Path path(Options o, String option) {
        return o.has(option) ? Path.of(o.one(option, "")) : null;
    }

    private static PartialDate date(String s) {
        if (s.isBlank()) {
            return null;
        }
        return PartialDate.parse(s).orElseThrow(() -> new IllegalArgumentException("unreadable date '" + s + "'"));
    }

    /** {@code NUMBER} or {@code NUMBER:ISSUING_STATE}. */
    private static DocumentRef document(String s) {
        int colon = s.indexOf(':');
        return colon < 0
                ? new DocumentRef(s, "", "")
                : new DocumentRef(s.substring(0, colon), "", s.substring(colon + 1));
    }

    private static void printHits(List<Hit> hits, PrintStream out) {
        if (hits.isEmpty()) {
            out.println("no hits");
            return;
        }
        int rank = 1;
        for (Hit h : hits) {
            out.printf(
                    Locale.ROOT,
                    "%d. %.3f %s %s %s%s%n",
                    rank++,
                    h.score(),
                    h.matchClass(),
                    h.entry().key(),
                    h.entry().primaryName().isEmpty()
                            ? h.entry().kind()
                            : h.entry().primaryName(),
                    h.entry().category().isEmpty() ? "" : " [" + h.entry().category() + "]");
            for (String line : h.explanation()) {
                out.println("     " + line);
            }
        }
    }

    private int batch(ScreeningIndex index, Path file, int limit, PrintStream out, PrintStream err) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                ObjectNode result = JSON.createObjectNode();
                result.put("line", line);
                try {
                    JsonNode q = JSON.readTree(l);
                    if (q.has("id")) {
                        result.set("id", q.get("id"));
                    }
                    PersonQuery pq = query(q);
                    String warning = NameMatcher.cannotCompare(pq.nameForMatching());
                    if (!warning.isEmpty()) {
                        result.put("warning", "the name " + warning);
                    }
                    result.set("hits", hitsJson(index.screen(pq, limit)));
                } catch (JacksonException | IllegalArgumentException e) {
                    result.put("error", e.getMessage());
                }
                out.println(JSON.writeValueAsString(result));
            }
            return 0;
        } catch (IOException e) {
            err.println("mpaka screen: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static PersonQuery query(JsonNode q) {
        if (!q.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        List<DocumentRef> docs = new ArrayList<>();
        for (JsonNode d : q.path("documents")) {
            docs.add(
                    d.isObject()
                            ? new DocumentRef(
                                    d.path("number").asString(""),
                                    d.path("type").asString(""),
                                    d.path("issuing_state").asString(""))
                            : document(d.asString("")));
        }
        return new PersonQuery(
                q.path("name").asString(""),
                q.path("given_names").asString(""),
                q.path("family_name").asString(""),
                date(q.path("dob").asString("")),
                Sex.parse(q.path("sex").asString("")),
                q.path("nationality").asString(""),
                docs);
    }

    private static ArrayNode hitsJson(List<Hit> hits) {
        ArrayNode arr = JSON.createArrayNode();
        for (Hit h : hits) {
            ObjectNode n = arr.addObject();
            n.put("list", h.entry().list());
            n.put("id", h.entry().id());
            n.put("kind", h.entry().kind().name().toLowerCase(Locale.ROOT));
            n.put("name", h.entry().primaryName());
            n.put("matched_name", h.matchedName());
            n.put("score", Math.round(h.score() * 1000) / 1000.0);
            n.put("class", h.matchClass().name().toLowerCase(Locale.ROOT));
            n.put("category", h.entry().category());
            ArrayNode ex = n.putArray("explanation");
            h.explanation().forEach(s -> ex.add(s.strip()));
        }
        return arr;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: mpaka screen --list FILE [--list FILE...] [--ofac-alt FILE] [--ofac-add FILE]");
        out.println("         (--name NAME | --family NAME --given NAMES) [--dob DATE] [--sex M|F]");
        out.println("         [--nationality CODE] [--document NUMBER[:STATE]]... [--limit N] [--json]");
        out.println("       mpaka screen --list FILE... --batch QUERIES.jsonl [--limit N]");
        out.println("List formats are detected: UN consolidated XML, OFAC SDN CSV, Mpaka CSV or JSON lines,"
                + " FollowTheMoney entities (OpenSanctions).");
        out.println("Exit status: 0 screened (hits or not), 1 a list or batch file cannot be read, 2 usage.");
    }

    /** Command-line options: {@code --opt value} (repeatable) and flags. Shared with {@link NamesCommand}. */
    static final class Options {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (flags.contains(a)) {
                    o.values.computeIfAbsent(a, k -> new ArrayList<>());
                } else if (valued.contains(a)) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    o.values.computeIfAbsent(a, k -> new ArrayList<>()).add(args.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            return o;
        }

        boolean has(String option) {
            return values.containsKey(option);
        }

        String one(String option, String fallback) {
            List<String> v = values.get(option);
            return v == null || v.isEmpty() ? fallback : v.get(v.size() - 1);
        }

        List<String> all(String option) {
            return values.getOrDefault(option, List.of());
        }
    }
}
