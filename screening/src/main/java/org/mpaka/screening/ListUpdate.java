package org.mpaka.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two list versions, by entry key ({@link WatchlistEntry#key()}).
 *
 * @param fromVersion the version replaced (empty for the first load)
 * @param toVersion the version now active
 * @param added keys only in the new version
 * @param removed keys only in the old version
 * @param changed keys in both whose entries differ
 * @param unchanged number of entries equal in both
 */
public record ListUpdate(
        String fromVersion,
        String toVersion,
        List<String> added,
        List<String> removed,
        List<String> changed,
        int unchanged) {

    /** Copies the lists. */
    public ListUpdate {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Compares two versions. */
    public static ListUpdate between(Watchlist from, Watchlist to) {
        Map<String, WatchlistEntry> old = new HashMap<>();
        for (WatchlistEntry e : from.entries()) {
            old.put(e.key(), e);
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        Map<String, Boolean> seen = new HashMap<>();
        for (WatchlistEntry e : to.entries()) {
            seen.put(e.key(), Boolean.TRUE);
            WatchlistEntry before = old.get(e.key());
            if (before == null) {
                added.add(e.key());
            } else if (before.equals(e)) {
                unchanged++;
            } else {
                changed.add(e.key());
            }
        }
        List<String> removed = new ArrayList<>();
        for (WatchlistEntry e : from.entries()) {
            if (!seen.containsKey(e.key())) {
                removed.add(e.key());
            }
        }
        return new ListUpdate(from.version(), to.version(), added, removed, changed, unchanged);
    }

    /** For example {@code 2021-08-18 -> 2024-05-03: +6761 -879 ~120 =8000}. */
    public String summary() {
        return fromVersion + " -> " + toVersion + ": +" + added.size() + " -" + removed.size() + " ~" + changed.size()
                + " =" + unchanged;
    }
}
