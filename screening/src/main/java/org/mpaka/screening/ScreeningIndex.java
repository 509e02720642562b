package org.mpaka.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpaka.screening.internal.Candidates;
import org.mpaka.screening.internal.EntryScorer;
import org.mpaka.screening.internal.NameKeys;
import org.mpaka.screening.internal.NameNormalizer;
import org.mpaka.screening.internal.Nicknames;
import org.mpaka.screening.internal.NormalizedName;
import org.mpaka.screening.internal.Part;
import org.mpaka.screening.internal.Postings;
import org.mpaka.screening.internal.PreparedQuery;

/**
 * An immutable in-memory index of one watchlist version. Thread-safe: any number of threads may
 * screen concurrently.
 *
 * <p>Screening has two stages. Candidate generation looks up the query's keys ({@link
 * org.mpaka.screening.internal.NameKeys}: orthographic form, consonant skeleton, one-deletion
 * skeletons, prefixes, parts written together, nickname equivalents) in flat posting arrays and
 * ranks listed names by summed inverse-document-frequency weight (plus a weak key for the birth
 * year, so that among people with the same name those born that year come first); the best {@value
 * #DEFAULT_CANDIDATES} names and every entry sharing a document number (up to OCR confusion) are
 * then scored exactly as {@link NameMatcher#match} would. Names are stored as arrays of ids into a
 * dictionary of distinct normalised parts, so each part is normalised once per list version.
 *
 * <p>Hot path, per query: key look-ups into flat arrays with per-thread scratch ({@link
 * org.mpaka.screening.internal.Candidates}), then the rescoring of about {@value
 * #DEFAULT_CANDIDATES} names. Rescoring is exact and kept cheap: each listed name is held ready
 * for the scorer (built once per list version); every name of an entry is scored without its
 * explanation and only the winning name is aligned again to explain the hit; an entry stops at a
 * perfect name score; part pairs whose letter sets already differ by more than the typo bound skip
 * the edit-distance table; runs of parts written together are only built when some part could
 * equal them. None of these shortcuts changes a score or a ranking.
 */
public final class ScreeningIndex {

    /** Names scored in full per query. */
    public static final int DEFAULT_CANDIDATES = 100;

    private static final String YEAR_KEY = "y:";
    private static final float YEAR_WEIGHT = 0.3f;

    private final Watchlist list;
    private final NameMatcher matcher;
    private final WatchlistEntry[] entries;
    private final int[] entryNameStart;
    private final Part[] tokens;
    private final int[][] nameParts;
    private final byte[] nameScheme;
    private final byte[] nameQuality;
    private final String[] originals;
    private final int[] nameEntry;
    private final List<String> schemes;
    private final Postings postings;
    private final Map<String, int[]> documents;
    private final EntryScorer.ListedName[] listed;
    private final ThreadLocal<Candidates> scratch;
    private final int candidates;

    private ScreeningIndex(Builder b, Watchlist list, NameMatcher matcher, int candidates) {
        this.list = list;
        this.matcher = matcher;
        this.candidates = candidates;
        this.entries = list.entries().toArray(new WatchlistEntry[0]);
        this.entryNameStart = b.entryNameStart;
        int n = b.names;
        this.tokens = b.tokens.toArray(new Part[0]);
        this.nameParts = Arrays.copyOf(b.parts, n);
        this.nameScheme = Arrays.copyOf(b.scheme, n);
        this.nameQuality = Arrays.copyOf(b.quality, n);
        this.originals = Arrays.copyOf(b.original, n);
        this.nameEntry = Arrays.copyOf(b.entry, n);
        this.schemes = List.copyOf(b.schemes.keySet());
        this.postings = b.postings.build();
        this.documents = b.documents();
        this.listed = listedNames();
        this.scratch = ThreadLocal.withInitial(() -> new Candidates(postings, nameParts.length));
    }

    /** Indexes a list with the given matcher (its thresholds classify hits). */
    public static ScreeningIndex build(Watchlist list, NameMatcher matcher) {
        return build(list, matcher, DEFAULT_CANDIDATES);
    }

    /** Indexes a list, scoring {@code candidates} names in full per query. */
    public static ScreeningIndex build(Watchlist list, NameMatcher matcher, int candidates) {
        Builder b = new Builder(list.entries().size());
        for (WatchlistEntry e : list.entries()) {
            b.add(e);
        }
        b.entryNameStart[list.entries().size()] = b.names;
        return new ScreeningIndex(b, list, matcher, candidates);
    }

    /** The indexed list version. */
    public Watchlist list() {
        return list;
    }

    /** Number of entries. */
    public int size() {
        return entries.length;
    }

    /** Number of indexed names (one per name and romanisation). */
    public int nameCount() {
        return nameParts.length;
    }

    /** Hits at or above the weak threshold, best first, at most {@code limit}. */
    public List<Hit> screen(PersonQuery query, int limit) {
        List<Hit> hits = new ArrayList<>();
        for (Hit h : top(query, limit)) {
            if (h.matchClass() != MatchClass.NONE) {
                hits.add(h);
            }
        }
        return hits;
    }

    /** The {@code k} best-scoring entries among the candidates, whatever their score. */
    public List<Hit> top(PersonQuery query, int k) {
        PreparedQuery pq = PreparedQuery.of(query);
        Candidates c = scratch.get();
        c.reset();
        for (NormalizedName n : pq.names()) {
            NameKeys.emit(n, true, Nicknames.bundled(), c);
            c.nextName();
        }
        if (query.birthDate() != null) {
            // a weak extra slot: among people with the same name, those born that year rank first
            c.nextName();
            c.key(Integer.MAX_VALUE, YEAR_KEY + query.birthDate().year(), YEAR_WEIGHT);
        }
        int[] top = c.top(candidates);
        LinkedHashMap<Integer, Boolean> entryIds = new LinkedHashMap<>();
        for (int nameId : top) {
            entryIds.put(nameEntry[nameId], Boolean.TRUE);
        }
        for (DocumentRef d : query.documents()) {
            for (int e : documents.getOrDefault(d.ocrKey(), new int[0])) {
                entryIds.put(e, Boolean.TRUE);
            }
        }
        List<Hit> hits = new ArrayList<>(entryIds.size());
        for (int e : entryIds.keySet()) {
            hits.add(scoreEntry(pq, e));
        }
        return best(hits, k);
    }

    /** Scores every entry (no candidate generation): the reference the index is tested against. */
    public List<Hit> exhaustive(PersonQuery query, int k) {
        PreparedQuery pq = PreparedQuery.of(query);
        List<Hit> hits = new ArrayList<>(entries.length);
        for (int e = 0; e < entries.length; e++) {
            hits.add(scoreEntry(pq, e));
        }
        return best(hits, k);
    }

    private static List<Hit> best(List<Hit> hits, int k) {
        hits.sort((a, b) -> {
            int c = Double.compare(b.score(), a.score());
            return c != 0 ? c : a.entry().key().compareTo(b.entry().key());
        });
        List<Hit> out = new ArrayList<>(Math.min(k, hits.size()));
        for (Hit h : hits) {
            if (out.size() == k) {
                break;
            }
            if (h.score() > 0) {
                out.add(h);
            }
        }
        return out;
    }

    private Hit scoreEntry(PreparedQuery pq, int e) {
        return matcher.scorer()
                .score(pq, entries[e], Arrays.asList(listed).subList(entryNameStart[e], entryNameStart[e + 1]));
    }

    /** Each name as the scorer takes it, built once per list version (not once per query). */
    private EntryScorer.ListedName[] listedNames() {
        EntryScorer.ListedName[] out = new EntryScorer.ListedName[nameParts.length];
        for (int n = 0; n < out.length; n++) {
            int[] ids = nameParts[n];
            Part[] parts = new Part[ids.length];
            for (int i = 0; i < ids.length; i++) {
                parts[i] = tokens[ids[i]];
            }
            out[n] = new EntryScorer.ListedName(
                    new NormalizedName(Arrays.asList(parts), schemes.get(nameScheme[n])),
                    EntryName.Quality.values()[nameQuality[n]],
                    originals[n]);
        }
        return out;
    }

    private static final class Builder {
        final int[] entryNameStart;
        int[][] parts = new int[16][];
        final Map<Part, Integer> tokenIds = new HashMap<>();
        final List<Part> tokens = new ArrayList<>();
        byte[] scheme = new byte[16];
        byte[] quality = new byte[16];
        String[] original = new String[16];
        int[] entry = new int[16];
        int names;
        int entryCount;
        final Map<String, Integer> schemes = new LinkedHashMap<>(Map.of("", 0));
        final Postings.Builder postings = new Postings.Builder();
        final Map<String, List<Integer>> docs = new HashMap<>();

        Builder(int entries) {
            entryNameStart = new int[entries + 1];
        }

        void add(WatchlistEntry e) {
            int id = entryCount++;
            entryNameStart[id] = names;
            birthDates = e.birthDates();
            for (EntryName en : e.names()) {
                for (NormalizedName nn : NameNormalizer.normalize(en.name())) {
                    addName(id, en, nn);
                }
            }
            for (DocumentRef d : e.documents()) {
                if (!d.ocrKey().isEmpty()) {
                    docs.computeIfAbsent(d.ocrKey(), k -> new ArrayList<>(1)).add(id);
                }
            }
        }

        private List<PartialDate> birthDates = List.of();

        private void addName(int entryId, EntryName en, NormalizedName nn) {
            if (names == parts.length) {
                int cap = names * 2;
                parts = Arrays.copyOf(parts, cap);
                scheme = Arrays.copyOf(scheme, cap);
                quality = Arrays.copyOf(quality, cap);
                original = Arrays.copyOf(original, cap);
                entry = Arrays.copyOf(entry, cap);
            }
            int nameId = names++;
            int[] ids = new int[nn.parts().size()];
            for (int i = 0; i < ids.length; i++) {
                Part p = nn.parts().get(i);
                ids[i] = tokenIds.computeIfAbsent(p, k -> {
                    tokens.add(k);
                    return tokens.size() - 1;
                });
            }
            parts[nameId] = ids;
            scheme[nameId] = (byte) (int) schemes.computeIfAbsent(nn.romanisation(), k -> schemes.size());
            quality[nameId] = (byte) en.quality().ordinal();
            original[nameId] = en.name();
            entry[nameId] = entryId;
            NameKeys.emit(nn, false, Nicknames.bundled(), (slot, key, w) -> postings.add(NameKeys.hash38(key), nameId));
            for (PartialDate d : birthDates) {
                postings.add(NameKeys.hash38(YEAR_KEY + d.year()), nameId);
            }
        }

        Map<String, int[]> documents() {
            Map<String, int[]> out = new HashMap<>();
            docs.forEach(
                    (k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        }
    }
}
