package org.mpaka.cli;

import java.io.InputStream;
import java.io.PrintStream;
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
import org.mpaka.screening.internal.Json;
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

    // floats as BigDecimal, as written: a batch's numbers read as the list importers read them
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
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
        return "screen a person or a batch against watchlists (UN XML, OFAC SDN, Mpaka CSV/JSONL, FollowTheMoney)";
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
            err.println("mpaka screen: --limit must be a whole number, not '" + o.one("--limit", "") + "'");
            return Cli.USAGE;
        }
        if (limit < 1) {
            err.println("mpaka screen: --limit must be at least 1, not " + limit);
            return Cli.USAGE;
        }
        PersonQuery q = null;
        try {
            for (String option : List.of("--name", "--given", "--family", "--document")) {
                if (o.all(option).stream().anyMatch(String::isBlank)) {
                    throw new IllegalArgumentException(option + " must not be empty");
                }
            }
            if (!o.has("--batch")) {
                q = new PersonQuery(
                        o.one("--name", ""),
                        o.one("--given", ""),
                        o.one("--family", ""),
                        date(o.one("--dob", "")),
                        sex(o.one("--sex", ""), "--sex"),
                        o.one("--nationality", ""),
                        o.all("--document").stream()
                                .map(ScreenCommand::document)
                                .toList());
            }
        } catch (IllegalArgumentException e) {
            err.println("mpaka screen: " + e.getMessage());
            return Cli.USAGE;
        }
        for (String option : List.of("--list", "--ofac-alt", "--ofac-add", "--batch")) {
            for (String file : o.all(option)) {
                String problem = Inputs.problem(Path.of(file));
                if (problem != null) {
                    err.println("mpaka screen: " + file + ": " + problem);
                    return 1;
                }
            }
        }
        ScreeningIndex index;
        try {
            index = load(o, err);
        } catch (WatchlistImportException e) {
            err.println("mpaka screen: " + e.getMessage());
            return 1;
        } catch (Refused e) {
            err.println("mpaka screen: " + e.getMessage());
            return e.status;
        }
        if (o.has("--batch")) {
            return batch(index, Path.of(o.one("--batch", "")), limit, out, err);
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

    /** The lists cannot be screened against; the message says why, status is the exit status. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * Imports every list. Refuses OFAC alt/add files without an OFAC list (usage), and a list that
     * gives no entries: screening against it would answer "no hits" for anyone.
     */
    private static ScreeningIndex load(Options o, PrintStream err) throws WatchlistImportException, Refused {
        List<String> files = o.all("--list");
        List<WatchlistImport.Format> formats = new ArrayList<>();
        for (String file : files) {
            formats.add(WatchlistImport.detect(Path.of(file)));
        }
        if ((o.has("--ofac-alt") || o.has("--ofac-add")) && !formats.contains(WatchlistImport.Format.OFAC_SDN_CSV)) {
            throw new Refused(
                    Cli.USAGE, "--ofac-alt and --ofac-add go with an OFAC SDN CSV list, and no --list file is one");
        }
        Watchlist all = null;
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            Path p = Path.of(file);
            // each file's format was detected above: not read again to detect it
            ImportResult r = formats.get(i) == WatchlistImport.Format.OFAC_SDN_CSV
                    ? WatchlistImport.ofacSdn(p, path(o, "--ofac-alt"), path(o, "--ofac-add"))
                    : WatchlistImport.read(p, formats.get(i));
            err.println(file + ": " + r.summary());
            Inputs.printProblems("rejected", described(r.rejects()), err);
            Inputs.printProblems("warning", described(r.warnings()), err);
            if (r.list().entries().isEmpty()) {
                throw new Refused(
                        1,
                        file + ": no entries read ("
                                + (r.rejects().isEmpty()
                                        ? (r.recordsRead() == 0 ? "no records found" : r.recordsRead() + " records")
                                                + "; is it a UN XML, OFAC SDN CSV, Mpaka CSV or JSON lines, or FollowTheMoney"
                                                + " file?"
                                        : r.rejects().size() + " of " + r.recordsRead() + " records rejected")
                                + ")");
            }
            all = all == null ? r.list() : all.plus(r.list());
        }
        return ScreeningIndex.build(all, new NameMatcher());
    }

    private static List<String> described(List<ImportResult.Reject> problems) {
        return problems.stream().map(ImportResult.Reject::describe).toList();
    }

    /** {@code M}, {@code F} or {@code X} (unspecified), as on documents; {@code male}, {@code female}. */
    private static Sex sex(String s, String field) {
        return Sex.read(s)
                .orElseThrow(() -> new IllegalArgumentException(field + " must be M, F or X, not '" + s + "'"));
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
        String text;
        try {
            // read whole first, so that a file that turns out unreadable half-way prints nothing
            text = Inputs.readUtf8(file);
        } catch (Inputs.Unreadable e) {
            err.println("mpaka screen: " + e.describe(file.toString()));
            return 1;
        }
        long line = 0;
        // lines end at LF (CRLF too); a CR alone is white space inside a JSON line, not a break
        for (String l : text.split("\n", -1)) {
            line++;
            l = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
            if (l.isBlank()) {
                continue;
            }
            ObjectNode result = JSON.createObjectNode();
            result.put("line", line);
            try {
                JsonNode q;
                try {
                    q = JSON.readTree(l);
                } catch (JacksonException e) {
                    throw new IllegalArgumentException("not JSON: " + shortReason(e));
                } catch (NumberFormatException e) {
                    // a number past what a decimal holds (1e2147483648): Jackson does not wrap it
                    throw new IllegalArgumentException("not JSON: a number too large to read");
                }
                if (q.has("id")) {
                    result.set("id", q.get("id"));
                }
                PersonQuery pq = query(q);
                String warning = NameMatcher.cannotCompare(pq.nameForMatching());
                if (!warning.isEmpty()) {
                    result.put("warning", "the name " + warning);
                }
                result.set("hits", hitsJson(index.screen(pq, limit)));
            } catch (IllegalArgumentException e) {
                result.put("error", "line " + line + ": " + e.getMessage());
            }
            out.println(JSON.writeValueAsString(result));
        }
        return 0;
    }

    /**
     * Jackson's message in the reader's words: without the source and offset (the output names the
     * line), the Java types it binds to and the settings it was read with.
     */
    static String shortReason(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        if (m.startsWith("Trailing token")) {
            return "text after the JSON value";
        }
        return m.replaceAll("\\s*\\((?:start marker at )?\\[Source:.*$", "")
                .replaceAll("\\s*\\(bound as [^)]*\\)", "")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("`JsonToken\\.([A-Z_]+)`", "$1")
                .strip();
    }

    /** A member that must be text (a number is read as written); "" when absent or null. */
    private static String text(JsonNode q, String field) {
        JsonNode v = q.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isNumber()) {
            return numberText(v); // as the list importers read numbers: 1000.0 is 1000
        }
        throw new IllegalArgumentException("\"" + field + "\" must be text, not " + kind(v));
    }

    private static String numberText(JsonNode v) {
        // every JSON number is read as a BigDecimal or an integer (see JSON): decimalValue holds it
        return Json.numberText(v.decimalValue());
    }

    private static String kind(JsonNode v) {
        return v.isArray()
                ? "a list"
                : v.isObject()
                        ? "an object"
                        : v.isString() ? "text" : v.isNumber() ? "a number" : v.isNull() ? "null" : v.asString();
    }

    /** {@code documents}: a list of {@code NUMBER[:STATE]} strings or of objects with a {@code number}. */
    private static List<DocumentRef> documents(JsonNode q) {
        JsonNode ds = q.path("documents");
        List<DocumentRef> docs = new ArrayList<>();
        if (ds.isMissingNode() || ds.isNull()) {
            return docs;
        }
        if (!ds.isArray()) {
            throw new IllegalArgumentException(
                    "\"documents\" must be a list, such as [\"PC1234567:RWA\"] or [{\"number\":\"PC1234567\","
                            + "\"issuing_state\":\"RWA\"}], not " + kind(ds));
        }
        for (JsonNode d : ds) {
            if (d.isObject()) {
                String number = text(d, "number");
                if (number.isBlank()) {
                    throw new IllegalArgumentException("a document in \"documents\" has no \"number\"");
                }
                docs.add(new DocumentRef(number, text(d, "type"), text(d, "issuing_state")));
            } else if (d.isString()) {
                docs.add(document(d.asString()));
            } else if (d.isNumber()) {
                docs.add(document(numberText(d)));
            } else {
                throw new IllegalArgumentException(
                        "\"documents\" must hold strings NUMBER[:STATE] or objects, not " + kind(d));
            }
        }
        return docs;
    }

    private static PersonQuery query(JsonNode q) {
        if (!q.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        PersonQuery pq = new PersonQuery(
                text(q, "name"),
                text(q, "given_names"),
                text(q, "family_name"),
                date(text(q, "dob")),
                sex(text(q, "sex"), "sex"),
                text(q, "nationality"),
                documents(q));
        if (pq.nameForMatching().isBlank()
                && pq.documents().stream().allMatch(d -> d.number().isBlank())) {
            throw new IllegalArgumentException("no name, given_names, family_name or documents to screen");
        }
        return pq;
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
        out.println("         (--name NAME | --family NAME --given NAMES) [--dob DATE] [--sex M|F|X]");
        out.println("         [--nationality CODE] [--document NUMBER[:STATE]]... [--limit N] [--json]");
        out.println("       mpaka screen --list FILE... --batch QUERIES.jsonl [--limit N]");
        out.println("List formats are detected: UN consolidated XML, OFAC SDN CSV, Mpaka CSV or JSON lines,"
                + " FollowTheMoney entities (OpenSanctions).");
        out.println("--limit N (default 10, at least 1) caps the hits. --ofac-alt/--ofac-add need an OFAC SDN list.");
        out.println("Exit status: 0 screened (hits or not), 1 a list or batch file cannot be read or a list gives no");
        out.println("entries, 2 usage.");
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
