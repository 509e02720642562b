package org.mpaka.screening;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The screening service's core: holds the active {@link ScreeningIndex} and replaces it atomically.
 * A query reads the reference once, so it sees the old list or the new one, never a mix. A list
 * that fails to import never reaches {@link #update}, so the previous version stays active. Meant to
 * be one shared instance per server; thread-safe.
 */
public final class Screener {

    private final NameMatcher matcher;
    private final AtomicReference<ScreeningIndex> active;

    /** Starts with an empty list. */
    public Screener(NameMatcher matcher) {
        this.matcher = matcher;
        this.active = new AtomicReference<>(ScreeningIndex.build(new Watchlist("", List.of()), matcher));
    }

    /** The active index (a consistent snapshot). */
    public ScreeningIndex current() {
        return active.get();
    }

    /** Screens against the active version. */
    public List<Hit> screen(PersonQuery query, int limit) {
        return active.get().screen(query, limit);
    }

    /**
     * Builds an index of the new version, then makes it active. Concurrent updates are serialised.
     *
     * @return what changed compared with the version that was active
     */
    public synchronized ListUpdate update(Watchlist next) {
        ScreeningIndex built = ScreeningIndex.build(next, matcher);
        ScreeningIndex previous = active.getAndSet(built);
        return ListUpdate.between(previous.list(), next);
    }

    /** Supplies a list version; may fail with the import's exception. */
    @FunctionalInterface
    public interface ListSource {
        /** Reads the list. */
        Watchlist read() throws WatchlistImportException;
    }

    /**
     * Imports and activates a list version; when the import throws, nothing changes and the
     * exception is passed on.
     */
    public ListUpdate update(ListSource source) throws WatchlistImportException {
        Watchlist next = source.read();
        return update(next);
    }
}
