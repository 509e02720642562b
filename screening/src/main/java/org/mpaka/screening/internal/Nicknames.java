package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their nicknames and short forms, and their forms in other languages, from three
 * bundled tables (see SOURCES.txt next to them):
 *
 * <ul>
 *   <li>{@code nicknames.csv} (carltonnorthern/nicknames, Apache-2.0): English nicknames, William /
 *       Bill / Will;
 *   <li>{@code nicknames_more.csv}, written for Mpaka: Russian, Ukrainian, Greek, Spanish, Italian
 *       and Dutch short forms, Volodya / Vladimir, Nikos / Nikolaos, Chuy / Jesus;
 *   <li>{@code given_names.csv}, written for Mpaka: one given name's forms in other languages,
 *       Peter / Pierre / Pyotr / Butrus / Petero;
 *   <li>{@code spellings.csv}, written for Mpaka: one name's romanisations that the spelling rules
 *       do not join, Korean surnames (Lee / Yi / Ri, Park / Pak) and Belarusian and Ukrainian given
 *       names (Aleh / Oleh / Oleg);
 *   <li>{@code root_names.csv}, written for Mpaka: different Arabic names of one root that the
 *       spelling rules and the consonant skeleton join, Mohamed / Mahmoud, Jamil / Jamal (the
 *       {@link Aligner} holds a name met only so at a possible hit).
 * </ul>
 *
 * Two names are nickname-equivalent when one is a nickname of the other or both are nicknames of
 * the same name (the first two tables); they are the same name in another language when one line of
 * the third lists both, and the same name in another romanisation when one line of the fourth does.
 */
public final class Nicknames {

    private static final Nicknames BUNDLED = load();

    // per name, its nicknames and other romanisations: what a query part also looks up
    private final Map<String, Set<String>> lookups;
    // every name in the tables numbered (Part carries its number, see Part#nameId), and per number
    // the sorted numbers of the names related to it in each table: a comparison of two parts is
    // then a search in a short array, with no hashing
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[][] nicknamesOf;
    private final int[][] languagesOf;
    private final int[][] spellingsOf;
    private final int[][] otherNamesOfRoot;

    private Nicknames(
            Map<String, Set<String>> nicknames,
            Map<String, Set<String>> languages,
            Map<String, Set<String>> spellings,
            Map<String, Set<String>> otherNamesOfRoot) {
        for (Map<String, Set<String>> table : List.of(nicknames, languages, spellings, otherNamesOfRoot)) {
            for (String name : table.keySet()) {
                ids.putIfAbsent(name, ids.size());
            }
        }
        this.nicknamesOf = related(nicknames);
        this.languagesOf = related(languages);
        this.spellingsOf = related(spellings);
        this.otherNamesOfRoot = related(otherNamesOfRoot);
        Map<String, Set<String>> lookups = new HashMap<>();
        for (Map<String, Set<String>> table : List.of(nicknames, spellings)) {
            table.forEach((name, members) ->
                    lookups.computeIfAbsent(name, k -> new HashSet<>()).addAll(members));
        }
        this.lookups = lookups;
        for (String name : ids.keySet()) {
            int f = filterBit(name);
            mayHold[f >>> 6] |= 1L << f;
        }
    }

    // a bit per (length, first two letters, last letter) class of the names in the tables: most
    // parts compared fall in a class no table name is in, and are known to be in none without
    // hashing the whole string (parts written out while matching are new strings every time)
    private final long[] mayHold = new long[1 << 10];

    private static int filterBit(String name) {
        int n = name.length();
        if (n == 0) {
            return 0;
        }
        int h = n * 31 + name.charAt(0);
        h = h * 31 + name.charAt(n > 1 ? 1 : 0);
        h = h * 31 + name.charAt(n - 1);
        h *= 0x9E3779B9;
        return h >>> 16; // 16 bits
    }

    private int[][] related(Map<String, Set<String>> table) {
        int[][] out = new int[ids.size()][];
        table.forEach((name, members) -> out[ids.get(name)] =
                members.stream().mapToInt(ids::get).sorted().toArray());
        return out;
    }

    /** The bundled table. */
    public static Nicknames bundled() {
        return BUNDLED;
    }

    /** The number of a lower-case name in the tables, or -1 when it is in none. */
    public int id(String name) {
        int f = filterBit(name);
        if ((mayHold[f >>> 6] & (1L << f)) == 0) {
            return -1;
        }
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    /** Whether the two lower-case names are nickname-equivalent (and not equal). */
    public boolean equivalent(String a, String b) {
        return related(nicknamesOf, id(a), id(b));
    }

    /** As {@link #equivalent(String, String)}, for two parts (numbered by the bundled table). */
    public boolean equivalent(Part a, Part b) {
        return related(nicknamesOf, a, b);
    }

    /** Whether the two parts are one name in two romanisations (and not equal). */
    public boolean sameNameOtherwiseRomanised(Part a, Part b) {
        return related(spellingsOf, a, b);
    }

    /** Whether the two lower-case names are forms of one given name in different languages (and not equal). */
    public boolean sameNameInAnotherLanguage(String a, String b) {
        return related(languagesOf, id(a), id(b));
    }

    /** As {@link #sameNameInAnotherLanguage(String, String)}, for two parts (numbered by the bundled table). */
    public boolean sameNameInAnotherLanguage(Part a, Part b) {
        return related(languagesOf, a, b);
    }

    /**
     * Whether the two parts are different names of one Arabic root that the spelling rules and the
     * consonant skeleton join ({@code root_names.csv}: Mohamed / Mahmoud, Jamil / Jamal).
     */
    public boolean otherNameOfRoot(Part a, Part b) {
        return related(otherNamesOfRoot, a, b);
    }

    /** Parts carry their numbers in the bundled table, the only one there is (the constructor is private). */
    private static boolean related(int[][] table, Part a, Part b) {
        return related(table, a.nameId(), b.nameId());
    }

    private static boolean related(int[][] table, int a, int b) {
        if (a < 0 || b < 0 || a == b) {
            return false;
        }
        int[] r = table[a];
        return r != null && Arrays.binarySearch(r, b) >= 0;
    }

    /**
     * The names nickname-equivalent to this lower-case name and its other romanisations (empty when
     * it has none): what a query part also looks up.
     */
    public Set<String> equivalents(String name) {
        return lookups.getOrDefault(name, Set.of());
    }

    private static Nicknames load() {
        List<Set<String>> nicknames = new ArrayList<>();
        Map<String, Set<String>> direct = new HashMap<>();
        for (String line : lines("nicknames.csv", 1)) { // header: name1,relationship,name2
            String[] f = line.split(",", -1);
            if (f.length == 3 && f[1].equals("has_nickname")) {
                direct.computeIfAbsent(f[0].strip(), k -> new HashSet<>(Set.of(k)))
                        .add(f[2].strip());
            }
        }
        nicknames.addAll(direct.values());
        nicknames.addAll(groupsPerLine("nicknames_more.csv"));
        return new Nicknames(
                byMember(nicknames),
                byMember(groupsPerLine("given_names.csv")),
                byMember(groupsPerLine("spellings.csv")),
                otherNames(lines("root_names.csv", 0)));
    }

    /**
     * For each spelling of a table of names separated by {@code |} on a line, the spellings of the
     * line's other names. A bundled table that breaks its own format (a spelling not in lower-case
     * a–z, a name without spellings, a spelling under two names of a line, a line of one name) fails
     * to load, naming the line, rather than holding names apart that it should not.
     */
    static Map<String, Set<String>> otherNames(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<Set<String>> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : line.split("\\|", -1)) {
                Set<String> spellings = new HashSet<>();
                for (String spelling : name.split(",", -1)) {
                    String t = spelling.strip();
                    if (t.isEmpty() || !t.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                        throw new IllegalStateException("root_names.csv line " + number + ": \"" + t
                                + "\" is not a spelling in lower-case letters a-z");
                    }
                    if (!seen.add(t)) {
                        throw new IllegalStateException(
                                "root_names.csv line " + number + ": \"" + t + "\" is written twice");
                    }
                    spellings.add(t);
                }
                names.add(spellings);
            }
            if (names.size() < 2) {
                throw new IllegalStateException("root_names.csv line " + number
                        + ": one name, nothing to hold apart (names are separated by |)");
            }
            for (Set<String> name : names) {
                Set<String> others = new HashSet<>(seen); // the line's spellings, each under one name
                others.removeAll(name);
                for (String spelling : name) {
                    out.computeIfAbsent(spelling, k -> new HashSet<>()).addAll(others);
                }
            }
        }
        return out;
    }

    /** The groups of a table written one group per line, comma-separated, with # comments. */
    private static List<Set<String>> groupsPerLine(String resource) {
        List<Set<String>> groups = new ArrayList<>();
        for (String line : lines(resource, 0)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Set<String> forms = new HashSet<>();
                for (String form : line.split(",")) {
                    forms.add(form.strip());
                }
                groups.add(forms);
            }
        }
        return groups;
    }

    /** For each name, the union of the groups it belongs to. */
    private static Map<String, Set<String>> byMember(List<Set<String>> groups) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Set<String> group : groups) {
            for (String member : group) {
                out.computeIfAbsent(member, k -> new HashSet<>()).addAll(group);
            }
        }
        return out;
    }

    private static List<String> lines(String resource, int skip) {
        try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the screening jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().skip(skip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
