package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their nicknames and short forms (William / Bill / Will), from the bundled table
 * {@code nicknames.csv} (carltonnorthern/nicknames, Apache-2.0; see SOURCES.txt next to it). Two
 * names are equivalent when one is a nickname of the other or both are nicknames of the same name.
 */
public final class Nicknames {

    private static final Nicknames BUNDLED = load();

    private final Map<String, Set<String>> groups;
    // one bit per value of the low 16 bits of a name's hash, set for the names in the table: most
    // parts compared have no nicknames and are turned away here, without a hash-map look-up
    private final long[] present = new long[1 << 10];

    private Nicknames(Map<String, Set<String>> groups) {
        this.groups = groups;
        for (String name : groups.keySet()) {
            int h = name.hashCode();
            present[(h >>> 6) & (present.length - 1)] |= 1L << h;
        }
    }

    /** The bundled table. */
    public static Nicknames bundled() {
        return BUNDLED;
    }

    /** Whether the two lower-case names are nickname-equivalent (and not equal). */
    public boolean equivalent(String a, String b) {
        int h = a.hashCode();
        if ((present[(h >>> 6) & (present.length - 1)] & (1L << h)) == 0 || a.equals(b)) {
            return false;
        }
        Set<String> ga = groups.get(a);
        return ga != null && ga.contains(b);
    }

    /** The names nickname-equivalent to this lower-case name (empty when it has none). */
    public Set<String> equivalents(String name) {
        return groups.getOrDefault(name, Set.of());
    }

    private static Nicknames load() {
        Map<String, Set<String>> direct = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.csv")) {
            if (in == null) {
                throw new IllegalStateException("nicknames.csv missing from the screening jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header: name1,relationship,name2
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                if (f.length == 3 && f[1].equals("has_nickname")) {
                    direct.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(f[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> groups = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : direct.entrySet()) {
            Set<String> group = new HashSet<>(e.getValue());
            group.add(e.getKey());
            for (String member : group) {
                groups.computeIfAbsent(member, k -> new HashSet<>()).addAll(group);
            }
        }
        return new Nicknames(groups);
    }
}
