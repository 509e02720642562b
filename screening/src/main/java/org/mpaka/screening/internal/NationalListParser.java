package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpaka.screening.Csv;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;

/**
 * Reads Mpaka's own list formats for national alert lists and lost/stolen document lists: CSV with
 * a header row, or JSON lines (one object per line). Both carry the same fields; see {@code
 * docs/screening.md} for the exact definition. In CSV, list fields are separated by {@code |} and a
 * document is written {@code type:number:issuing_state}; in JSON they are arrays, and a document
 * may also be an object with {@code number}, {@code type}, {@code issuing_state}.
 */
public final class NationalListParser {

    /** The fields, in the documented order. */
    public static final List<String> FIELDS = List.of(
            "list",
            "id",
            "kind",
            "category",
            "name",
            "aliases",
            "weak_aliases",
            "birth_dates",
            "sex",
            "nationalities",
            "documents",
            "valid_from",
            "valid_to");

    private NationalListParser() {}

    /** Parses the CSV form. */
    public static ImportResult parseCsv(String version, String source, BufferedReader in) throws IOException {
        List<Csv.Row> rows = Csv.read(in);
        Acc acc = new Acc(version, source);
        if (rows.isEmpty()) {
            return acc.result(0);
        }
        List<String> header = rows.get(0).fields().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        String headerProblem = rows.get(0).error() != null
                ? rows.get(0).error()
                : header.stream()
                        .filter(h -> FIELDS.contains(h) && header.indexOf(h) != header.lastIndexOf(h))
                        .findFirst()
                        .map(h -> "column \"" + h + "\" appears twice")
                        .orElse(null);
        if (headerProblem != null) {
            // without a header the fields cannot be told apart: no record is read
            acc.reject(rows.get(0).line(), "the header row: " + headerProblem);
            return acc.result(rows.size() - 1);
        }
        for (String h : new java.util.LinkedHashSet<>(header)) {
            if (!h.isEmpty() && !FIELDS.contains(h)) {
                acc.warnings.add(new ImportResult.Reject(
                        source, rows.get(0).line(), "column \"" + h + "\" is not a field of the format: not read"));
            }
        }
        for (Csv.Row r : rows.subList(1, rows.size())) {
            // a line break only in a field of the format counts (a column it does not read may hold
            // notes on several lines)
            String problem = Csv.problem(r, header.size(), f -> f < header.size() && FIELDS.contains(header.get(f)));
            if (problem != null) {
                acc.reject(r.line(), problem);
                continue;
            }
            Map<String, List<String>> f = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                List<String> values = new ArrayList<>();
                for (String v : r.fields().get(i).split("\\|")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                f.put(header.get(i), values);
            }
            acc.add(r.line(), f);
        }
        return acc.result(rows.size() - 1);
    }

    /** Parses the JSON-lines form (blank lines are skipped). */
    public static ImportResult parseJsonLines(String version, String source, BufferedReader in) throws IOException {
        Acc acc = new Acc(version, source);
        Set<String> unknown = new HashSet<>();
        int records = Json.readLines(in, new Json.Lines() {
            @Override
            public void value(long line, Object v) {
                if (!(v instanceof Map<?, ?> m)) {
                    acc.reject(line, "expected a JSON object");
                    return;
                }
                Map<String, List<String>> f = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String key = String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT);
                    if (!FIELDS.contains(key)) {
                        // the sender's own (notes, metadata): not read, and said once per file, as a
                        // misspelt field (birth_date) would otherwise be lost in silence
                        if (unknown.add(key)) {
                            acc.warnings.add(new ImportResult.Reject(
                                    source,
                                    line,
                                    "member \"" + e.getKey() + "\" is not a field of the format: not read"));
                        }
                        continue;
                    }
                    if (f.containsKey(key)) {
                        acc.reject(line, "field \"" + key + "\" given twice");
                        return;
                    }
                    List<String> values = new ArrayList<>();
                    String wrong = strings(key, e.getValue(), values);
                    if (wrong != null) {
                        acc.reject(line, "\"" + key + "\": " + wrong);
                        return;
                    }
                    f.put(key, values);
                }
                acc.add(line, f);
            }

            @Override
            public void malformed(long line, Json.Malformed error) {
                acc.reject(line, "malformed JSON: " + error.getMessage());
            }
        });
        return acc.result(records);
    }

    /**
     * Adds the texts of a member's value to {@code out}: a string, a number (as written), or a list
     * of them; under {@code documents}, also objects with {@code type}, {@code number} and {@code
     * issuing_state}. Returns what is wrong with the value, or null.
     */
    private static String strings(String key, Object v, List<String> out) {
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof List<?>) {
                    return "expected text or a list of texts, found a list inside the list";
                }
                String wrong = strings(key, o, out);
                if (wrong != null) {
                    return wrong;
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            if (!key.equals("documents")) {
                return "expected text or a list of texts, found an object";
            }
            if (!(m.get("number") instanceof String || m.get("number") instanceof BigDecimal)) {
                return "a document object needs a \"number\"";
            }
            for (String member : List.of("type", "issuing_state")) {
                Object x = m.get(member);
                if (x != null && !(x instanceof String || x instanceof BigDecimal)) {
                    return "a document's \"" + member + "\" must be text";
                }
            }
            out.add(str(m.get("type")) + ":" + str(m.get("number")) + ":" + str(m.get("issuing_state")));
        } else if (v instanceof Boolean) {
            return "expected text or a list of texts, found " + v;
        } else if (v instanceof BigDecimal n) {
            out.add(Json.numberText(n));
        } else if (v != null && !String.valueOf(v).isBlank()) {
            out.add(String.valueOf(v).strip());
        }
        return null;
    }

    private static String str(Object o) {
        return o == null
                ? ""
                : o instanceof BigDecimal n
                        ? Json.numberText(n)
                        : String.valueOf(o).strip();
    }

    /** Collects entries and problems. */
    private static final class Acc {
        final String version;
        final String source;
        final List<WatchlistEntry> entries = new ArrayList<>();
        final List<ImportResult.Reject> rejects = new ArrayList<>();
        final List<ImportResult.Reject> warnings = new ArrayList<>();
        final Set<String> keys = new HashSet<>();

        Acc(String version, String source) {
            this.version = version;
            this.source = source;
        }

        void reject(long line, String reason) {
            rejects.add(new ImportResult.Reject(source, line, reason));
        }

        ImportResult result(int records) {
            return new ImportResult(new Watchlist(version, entries), records, rejects, warnings);
        }

        void add(long line, Map<String, List<String>> f) {
            String list = one(f, "list");
            String id = one(f, "id");
            if (list.isEmpty() || id.isEmpty()) {
                reject(line, "list and id are required");
                return;
            }
            WatchlistEntry.Kind kind;
            try {
                String k = one(f, "kind");
                kind = k.isEmpty()
                        ? WatchlistEntry.Kind.PERSON
                        : WatchlistEntry.Kind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reject(line, "unknown kind '" + one(f, "kind") + "'");
                return;
            }
            List<EntryName> names = new ArrayList<>();
            f.getOrDefault("name", List.of()).forEach(n -> names.add(new EntryName(n, EntryName.Quality.PRIMARY)));
            f.getOrDefault("aliases", List.of()).forEach(n -> names.add(new EntryName(n, EntryName.Quality.STRONG)));
            f.getOrDefault("weak_aliases", List.of()).forEach(n -> names.add(new EntryName(n, EntryName.Quality.WEAK)));
            List<DocumentRef> docs = new ArrayList<>();
            for (String d : f.getOrDefault("documents", List.of())) {
                String[] p = d.split(":", -1);
                if (p.length != 3 || p[1].isBlank()) {
                    reject(line, "document '" + d + "' is not type:number:issuing_state");
                    return;
                }
                docs.add(new DocumentRef(p[1], p[0], p[2]));
            }
            boolean person = kind == WatchlistEntry.Kind.PERSON || kind == WatchlistEntry.Kind.ENTITY;
            if (person && names.isEmpty()) {
                reject(line, "a " + kind.name().toLowerCase(Locale.ROOT) + " entry needs a name");
                return;
            }
            if (!person && docs.isEmpty()) {
                reject(line, "a document entry needs a document");
                return;
            }
            List<PartialDate> dobs = new ArrayList<>();
            for (String d : f.getOrDefault("birth_dates", List.of())) {
                Optional<PartialDate> listed = PartialDate.parseListed(d);
                listed.ifPresentOrElse(
                        dobs::add,
                        () -> warnings.add(
                                new ImportResult.Reject(source, line, "unreadable birth date '" + d + "' ignored")));
                if (listed.isPresent() && PartialDate.parse(d).isEmpty()) {
                    warnings.add(new ImportResult.Reject(
                            source,
                            line,
                            "birth date '" + d + "' has a day its month does not have: read as " + listed.get()));
                }
            }
            LocalDate from;
            LocalDate to;
            try {
                from = date(one(f, "valid_from"));
                to = date(one(f, "valid_to"));
            } catch (DateTimeParseException e) {
                reject(line, "valid_from/valid_to must be ISO dates (YYYY-MM-DD)");
                return;
            }
            if (from != null && to != null && from.isAfter(to)) {
                reject(line, "valid_from " + from + " is after valid_to " + to);
                return;
            }
            String sexText = one(f, "sex");
            Optional<Sex> read = Sex.read(sexText);
            Sex sex = read.orElse(Sex.UNSPECIFIED);
            if (read.isEmpty()) {
                warnings.add(new ImportResult.Reject(
                        source, line, "sex '" + sexText + "' is not M, F or X: read as unspecified"));
            }
            WatchlistEntry e = new WatchlistEntry(
                    list,
                    id,
                    kind,
                    one(f, "category"),
                    names,
                    dobs,
                    sex,
                    f.getOrDefault("nationalities", List.of()),
                    docs,
                    List.of(),
                    from,
                    to);
            if (!keys.add(e.key())) {
                reject(line, "duplicate entry " + e.key());
                return;
            }
            entries.add(e);
        }

        private static LocalDate date(String s) {
            return s.isEmpty() ? null : LocalDate.parse(s);
        }

        private static String one(Map<String, List<String>> f, String field) {
            List<String> v = f.getOrDefault(field, List.of());
            return v.isEmpty() ? "" : String.join(" ", v);
        }
    }
}
