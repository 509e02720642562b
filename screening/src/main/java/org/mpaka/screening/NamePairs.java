package org.mpaka.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores and evaluates labelled pairs of people, as {@code mpaka names score} and {@code mpaka names
 * eval} do. A pair is a CSV row with {@code name_a}, {@code name_b} and optionally {@code dob_a},
 * {@code dob_b}, {@code nationality_a}, {@code nationality_b}, {@code sex_a}, {@code sex_b}; side a
 * is treated as the query and side b as the listed person. A date cell may hold several dates
 * separated by {@code |} (see {@link #dates}).
 */
public final class NamePairs {

    private NamePairs() {}

    /**
     * Scores one pair.
     *
     * @param row column name to value
     * @param useAttributes whether birth dates, nationalities and sex adjust the score (else names
     *     only)
     */
    public static Hit score(NameMatcher matcher, Map<String, String> row, boolean useAttributes) {
        String dobA = useAttributes ? row.getOrDefault("dob_a", "") : "";
        PersonQuery q = new PersonQuery(
                row.getOrDefault("name_a", ""),
                "",
                "",
                dates(dobA).stream().findFirst().orElse(null),
                useAttributes ? Sex.parse(row.get("sex_a")) : Sex.UNSPECIFIED,
                useAttributes ? row.getOrDefault("nationality_a", "") : "",
                List.of());
        List<PartialDate> dobs = new ArrayList<>();
        if (useAttributes) {
            dobs.addAll(dates(row.getOrDefault("dob_b", "")));
        }
        String natB = useAttributes ? row.getOrDefault("nationality_b", "") : "";
        WatchlistEntry e = new WatchlistEntry(
                "pairs",
                "b",
                WatchlistEntry.Kind.PERSON,
                "",
                List.of(new EntryName(row.getOrDefault("name_b", ""), EntryName.Quality.PRIMARY)),
                dobs,
                useAttributes ? Sex.parse(row.get("sex_b")) : Sex.UNSPECIFIED,
                natB.isBlank() ? List.of() : List.of(natB),
                List.of(),
                List.of(),
                null,
                null);
        return matcher.match(q, e);
    }

    /**
     * The dates of a birth-date cell: several may be given separated by {@code |} or {@code ;} (as
     * watchlists list several possible dates), each optionally prefixed by {@code circa} or written as a
     * range {@code A to B} (read as the years it spans); pieces that
     * cannot be read are skipped. The query side uses the first one.
     */
    static List<PartialDate> dates(String cell) {
        List<PartialDate> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String piece : cell.split("[|;]")) {
            String t = piece.strip();
            if (t.regionMatches(true, 0, "circa ", 0, 6)) {
                t = t.substring(6);
            }
            int to = t.indexOf(" to ");
            if (to > 0) {
                range(t.substring(0, to), t.substring(to + 4), out);
            } else {
                PartialDate.parse(t).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A range {@code A to B} as the years it spans (at most ten), since only the year is certain. */
    private static void range(String from, String to, List<PartialDate> out) {
        PartialDate a = PartialDate.parse(from.strip()).orElse(null);
        PartialDate b = PartialDate.parse(to.strip()).orElse(null);
        if (a == null || b == null || b.year() < a.year() || b.year() - a.year() > 10) {
            return;
        }
        for (int y = a.year(); y <= b.year(); y++) {
            out.add(new PartialDate(y, 0, 0));
        }
    }

    /**
     * Confusion counts.
     *
     * @param tp label 1, matched
     * @param fp label 0, matched
     * @param fn label 1, not matched
     * @param tn label 0, not matched
     */
    public record Metrics(long tp, long fp, long fn, long tn) {

        /** Adds one labelled outcome. */
        public Metrics add(boolean label, boolean match) {
            return new Metrics(
                    tp + (label && match ? 1 : 0),
                    fp + (!label && match ? 1 : 0),
                    fn + (label && !match ? 1 : 0),
                    tn + (!label && !match ? 1 : 0));
        }

        /** The sum of two counts. */
        public Metrics plus(Metrics o) {
            return new Metrics(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        /** tp / (tp + fp); 0 when nothing matched. */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** tp / (tp + fn); 0 without positives. */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** fp / (fp + tn): how often different people are matched. */
        public double falseMatchRate() {
            return fp + tn == 0 ? 0 : (double) fp / (fp + tn);
        }

        /** Number of pairs counted. */
        public long total() {
            return tp + fp + fn + tn;
        }

        /** One line: pairs, precision, recall, F1 and false-match rate. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "pairs=%d precision=%.4f recall=%.4f f1=%.4f false_match_rate=%.4f",
                    total(),
                    precision(),
                    recall(),
                    f1(),
                    falseMatchRate());
        }
    }

    /** Metrics overall ("all") and per value of each grouping column present. */
    public static Map<String, Metrics> evaluate(
            List<Map<String, String>> rows, List<Boolean> matches, List<String> groupColumns) {
        Map<String, Metrics> out = new LinkedHashMap<>();
        Metrics none = new Metrics(0, 0, 0, 0);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            boolean label = "1".equals(row.getOrDefault("label", "").strip());
            boolean match = matches.get(i);
            out.merge("all", none.add(label, match), Metrics::plus);
            for (String col : groupColumns) {
                String v = row.get(col);
                if (v != null && !v.isBlank()) {
                    out.merge(col + "=" + v.strip(), none.add(label, match), Metrics::plus);
                }
            }
        }
        return out;
    }
}
