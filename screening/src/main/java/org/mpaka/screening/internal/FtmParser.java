package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;

/**
 * Reads FollowTheMoney entities, one JSON object per line, as OpenSanctions and Aleph export them
 * ({@code entities.ftm.json}, or {@code targets.nested.json} where linked entities sit inside the
 * properties of the entity they belong to). A {@code Person} becomes a person entry and a {@code
 * LegalEntity}, {@code Organization}, {@code Company}, {@code PublicBody}, {@code Vessel} or {@code
 * Airplane} an entity entry; {@code Sanction}, {@code Identification} and {@code Passport} entities
 * add the programme, validity and documents of the entity they name; other schemas (addresses,
 * relations) are read and left out. An entity marked {@code "target": false} (a relative or
 * associate of a listed subject, there for context) is not an entry. An entity's {@code referents}
 * (the ids of records merged into it) become its entry's former keys ({@link Watchlist#formerKeys}).
 * See {@code docs/screening.md} for the exact mapping.
 */
public final class FtmParser {

    /** The list name of every entry: FollowTheMoney ids are unique across the datasets they merge. */
    public static final String LIST = "FTM";

    private static final Set<String> PERSON = Set.of("Person");
    private static final Set<String> ENTITY =
            Set.of("LegalEntity", "Organization", "Company", "PublicBody", "Vessel", "Airplane");
    private static final Set<String> DOCUMENT = Set.of("Identification", "Passport");

    private FtmParser() {}

    /** Whether a parsed JSON value looks like a FollowTheMoney entity (a schema and properties). */
    public static boolean isEntity(Object json) {
        return json instanceof Map<?, ?> m && m.get("schema") instanceof String && m.get("properties") instanceof Map;
    }

    /** Parses the file's lines (blank lines are skipped); the list version is {@code version}. */
    public static ImportResult parse(String version, String source, BufferedReader in) throws IOException {
        Reading r = new Reading(source);
        int records = Json.readLines(in, new Json.Lines() {
            @Override
            public void value(long line, Object value) {
                r.read(line, value);
            }

            @Override
            public void malformed(long line, Json.Malformed error) {
                r.reject(line, "malformed JSON: " + error.getMessage());
            }
        });
        Watchlist list = new Watchlist(version, r.entries(), r.formerKeys);
        // links are resolved after the last line: their warnings join the others in line order
        r.warnings.sort(Comparator.comparingLong(ImportResult.Reject::location));
        return new ImportResult(list, records, r.rejects, r.warnings);
    }

    /** A subject read from one line, its documents and sanctions filled in from other lines too. */
    private record Subject(
            String id,
            WatchlistEntry.Kind kind,
            List<EntryName> names,
            List<PartialDate> birthDates,
            Sex sex,
            List<String> nationalities,
            List<String> countries,
            List<String> topics,
            List<DocumentRef> documents,
            List<Sanction> sanctions) {}

    /** A sanction's programme and dates (null when not given). */
    private record Sanction(String program, LocalDate start, LocalDate end) {}

    /** A sanction or document found on {@code line} for the entity {@code target}. */
    private record Link(long line, String target, Sanction sanction, DocumentRef document) {}

    private static final class Reading {
        final String source;
        final List<ImportResult.Reject> rejects = new ArrayList<>();
        final List<ImportResult.Reject> warnings = new ArrayList<>();
        final Map<String, Subject> subjects = new LinkedHashMap<>();
        final Map<String, Long> seen = new HashMap<>();
        // subjects rejected (no name): what other lines say of them is not kept either
        final Set<String> rejected = new HashSet<>();
        final List<Link> links = new ArrayList<>();
        // former key (an id merged into another) -> the key of the entry that stands for it now
        final Map<String, String> formerKeys = new LinkedHashMap<>();

        Reading(String source) {
            this.source = source;
        }

        void reject(long line, String reason) {
            rejects.add(new ImportResult.Reject(source, line, reason));
        }

        /** Rejects entity {@code id}: what other lines say of it is dropped with a warning. */
        void rejectEntity(long line, String id, String reason) {
            reject(line, reason);
            seen.putIfAbsent(id, line);
            rejected.add(id);
        }

        void warn(long line, String reason) {
            warnings.add(new ImportResult.Reject(source, line, reason));
        }

        void read(long line, Object v) {
            if (!(v instanceof Map<?, ?> m)) {
                reject(line, "expected a JSON object (a FollowTheMoney entity)");
                return;
            }
            String id = text(m.get("id"));
            if (id.isEmpty()) {
                reject(line, "the entity has no id");
                return;
            }
            if (!(m.get("schema") instanceof String schema) || schema.isBlank()) {
                rejectEntity(line, id, "entity '" + id + "' has no schema");
                return;
            }
            if (!(m.get("properties") instanceof Map<?, ?> props)) {
                rejectEntity(line, id, "entity '" + id + "' has no properties object");
                return;
            }
            Long earlier = seen.putIfAbsent(id, line);
            if (earlier != null) {
                reject(line, "duplicate entity id '" + id + "' (first on line " + earlier + ")");
                return;
            }
            boolean subject = PERSON.contains(schema) || ENTITY.contains(schema);
            if (subject && !Boolean.FALSE.equals(m.get("target"))) {
                addSubject(line, id, schema, props);
                if (rejected.contains(id)) {
                    return; // what its own line says of it goes with it
                }
                referents(line, id, m.get("referents"));
            } else {
                link(line, schema, props, null);
            }
            // linked entities written inside this one's properties (the nested export)
            for (Object values : props.values()) {
                for (Object o : list(values)) {
                    if (o instanceof Map<?, ?> nested
                            && nested.get("schema") instanceof String s
                            && nested.get("properties") instanceof Map<?, ?> np) {
                        link(line, s, np, id);
                    }
                }
            }
        }

        /**
         * Notes the ids an entity was known by before its records were merged ({@code referents}),
         * as former keys of its entry; an id another entity claimed first is left to that one, with
         * a warning.
         */
        private void referents(long line, String id, Object referents) {
            String key = LIST + ":" + id;
            for (String r : strings(referents)) {
                if (r.equals(id)) {
                    continue;
                }
                String before = formerKeys.putIfAbsent(LIST + ":" + r, key);
                if (before != null && !before.equals(key)) {
                    warn(
                            line,
                            "'" + id + "' names '" + r + "' as a former id, which '"
                                    + before.substring(LIST.length() + 1) + "' named first: left to that one");
                }
            }
        }

        private void addSubject(long line, String id, String schema, Map<?, ?> p) {
            List<EntryName> names = new ArrayList<>();
            Set<String> distinct = new LinkedHashSet<>();
            List<String> primary = strings(p.get("name"));
            if (primary.isEmpty()) {
                String composed = String.join(
                                " ",
                                join(p.get("firstName")),
                                join(p.get("secondName")),
                                join(p.get("middleName")),
                                join(p.get("fatherName")),
                                join(p.get("lastName")))
                        .replaceAll("\\s+", " ")
                        .strip();
                if (!composed.isEmpty()) {
                    primary = List.of(composed);
                }
            }
            for (String n : primary) {
                if (distinct.add(n)) {
                    names.add(new EntryName(n, names.isEmpty() ? EntryName.Quality.PRIMARY : EntryName.Quality.STRONG));
                }
            }
            if (names.isEmpty()) {
                rejectEntity(line, id, schema + " '" + id + "' has no name (name, firstName or lastName)");
                return;
            }
            for (String field : new String[] {"alias", "previousName"}) {
                for (String n : strings(p.get(field))) {
                    if (distinct.add(n)) {
                        names.add(new EntryName(n, EntryName.Quality.STRONG));
                    }
                }
            }
            for (String n : strings(p.get("weakAlias"))) {
                if (distinct.add(n)) {
                    names.add(new EntryName(n, EntryName.Quality.WEAK));
                }
            }
            List<PartialDate> dobs = new ArrayList<>();
            for (String d : strings(p.get("birthDate"))) {
                Optional<PartialDate> date = PartialDate.parseListed(datePart(d));
                if (date.isPresent()) {
                    if (!dobs.contains(date.get())) {
                        dobs.add(date.get());
                    }
                    if (PartialDate.parse(datePart(d)).isEmpty()) {
                        warn(
                                line,
                                "birth date '" + d + "' of '" + id + "' has a day its month does not have: read as "
                                        + date.get());
                    }
                } else {
                    warn(line, "unreadable birth date '" + d + "' of '" + id + "' ignored");
                }
            }
            Sex sex = Sex.UNSPECIFIED;
            for (String g : strings(p.get("gender"))) {
                sex = Sex.parse(g);
                if (sex != Sex.UNSPECIFIED) {
                    break;
                }
            }
            Set<String> nationalities = new LinkedHashSet<>();
            for (String field : new String[] {"nationality", "citizenship"}) {
                for (String c : strings(p.get(field))) {
                    String a3 = country(c);
                    if (!a3.isEmpty()) {
                        nationalities.add(a3);
                    }
                }
            }
            List<String> countries = new ArrayList<>();
            for (String c : strings(p.get("country"))) {
                String a3 = country(c);
                if (!a3.isEmpty() && !countries.contains(a3)) {
                    countries.add(a3);
                }
            }
            Subject s = new Subject(
                    id,
                    PERSON.contains(schema) ? WatchlistEntry.Kind.PERSON : WatchlistEntry.Kind.ENTITY,
                    names,
                    dobs,
                    sex,
                    List.copyOf(nationalities),
                    countries,
                    strings(p.get("topics")),
                    new ArrayList<>(),
                    new ArrayList<>());
            for (String n : strings(p.get("passportNumber"))) {
                addDocument(s, new DocumentRef(n, "passport", ""));
            }
            for (String n : strings(p.get("idNumber"))) {
                addDocument(s, new DocumentRef(n, "national ID", ""));
            }
            subjects.put(id, s);
        }

        /**
         * A sanction or identity document of another entity: the one its {@code entity} or {@code
         * holder} names, or, written inside an entity's properties, that entity ({@code parent}).
         */
        private void link(long line, String schema, Map<?, ?> p, String parent) {
            if (schema.equals("Sanction")) {
                List<String> targets = targets(p.get("entity"), parent);
                String program = first(p.get("program"));
                if (program.isEmpty()) {
                    program = first(p.get("authority"));
                }
                LocalDate start = sanctionDate(line, first(p.get("startDate")), false);
                if (start == null) {
                    start = sanctionDate(line, first(p.get("listingDate")), false);
                }
                Sanction sanction = new Sanction(program, start, sanctionDate(line, first(p.get("endDate")), true));
                for (String t : targets) {
                    links.add(new Link(line, t, sanction, null));
                }
            } else if (DOCUMENT.contains(schema)) {
                String number = first(p.get("number"));
                if (number.isEmpty()) {
                    number = first(p.get("passportNumber"));
                }
                if (number.isEmpty()) {
                    warn(line, schema + " without a number ignored");
                    return;
                }
                String type = first(p.get("type"));
                if (type.isEmpty()) {
                    type = schema.equals("Passport") ? "passport" : "identification";
                }
                String country = first(p.get("country"));
                DocumentRef d = new DocumentRef(number, type, country(country));
                for (String t : targets(p.get("holder"), parent)) {
                    links.add(new Link(line, t, null, d));
                }
            }
        }

        /**
         * A sanction's date as the first ({@code end} false) or last day of the day, month or year
         * it names; null when empty, or unreadable (with a warning: the sanction is then open on
         * that side).
         */
        private LocalDate sanctionDate(long line, String d, boolean end) {
            if (d.isEmpty()) {
                return null;
            }
            LocalDate day = period(d, end);
            if (day == null) {
                warn(line, "unreadable sanction date '" + d + "' ignored");
            }
            return day;
        }

        private static List<String> targets(Object named, String parent) {
            List<String> ids = new ArrayList<>();
            for (Object o : list(named)) {
                String id = o instanceof Map<?, ?> m ? text(m.get("id")) : text(o);
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (parent != null && !ids.contains(parent)) {
                ids.add(parent);
            }
            return ids;
        }

        private static void addDocument(Subject s, DocumentRef d) {
            for (int i = 0; i < s.documents().size(); i++) {
                DocumentRef e = s.documents().get(i);
                boolean same = e.canonicalNumber().isEmpty()
                        ? e.number().equals(d.number()) // a number in other letters than A-Z and digits
                        : e.canonicalNumber().equals(d.canonicalNumber());
                if (same) {
                    if (e.issuingState().isEmpty() && !d.issuingState().isEmpty()) {
                        s.documents().set(i, d); // the same number, now with its issuing state
                    }
                    return;
                }
            }
            s.documents().add(d);
        }

        List<WatchlistEntry> entries() {
            for (Link l : links) {
                Subject s = subjects.get(l.target());
                if (s == null) {
                    String what = l.sanction() != null ? "sanction" : "document";
                    if (!seen.containsKey(l.target())) {
                        warn(l.line(), what + " of unknown entity '" + l.target() + "' ignored");
                    } else if (rejected.contains(l.target())) {
                        warn(l.line(), what + " of rejected entity '" + l.target() + "' ignored");
                    }
                    continue; // or of an entity that is not an entry (not a target, another schema)
                }
                if (l.sanction() != null) {
                    s.sanctions().add(l.sanction());
                } else {
                    addDocument(s, l.document());
                }
            }
            List<WatchlistEntry> out = new ArrayList<>(subjects.size());
            for (Subject s : subjects.values()) {
                out.add(new WatchlistEntry(
                        LIST,
                        s.id(),
                        s.kind(),
                        category(s),
                        s.names(),
                        s.birthDates(),
                        s.sex(),
                        s.nationalities(),
                        s.documents(),
                        s.countries(),
                        validFrom(s.sanctions()),
                        validTo(s)));
            }
            return out;
        }

        /** The sanction programmes, or without sanctions the entity's topics. */
        private static String category(Subject s) {
            Set<String> programs = new LinkedHashSet<>();
            for (Sanction x : s.sanctions()) {
                if (!x.program().isEmpty()) {
                    programs.add(x.program());
                }
            }
            return programs.isEmpty() ? String.join(", ", s.topics()) : String.join("; ", programs);
        }

        /** The earliest start of the sanctions, when each has one (null: open). */
        private static LocalDate validFrom(List<Sanction> sanctions) {
            LocalDate from = null;
            for (Sanction x : sanctions) {
                if (x.start() == null) {
                    return null;
                }
                from = from == null || x.start().isBefore(from) ? x.start() : from;
            }
            return from;
        }

        /**
         * The latest end of the sanctions, when each has ended and the entity is listed for
         * sanctions alone (null: open). An entity also listed for other reasons (its topics: wanted,
         * crime, role.pep ...) stays listed when its sanctions end.
         */
        private static LocalDate validTo(Subject s) {
            for (String topic : s.topics()) {
                if (!topic.startsWith("sanction")) {
                    return null;
                }
            }
            LocalDate to = null;
            for (Sanction x : s.sanctions()) {
                if (x.end() == null) {
                    return null;
                }
                to = to == null || x.end().isAfter(to) ? x.end() : to;
            }
            return to;
        }
    }

    /** The date of an FtM date value, which may carry a time ({@code 2020-01-02T10:00:00}). */
    private static String datePart(String d) {
        int t = d.indexOf('T');
        return t > 0 ? d.substring(0, t) : d;
    }

    /**
     * The first ({@code end} false) or last day of a date, month or year, or null when unreadable or
     * a day the month does not have (2020-02-30).
     */
    private static LocalDate period(String d, boolean end) {
        Optional<PartialDate> p = PartialDate.parse(datePart(d));
        if (p.isEmpty()) {
            return null;
        }
        PartialDate x = p.get();
        try {
            if (!end) {
                return LocalDate.of(x.year(), Math.max(1, x.month()), Math.max(1, x.day()));
            }
            if (x.month() == 0) {
                return LocalDate.of(x.year(), 12, 31);
            }
            return x.day() == 0
                    ? YearMonth.of(x.year(), x.month()).atEndOfMonth()
                    : LocalDate.of(x.year(), x.month(), x.day());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * FollowTheMoney's country codes that are not ISO 3166 alpha-2 (Kosovo's xk {@link Countries}
     * reads itself): the states that no longer exist by their former alpha-3 codes; {@code zz}
     * (global) and {@code eu} name no country.
     */
    private static final Map<String, String> FTM_COUNTRIES = Map.ofEntries(
            Map.entry("suhh", "SUN"),
            Map.entry("yucs", "YUG"),
            Map.entry("csxx", "SCG"),
            Map.entry("cshh", "CSK"),
            Map.entry("ddde", "DDR"),
            Map.entry("dd", "DDR"),
            Map.entry("zr", "ZAR"),
            Map.entry("zz", ""),
            Map.entry("eu", ""));

    /**
     * A FollowTheMoney country as an alpha-3 code: ISO codes through {@link Countries}, a region
     * ({@code ua-cri}, {@code gb-sct}, {@code ge-ab}) as its country, and the codes of {@link
     * #FTM_COUNTRIES}; empty for none.
     */
    public static String country(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        String special = FTM_COUNTRIES.get(c);
        if (special != null) {
            return special;
        }
        int dash = c.indexOf('-');
        if (dash == 2) {
            c = c.substring(0, 2); // a region of a country
        } else if (dash == 1 && c.startsWith("x-")) {
            return ""; // a territory FollowTheMoney names without a country (x-so: Somaliland)
        }
        return c.isEmpty() ? "" : Countries.toAlpha3(c);
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
    }

    /** The non-blank string values of a property (nested entities and other values skipped). */
    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        for (Object o : list(v)) {
            if (o instanceof String s && !s.isBlank() && !out.contains(s.strip())) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String first(Object v) {
        List<String> s = strings(v);
        return s.isEmpty() ? "" : s.get(0);
    }

    private static String join(Object v) {
        return String.join(" ", strings(v));
    }

    private static String text(Object o) {
        if (o instanceof String s) {
            return s.strip();
        }
        if (o instanceof BigDecimal n) {
            return Json.numberText(n);
        }
        return o == null || o instanceof Map || o instanceof List
                ? ""
                : String.valueOf(o).strip();
    }
}
