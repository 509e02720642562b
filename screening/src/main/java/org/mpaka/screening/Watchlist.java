package org.mpaka.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of one or more watchlists, as imported.
 *
 * @param version a label for the version (file date, publication date, import time)
 * @param entries the entries; keys ({@link WatchlistEntry#key()}) are unique
 * @param formerKeys keys that entries of this version had in earlier versions, each with the key of
 *     the entry that now stands for it (a list that merges two records of one person under a new id
 *     says which ids it merged: FollowTheMoney's {@code referents}); {@link ListUpdate#between}
 *     reports such an entry as renamed, not as one removed and one added. A key that is still an
 *     entry's key of this version is left out.
 */
public record Watchlist(String version, List<WatchlistEntry> entries, Map<String, String> formerKeys) {

    /** Copies the entries and former keys, leaving out former keys that are entries' keys. */
    public Watchlist {
        version = version == null ? "" : version;
        entries = List.copyOf(entries);
        Map<String, String> former = new LinkedHashMap<>();
        if (formerKeys != null && !formerKeys.isEmpty()) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (WatchlistEntry e : entries) {
                keys.add(e.key());
            }
            formerKeys.forEach((old, now) -> {
                if (!keys.contains(old) && keys.contains(now)) {
                    former.put(old, now);
                }
            });
        }
        formerKeys = java.util.Collections.unmodifiableMap(former);
    }

    /** A version whose entries had no other keys before. */
    public Watchlist(String version, List<WatchlistEntry> entries) {
        this(version, entries, Map.of());
    }

    /** This list's entries followed by the other's, under a combined version label. */
    public Watchlist plus(Watchlist other) {
        List<WatchlistEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(other.entries);
        Map<String, String> former = new LinkedHashMap<>(formerKeys);
        other.formerKeys.forEach(former::putIfAbsent);
        return new Watchlist(version + "+" + other.version, all, former);
    }
}
