package org.mpaka.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two list versions, by entry key ({@link WatchlistEntry#key()}).
 *
 * @param fromVersion the version replaced (empty for the first load)
 * @param toVersion the version now active
 * @param added keys only in the new version
 * @param removed keys only in the old version
 * @param changed keys in both whose entries differ, and keys of the new version that old entries
 *     were renamed to when their content changed or several old entries were merged into one (or
 *     into an entry the old version had already)
 * @param unchanged number of entries equal in both (a renamed entry whose content is the same counts
 *     here)
 * @param renamed keys only in the old version whose entry the new version lists under another key
 *     ({@link Watchlist#formerKeys}), each with that key; they are in neither {@code removed} nor, for
 *     the new key, {@code added}
 */
public record ListUpdate(
        String fromVersion,
        String toVersion,
        List<String> added,
        List<String> removed,
        List<String> changed,
        int unchanged,
        Map<String, String> renamed) {

    /** Copies the lists; a null {@code renamed} is none. */
    public ListUpdate {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        renamed = renamed == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    }

    /** An update in which no entry was renamed. */
    public ListUpdate(
            String fromVersion,
            String toVersion,
            List<String> added,
            List<String> removed,
            List<String> changed,
            int unchanged) {
        this(fromVersion, toVersion, added, removed, changed, unchanged, Map.of());
    }

    /** Compares two versions. */
    public static ListUpdate between(Watchlist from, Watchlist to) {
        Map<String, WatchlistEntry> old = new HashMap<>();
        for (WatchlistEntry e : from.entries()) {
            old.put(e.key(), e);
        }
        Set<String> current = new HashSet<>();
        for (WatchlistEntry e : to.entries()) {
            current.add(e.key());
        }
        // the new version's keys that stand for old entries under other keys, with those keys
        Map<String, List<String>> formerOf = new HashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (WatchlistEntry e : from.entries()) {
            String now = to.formerKeys().get(e.key());
            if (now != null && !current.contains(e.key())) {
                renamed.put(e.key(), now);
                formerOf.computeIfAbsent(now, k -> new ArrayList<>()).add(e.key());
            }
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (WatchlistEntry e : to.entries()) {
            WatchlistEntry before = old.get(e.key());
            List<String> former = formerOf.get(e.key());
            if (former != null) {
                // one old entry under a new key is unchanged if its content is; a merge changes it
                boolean asItWas = before == null && former.size() == 1 && e.equals(withId(old.get(former.get(0)), e));
                if (asItWas) {
                    unchanged++;
                } else {
                    changed.add(e.key());
                }
            } else if (before == null) {
                added.add(e.key());
            } else if (e.equals(before)) {
                unchanged++;
            } else {
                changed.add(e.key());
            }
        }
        List<String> removed = new ArrayList<>();
        for (WatchlistEntry e : from.entries()) {
            if (!current.contains(e.key()) && !renamed.containsKey(e.key())) {
                removed.add(e.key());
            }
        }
        return new ListUpdate(from.version(), to.version(), added, removed, changed, unchanged, renamed);
    }

    /** {@code e} under the list and id of {@code as}, to compare its content. */
    private static WatchlistEntry withId(WatchlistEntry e, WatchlistEntry as) {
        return new WatchlistEntry(
                as.list(),
                as.id(),
                e.kind(),
                e.category(),
                e.names(),
                e.birthDates(),
                e.sex(),
                e.nationalities(),
                e.documents(),
                e.addressCountries(),
                e.validFrom(),
                e.validTo());
    }

    /**
     * For example {@code 2021-08-18 -> 2024-05-03: +6761 -879 ~120 =8000}, and {@code , renamed 2}
     * when old keys now belong to other entries.
     */
    public String summary() {
        return fromVersion + " -> " + toVersion + ": +" + added.size() + " -" + removed.size() + " ~" + changed.size()
                + " =" + unchanged + (renamed.isEmpty() ? "" : ", renamed " + renamed.size());
    }
}
