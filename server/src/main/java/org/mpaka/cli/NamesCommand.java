package org.mpaka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpaka.screening.Csv;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.NamePairs;
import org.mpaka.screening.Thresholds;

/**
 * {@code mpaka names score|eval}: scores CSV pairs of people with the screening matcher, and
 * measures precision, recall and F1 against a {@code label} column.
 */
final class NamesCommand implements Command {

    @Override
    public String name() {
        return "names";
    }

    @Override
    public String summary() {
        return "score or evaluate pairs of names (CSV: name_a, name_b, dob_a ...)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? Cli.USAGE : 0;
        }
        String sub = args.get(0);
        ScreenCommand.Options o;
        try {
            o = ScreenCommand.Options.parse(
                    args.subList(1, args.size()),
                    Set.of("--pairs", "--out", "--threshold"),
                    Set.of("--names-only", "--help", "-h"));
        } catch (IllegalArgumentException e) {
            err.println("mpaka names: " + e.getMessage());
            return Cli.USAGE;
        }
        if (o.has("--help") || o.has("-h")) {
            usage(out);
            return 0;
        }
        if (!(sub.equals("score") || sub.equals("eval")) || !o.has("--pairs")) {
            err.println("mpaka names: expected 'score' or 'eval' with --pairs FILE");
            usage(err);
            return Cli.USAGE;
        }
        double threshold;
        try {
            threshold = Double.parseDouble(o.one("--threshold", Double.toString(Thresholds.DEFAULT.possible())));
        } catch (NumberFormatException e) {
            err.println("mpaka names: --threshold must be a number");
            return Cli.USAGE;
        }
        if (!(threshold > 0 && threshold <= 1)) {
            err.println("mpaka names: --threshold must be above 0 and at most 1, not " + o.one("--threshold", ""));
            return Cli.USAGE;
        }
        String file = o.one("--pairs", "");
        boolean eval = sub.equals("eval");
        List<String> header;
        List<Map<String, String>> rows = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        try {
            List<Csv.Row> all = Csv.read(new StringReader(Inputs.readUtf8(Path.of(file))));
            if (all.isEmpty()) {
                err.println("mpaka names: " + file + ": empty file");
                return 1;
            }
            header = all.get(0).fields();
            if (!header.contains("name_a") || !header.contains("name_b")) {
                err.println("mpaka names: " + file + ": the header must have name_a and name_b columns");
                return 1;
            }
            if (eval && !header.contains("label")) {
                err.println("mpaka names: " + file + ": eval needs a label column (1 same person, 0 different)");
                return 1;
            }
            for (Csv.Row row : all.subList(1, all.size())) {
                if (row.error() != null || row.fields().size() != header.size()) {
                    err.println("mpaka names: " + file + ":" + row.line() + ": "
                            + (row.error() != null ? row.error() : "expected " + header.size() + " fields"));
                    return 1;
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), row.fields().get(i));
                }
                String label = m.getOrDefault("label", "").strip();
                if (eval && !(label.equals("0") || label.equals("1"))) {
                    err.println("mpaka names: " + file + ":" + row.line() + ": label must be 1 (same person) or 0"
                            + " (different), not '" + m.get("label") + "'");
                    return 1;
                }
                rows.add(m);
                raw.add(row.fields());
            }
        } catch (Inputs.Unreadable e) {
            err.println("mpaka names: " + e.describe(file));
            return 1;
        } catch (IOException e) {
            err.println(
                    "mpaka names: " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        NameMatcher matcher = new NameMatcher();
        boolean attributes = !o.has("--names-only");
        List<Double> scores = rows.parallelStream()
                .map(m -> NamePairs.score(matcher, m, attributes).score())
                .toList();
        List<Boolean> matches = scores.stream().map(s -> s >= threshold).toList();
        if (sub.equals("score")) {
            return writeScores(o, header, raw, scores, matches, out, err);
        }
        List<String> groups = new ArrayList<>();
        for (String g : List.of("pair_kind", "variant_kind")) {
            if (header.contains(g)) {
                groups.add(g);
            }
        }
        out.printf(Locale.ROOT, "threshold=%.2f attributes=%s%n", threshold, attributes ? "yes" : "no (names only)");
        NamePairs.evaluate(rows, matches, groups).forEach((k, v) -> out.println(k + " " + summary(v)));
        return 0;
    }

    /**
     * Pairs, precision, recall, F1 and false-match rate; a figure with nothing to measure is
     * {@code n/a}: precision, recall and F1 in a group without same-person pairs (any match there is
     * false, which the false-match rate counts), precision when nothing matched, the false-match rate
     * in a group without different-person pairs.
     */
    static String summary(NamePairs.Metrics m) {
        boolean positives = m.tp() + m.fn() > 0;
        boolean negatives = m.fp() + m.tn() > 0;
        boolean matched = m.tp() + m.fp() > 0;
        return "pairs=" + m.total()
                + " precision=" + figure(positives && matched, m.precision())
                + " recall=" + figure(positives, m.recall())
                + " f1=" + figure(positives && matched, m.f1())
                + " false_match_rate=" + figure(negatives, m.falseMatchRate());
    }

    private static String figure(boolean defined, double value) {
        return defined ? String.format(Locale.ROOT, "%.4f", value) : "n/a";
    }

    private static int writeScores(
            ScreenCommand.Options o,
            List<String> header,
            List<List<String>> raw,
            List<Double> scores,
            List<Boolean> matches,
            PrintStream out,
            PrintStream err) {
        // an already scored file gets its score and match columns replaced, not a second pair
        int scoreColumn = header.indexOf("score");
        int matchColumn = header.indexOf("match");
        StringBuilder sb = new StringBuilder();
        List<String> h = new ArrayList<>(header);
        if (scoreColumn < 0) {
            h.add("score");
        }
        if (matchColumn < 0) {
            h.add("match");
        }
        sb.append(Csv.line(h)).append('\n');
        for (int i = 0; i < raw.size(); i++) {
            List<String> f = new ArrayList<>(raw.get(i));
            String score = String.format(Locale.ROOT, "%.4f", scores.get(i));
            String match = matches.get(i) ? "1" : "0";
            if (scoreColumn < 0) {
                f.add(score);
            } else {
                f.set(scoreColumn, score);
            }
            if (matchColumn < 0) {
                f.add(match);
            } else {
                f.set(matchColumn, match);
            }
            sb.append(Csv.line(f)).append('\n');
        }
        if (!o.has("--out")) {
            out.print(sb);
            return 0;
        }
        Path target = Path.of(o.one("--out", ""));
        Path folder = target.toAbsolutePath().getParent();
        String problem = Files.isDirectory(target)
                ? "is a directory"
                : folder != null && !Files.isDirectory(folder) ? "no such directory " + folder : null;
        if (problem == null) {
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                w.write(sb.toString());
            } catch (AccessDeniedException e) {
                problem = "permission denied";
            } catch (IOException e) {
                problem = "cannot be written (" + e.getClass().getSimpleName() + ")";
            }
        }
        if (problem != null) {
            err.println("mpaka names: cannot write " + target + ": " + problem);
            return 1;
        }
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: mpaka names score --pairs FILE.csv [--out FILE.csv] [--names-only] [--threshold X]");
        out.println("       mpaka names eval --pairs FILE.csv [--names-only] [--threshold X]");
        out.println("CSV columns: name_a, name_b; optional dob_a, dob_b, nationality_a, nationality_b, sex_a,");
        out.println("sex_b (used unless --names-only); label (1 same person, 0 different) for eval; pair_kind and");
        out.println("variant_kind group the eval figures; a figure with nothing to measure (precision in a group");
        out.println("without same-person pairs) is n/a. score adds columns score and match (score >= threshold,");
        out.println("default " + Thresholds.DEFAULT.possible() + ", a threshold is above 0 and at most 1), replacing");
        out.println("score and match columns the file has. Exit status: 0 ok, 1 unreadable input, 2 usage.");
    }
}
