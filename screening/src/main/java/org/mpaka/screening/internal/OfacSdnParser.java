package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpaka.screening.Csv;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;

/**
 * Reads the OFAC SDN list in its legacy CSV form: {@code sdn.csv} (ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; no header;
 * {@code -0-} for empty), optionally {@code alt.csv} (ent_num, alt_num, alt_type, alt_name,
 * alt_remarks) and {@code add.csv} (ent_num, add_num, address, city, country, add_remarks). Birth
 * dates, nationalities, gender and documents are taken from the remarks ({@code DOB 10 Dec 1948;
 * nationality Egypt; Passport 1084010 (Egypt); Gender Male}).
 */
public final class OfacSdnParser {

    private static final Pattern DOB =
            Pattern.compile("DOB (?:circa )?([0-9]{1,2} [A-Za-z]{3} [0-9]{4}|[A-Za-z]{3} [0-9]{4}|[0-9]{4})");
    private static final Pattern DOCUMENT = Pattern.compile(
            "(Passport|National ID No\\.|Cedula No\\.|Identification Number|D\\.N\\.I\\.|Travel Document Number) ([A-Za-z0-9-]+)(?: \\(([A-Za-z .'-]+)\\))?");
    private static final Pattern GENDER = Pattern.compile("Gender (Male|Female)");

    private OfacSdnParser() {}

    /** Parses the three readers (alt and add may be null). */
    public static ImportResult parse(
            String version,
            String sdnName,
            BufferedReader sdn,
            String altName,
            BufferedReader alt,
            String addName,
            BufferedReader add)
            throws IOException {
        List<ImportResult.Reject> rejects = new ArrayList<>();
        List<ImportResult.Reject> warnings = new ArrayList<>();
        Map<String, Builder> byId = new LinkedHashMap<>();
        List<Csv.Row> rows = Csv.read(sdn);
        for (Csv.Row r : rows) {
            List<String> f = r.fields();
            String problem = Csv.problem(r, 12);
            if (problem != null) {
                rejects.add(new ImportResult.Reject(sdnName, r.line(), problem));
                continue;
            }
            String id = value(f.get(0));
            String name = value(f.get(1));
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
                rejects.add(new ImportResult.Reject(sdnName, r.line(), "ent_num is not a number: " + f.get(0)));
                continue;
            }
            if (name.isEmpty()) {
                rejects.add(new ImportResult.Reject(sdnName, r.line(), "empty SDN_Name"));
                continue;
            }
            if (byId.containsKey(id)) {
                rejects.add(new ImportResult.Reject(sdnName, r.line(), "duplicate ent_num " + id));
                continue;
            }
            Builder b = new Builder(id, name, value(f.get(2)), value(f.get(3)));
            remarks(b, value(f.get(11)));
            byId.put(id, b);
        }
        int read = rows.size();
        if (alt != null) {
            List<Csv.Row> altRows = Csv.read(alt);
            read += altRows.size();
            for (Csv.Row r : altRows) {
                Builder b = joined(altName, r, 5, byId, rejects);
                if (b != null && value(r.fields().get(3)).isEmpty()) {
                    rejects.add(new ImportResult.Reject(altName, r.line(), "an alternate name without a name"));
                } else if (b != null) {
                    String remarks = value(r.fields().get(4)).toLowerCase(java.util.Locale.ROOT);
                    b.aliases.add(new EntryName(
                            value(r.fields().get(3)),
                            remarks.contains("weak") ? EntryName.Quality.WEAK : EntryName.Quality.STRONG));
                }
            }
        }
        if (add != null) {
            List<Csv.Row> addRows = Csv.read(add);
            read += addRows.size();
            for (Csv.Row r : addRows) {
                Builder b = joined(addName, r, 6, byId, rejects);
                if (b != null && !value(r.fields().get(4)).isEmpty()) {
                    b.countries.add(value(r.fields().get(4)));
                }
            }
        }
        List<WatchlistEntry> entries = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            entries.add(b.build());
        }
        return new ImportResult(new Watchlist(version, entries), read, rejects, warnings);
    }

    private static Builder joined(
            String source, Csv.Row r, int fields, Map<String, Builder> byId, List<ImportResult.Reject> rejects) {
        String problem = Csv.problem(r, fields);
        if (problem != null) {
            rejects.add(new ImportResult.Reject(source, r.line(), problem));
            return null;
        }
        Builder b = byId.get(value(r.fields().get(0)));
        if (b == null) {
            rejects.add(new ImportResult.Reject(
                    source, r.line(), "unknown ent_num " + r.fields().get(0).strip()));
        }
        return b;
    }

    private static String value(String field) {
        String v = field.strip();
        return v.equals("-0-") ? "" : v;
    }

    private static void remarks(Builder b, String remarks) {
        Matcher m = DOB.matcher(remarks);
        while (m.find()) {
            PartialDate.parseListed(m.group(1)).ifPresent(b.dobs::add);
        }
        for (String segment : remarks.split(";", -1)) {
            String n = nationality(segment);
            if (n != null && !b.nationalities.contains(n)) {
                b.nationalities.add(n);
            }
        }
        m = DOCUMENT.matcher(remarks);
        while (m.find()) {
            b.documents.add(new DocumentRef(m.group(2), m.group(1), m.group(3)));
        }
        m = GENDER.matcher(remarks);
        if (m.find()) {
            b.sex = Sex.parse(m.group(1));
        }
    }

    /**
     * The country a remark names after {@code nationality} or {@code citizen} ({@code nationality
     * Egypt}, {@code citizen Cote d'Ivoire.}): a capital letter and then letters, spaces and {@code
     * ,.'-} to the end of the remark (a final full stop is not part of it); null when there is none.
     * Linear in the remark's length, however many times the words recur in it.
     */
    static String nationality(String remark) {
        // the last character a country's name cannot hold: a name must start after it
        int last = -1;
        for (int i = 0; i < remark.length(); i++) {
            char c = remark.charAt(i);
            if (!Character.isLetter(c) && " ,.'-".indexOf(c) < 0) {
                last = i;
            }
        }
        int best = -1;
        for (String word : new String[] {"nationality ", "citizen "}) {
            for (int k = remark.indexOf(word); k >= 0; k = remark.indexOf(word, k + 1)) {
                int start = k + word.length();
                if (start > last && start < remark.length() && Character.isUpperCase(remark.charAt(start))) {
                    if (best < 0 || start < best) {
                        best = start;
                    }
                    break; // the first such word takes the rest of the remark
                }
            }
        }
        if (best < 0) {
            return null;
        }
        String n = remark.substring(best).strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1).strip() : n;
    }

    private static final class Builder {
        final String id;
        final String name;
        final String type;
        final String program;
        final List<EntryName> aliases = new ArrayList<>();
        final List<PartialDate> dobs = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<DocumentRef> documents = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        Sex sex = Sex.UNSPECIFIED;

        Builder(String id, String name, String type, String program) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.program = program;
        }

        WatchlistEntry build() {
            List<EntryName> names = new ArrayList<>();
            names.add(new EntryName(name, EntryName.Quality.PRIMARY));
            names.addAll(aliases);
            return new WatchlistEntry(
                    "OFAC-SDN",
                    id,
                    type.equalsIgnoreCase("individual") ? WatchlistEntry.Kind.PERSON : WatchlistEntry.Kind.ENTITY,
                    type.isEmpty() ? program : program + " (" + type + ")",
                    names,
                    dobs,
                    sex,
                    nationalities,
                    documents,
                    countries,
                    null,
                    null);
        }
    }
}
