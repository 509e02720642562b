package org.mpaka.screening;

import java.util.List;

/**
 * One version of one or more watchlists, as imported.
 *
 * @param version a label for the version (file date, publication date, import time)
 * @param entries the entries; keys ({@link WatchlistEntry#key()}) are unique
 */
public record Watchlist(String version, List<WatchlistEntry> entries) {

    /** Copies the entries. */
    public Watchlist {
        version = version == null ? "" : version;
        entries = List.copyOf(entries);
    }

    /** This list's entries followed by the other's, under a combined version label. */
    public Watchlist plus(Watchlist other) {
        List<WatchlistEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(other.entries);
        return new Watchlist(version + "+" + other.version, all);
    }
}
