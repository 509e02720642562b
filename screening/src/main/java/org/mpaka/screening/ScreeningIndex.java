package org.mpaka.screening;

import static org.mpaka.screening.internal.EntryScorer.DOB_CONFLICT;
import static org.mpaka.screening.internal.EntryScorer.DOB_EXACT;
import static org.mpaka.screening.internal.EntryScorer.DOB_NEAR;
import static org.mpaka.screening.internal.EntryScorer.DOB_SAME_YEAR;
import static org.mpaka.screening.internal.EntryScorer.NAT_LISTED;
import static org.mpaka.screening.internal.EntryScorer.NAT_NOT_LISTED;
import static org.mpaka.screening.internal.EntryScorer.SEX_DIFFERENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.mpaka.screening.internal.Aligner;
import org.mpaka.screening.internal.CandidateIndex;
import org.mpaka.screening.internal.Candidates;
import org.mpaka.screening.internal.Countries;
import org.mpaka.screening.internal.EntryScorer;
import org.mpaka.screening.internal.NameKeys;
import org.mpaka.screening.internal.NameNormalizer;
import org.mpaka.screening.internal.Nicknames;
import org.mpaka.screening.internal.NormalizedName;
import org.mpaka.screening.internal.Part;
import org.mpaka.screening.internal.PreparedQuery;

/**
 * An immutable in-memory index of one watchlist version. Thread-safe: any number of threads may
 * screen concurrently.
 *
 * <p>Screening has two stages. Candidate generation works on distinct name forms (names with
 * the same normalised parts share one form, so the hundreds of people called Mei Wang in a large
 * list are one candidate, not hundreds that crowd out everyone else): it looks up the query's keys
 * ({@link org.mpaka.screening.internal.NameKeys}: orthographic form, consonant skeleton, one-deletion
 * skeletons, one-deletion spellings, prefixes, parts written together in either order, nickname
 * equivalents) in the key index of distinct name parts, reads each matching part's list of forms
 * once ({@link org.mpaka.screening.internal.CandidateIndex}; very common parts through pairs and a
 * check of the forms found, not their whole lists) and ranks forms by summed inverse-document-frequency
 * weight of their best key per query part, less a little for each listed part beyond the query's,
 * plus a little for the query's parts listed next to each other and for a form carried by someone
 * born in the query's year (or, where a list gives a year alone, the year before or after). The
 * best {@value #DEFAULT_CANDIDATES} forms (and up to {@value
 * org.mpaka.screening.internal.Candidates#TIE_EXTRA} more that tie with the last) are aligned with
 * the query once each; the entries
 * carrying them get a cheap pre-score (name score, birth date, nationality, sex), so birth date picks
 * the right person among namesakes; the best of those, and every entry sharing a document number (up
 * to OCR confusion), are then scored exactly as {@link NameMatcher#match} would. Names are stored as
 * arrays of ids into a dictionary of distinct normalised parts, so each part is normalised once per
 * list version.
 *
 * <p>Hot path, per query: key look-ups into flat arrays with scratch space ({@link
 * org.mpaka.screening.internal.Candidates}, about 22 bytes per distinct name form and 20 per distinct
 * part, so some 20 MB for the 831,287 forms of the million-entry benchmark list), one alignment per candidate form, allocation-free
 * pre-scores, then the full scoring of about {@code k + 10} entries, of which only the {@code k}
 * returned are explained (their matched parts and adjustments written out). Forms are
 * expanded best first and stop once no remaining form can reach the pre-scores already kept.
 *
 * <p>Screening is CPU-bound: at most {@link #concurrency()} queries (the number of processors, at
 * least 2) run at once on one index, each with scratch space taken from a pool that never holds more
 * than that many; further callers wait their turn. Memory therefore does not grow with the number of
 * threads of a server, and the pool goes with the index when a list update replaces it.
 */
public final class ScreeningIndex {

    /** Distinct name forms aligned with each query. */
    public static final int DEFAULT_CANDIDATES = 100;

    /**
     * Most candidate forms per query (their positions are packed in 16 bits while ranking, with room
     * for the forms that tie with the last).
     */
    public static final int MAX_CANDIDATES = (1 << 16) - Candidates.TIE_EXTRA;

    /** Entries ranked by their pre-score and then scored in full, beyond the {@code k} asked for. */
    private static final int MARGIN = 10;

    private final Watchlist list;
    private final NameMatcher matcher;
    private final WatchlistEntry[] entries;
    private final int[] entryNameStart;
    private final Part[] tokens;
    private final int[][] nameParts;
    // per token: the number of listed names (every name and romanisation) that carry it
    private final int[] tokenNames;
    // per token: its first letter and length (see shape), -1 for a particle or an initial
    private final int[] tokenShapes;
    private final byte[] nameScheme;
    private final byte[] nameQuality;
    private final String[] originals;
    private final int[] nameEntry;
    private final List<String> schemes;
    private final CandidateIndex candidateIndex;
    private final Map<String, int[]> documents;
    private final EntryScorer.ListedName[] listed;
    private final int[] formNameStart;
    private final int[] formNames;
    private final int[] formEntryAt;
    private final NormalizedName[] formName;
    private final long[] formYears;
    // flat per-entry attributes for the pre-score (one cache line, not a walk through objects)
    private final int[] dobStart;
    private final int[] dobPacked;
    private final int[] natStart;
    private final int[] natCode;
    private final byte[] entrySex;
    private final long[] entryAttr;
    private final Map<String, Integer> natCodes = new HashMap<>();
    private final int[] nameForm;
    // entries by full birth date (packed), for queries that carry one
    private final Map<Integer, int[]> byBirthDate;
    private final Semaphore scratchPermits;
    private final ConcurrentLinkedQueue<Candidates> scratch = new ConcurrentLinkedQueue<>();
    private final int concurrency;
    private final int candidates;

    private ScreeningIndex(Builder b, Watchlist list, NameMatcher matcher, int candidates) {
        this.list = list;
        this.matcher = matcher;
        this.candidates = candidates;
        this.entries = list.entries().toArray(new WatchlistEntry[0]);
        this.entryNameStart = b.entryNameStart;
        int n = b.names;
        this.tokens = b.tokens.toArray(new Part[0]);
        this.tokenNames = new int[tokens.length];
        for (int nm = 0; nm < n; nm++) {
            int[] ids = b.parts[nm];
            for (int i = 0; i < ids.length; i++) {
                boolean first = true;
                for (int j = 0; j < i && first; j++) {
                    first = ids[j] != ids[i];
                }
                if (first) {
                    tokenNames[ids[i]]++;
                }
            }
        }
        this.tokenShapes = new int[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            Part p = tokens[t];
            tokenShapes[t] = p.particle() || p.initial() || p.text().isEmpty() ? -1 : shape(p);
        }
        this.nameParts = Arrays.copyOf(b.parts, n);
        this.nameScheme = Arrays.copyOf(b.scheme, n);
        this.nameQuality = Arrays.copyOf(b.quality, n);
        this.originals = Arrays.copyOf(b.original, n);
        this.nameEntry = Arrays.copyOf(b.entry, n);
        this.schemes = List.copyOf(b.schemes.keySet());
        this.candidateIndex = b.candidates.build(b.tokens.size());
        for (int i = 0; i < n; i++) {
            b.form[i] = candidateIndex.formId(b.form[i]); // the index numbers forms its own way
        }
        this.documents = b.documents();
        this.listed = listedNames();
        int forms = b.formIds.size();
        this.formNameStart = new int[forms + 1];
        for (int i = 0; i < n; i++) {
            formNameStart[b.form[i] + 1]++;
        }
        for (int f = 0; f < forms; f++) {
            formNameStart[f + 1] += formNameStart[f];
        }
        this.formNames = new int[n];
        int[] fill = Arrays.copyOf(formNameStart, forms);
        for (int i = 0; i < n; i++) {
            formNames[fill[b.form[i]]++] = i;
        }
        this.formEntryAt = new int[n];
        for (int p = 0; p < n; p++) {
            int nameId = formNames[p];
            formEntryAt[p] =
                    nameQuality[nameId] == EntryName.Quality.WEAK.ordinal() ? ~nameEntry[nameId] : nameEntry[nameId];
        }
        this.nameForm = Arrays.copyOf(b.form, n);
        Map<Integer, List<Integer>> dates = new HashMap<>();
        for (int e = 0; e < entries.length; e++) {
            for (PartialDate d : entries[e].birthDates()) {
                if (d.month() > 0 && d.day() > 0) {
                    dates.computeIfAbsent(pack(d), k -> new ArrayList<>(4)).add(e);
                }
            }
        }
        this.byBirthDate = new HashMap<>(dates.size() * 2);
        dates.forEach((k, v) -> byBirthDate.put(
                k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        this.formName = new NormalizedName[forms];
        for (int f = 0; f < forms; f++) {
            formName[f] = listed[formNames[formNameStart[f]]].name();
        }
        // per form, the birth years of the people carrying it, as bits (year mod 64); a year given
        // alone is often approximate (lists give "circa 1960", or 1959 and 1961), and counts for the
        // years either side too
        this.formYears = new long[forms];
        for (int f = 0; f < forms; f++) {
            for (int p = formNameStart[f]; p < formNameStart[f + 1]; p++) {
                int e = formEntryAt[p] < 0 ? ~formEntryAt[p] : formEntryAt[p];
                for (PartialDate d : entries[e].birthDates()) {
                    formYears[f] |= d.month() == 0
                            ? yearBits(d.year() - 1) | yearBits(d.year()) | yearBits(d.year() + 1)
                            : yearBits(d.year());
                }
            }
        }
        this.dobStart = new int[entries.length + 1];
        this.natStart = new int[entries.length + 1];
        this.entrySex = new byte[entries.length];
        int dobs = 0;
        int nats = 0;
        for (int e = 0; e < entries.length; e++) {
            dobs += entries[e].birthDates().size();
            nats += entries[e].nationalities().size();
        }
        this.dobPacked = new int[dobs];
        this.natCode = new int[nats];
        dobs = 0;
        nats = 0;
        for (int e = 0; e < entries.length; e++) {
            dobStart[e] = dobs;
            for (PartialDate d : entries[e].birthDates()) {
                dobPacked[dobs++] = pack(d);
            }
            natStart[e] = nats;
            for (String nat : entries[e].nationalities()) {
                natCode[nats++] = natCodes.computeIfAbsent(Countries.toAlpha3(nat), k -> natCodes.size());
            }
            entrySex[e] = (byte) entries[e].sex().ordinal();
        }
        dobStart[entries.length] = dobs;
        natStart[entries.length] = nats;
        this.entryAttr = new long[entries.length];
        for (int e = 0; e < entries.length; e++) {
            int nd = dobStart[e + 1] - dobStart[e];
            int nn = natStart[e + 1] - natStart[e];
            if (nd > 1 || nn > 1 || natCodes.size() >= (1 << 16)) {
                entryAttr[e] = ATTR_FLAT_ARRAYS;
                continue;
            }
            long a = entrySex[e];
            if (nd == 1) {
                a |= ATTR_HAS_DOB | ((long) dobPacked[dobStart[e]] << 4);
            }
            if (nn == 1) {
                a |= ATTR_HAS_NAT | ((long) natCode[natStart[e]] << 32);
            }
            entryAttr[e] = a;
        }
        this.concurrency = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.scratchPermits = new Semaphore(concurrency);
    }

    /** Indexes a list with the given matcher (its thresholds classify hits). */
    public static ScreeningIndex build(Watchlist list, NameMatcher matcher) {
        return build(list, matcher, DEFAULT_CANDIDATES);
    }

    /**
     * Indexes a list, aligning {@code candidates} distinct name forms (1 to {@value
     * #MAX_CANDIDATES}) with each query.
     */
    public static ScreeningIndex build(Watchlist list, NameMatcher matcher, int candidates) {
        if (candidates < 1 || candidates > MAX_CANDIDATES) {
            throw new IllegalArgumentException(
                    "candidates must be between 1 and " + MAX_CANDIDATES + ", was " + candidates);
        }
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
        // entries below the weak threshold are not reported, so not explained either
        for (Hit h : top(query, limit, matcher.thresholds().weak())) {
            if (h.matchClass() != MatchClass.NONE) {
                hits.add(h);
            }
        }
        return hits;
    }

    /**
     * The {@code k} best-scoring entries among the candidates, whatever their score.
     *
     * <p>Candidate generation ranks distinct listed name forms (people with exactly the same name
     * share one form), so a common name is one candidate, not hundreds that crowd out the rest. Each
     * candidate form is aligned with the query once; every entry carrying it then gets a pre-score
     * (that name score, weak-alias factor, birth date, nationality, sex: no allocation), forms
     * being taken best first and stopping once no remaining form can reach the current {@code k +
     * margin}-th pre-score. Entries born on the query's full birth date are pre-scored too, even
     * when their form was not among the candidates. The best entries by pre-score, and every entry
     * sharing a document number, are then scored in full (all their names), which never lowers a
     * pre-score, and the best {@code k} of them explained. Hits rank by their score before the cap
     * at 1, so that of two hits shown at 1.00 the one with more agreeing evidence comes first.
     */
    public List<Hit> top(PersonQuery query, int k) {
        return top(query, k, 0);
    }

    /** {@link #top(PersonQuery, int)} without the entries whose score is below {@code minScore}. */
    private List<Hit> top(PersonQuery query, int k, double minScore) {
        scratchPermits.acquireUninterruptibly();
        Candidates c = scratch.poll();
        if (c == null) {
            c = new Candidates(candidateIndex);
        }
        try {
            return top(query, k, c, minScore);
        } finally {
            scratch.offer(c);
            scratchPermits.release();
        }
    }

    /** Most queries that run at once on this index (see the class description). */
    public int concurrency() {
        return concurrency;
    }

    /** A birth year's bit in {@code formYears}: one of 64, by the year modulo 64. */
    private static long yearBits(int year) {
        return 1L << (year & 63);
    }

    private List<Hit> top(PersonQuery query, int k, Candidates c, double minScore) {
        PreparedQuery pq = prepare(query);
        c.reset();
        for (NormalizedName n : pq.names()) {
            c.queryParts(n.realParts());
            NameKeys.emit(n, true, Nicknames.bundled(), c);
            c.nextName();
        }
        // forms carried by someone born in the query's year rank a little higher
        long yearBit =
                query.birthDate() == null ? 0 : yearBits(query.birthDate().year());
        int[] forms = c.top(candidates, formYears, yearBit);
        Aligner aligner = matcher.aligner();
        long[] order = new long[forms.length];
        double[] formScore = new double[forms.length];
        Aligner.Memo[] memos = EntryScorer.memos(pq);
        int touched = 0;
        for (int f : forms) {
            touched += formName[f].touch();
        }
        c.keep(touched);
        // forms are scored for entries of either sex: with the query's sex known, as if the entry's
        // were the same (no hold on the other sex's form of a given name), which no entry's full
        // score exceeds, so that none is left out for a hold its own sex lifts
        EntryScorer.sexes(memos, query.sex() != Sex.UNSPECIFIED ? Aligner.Sexes.AGREE : Aligner.Sexes.UNKNOWN);
        for (int i = 0; i < forms.length; i++) {
            double best = 0;
            for (Aligner.Memo memo : memos) {
                best = Math.max(best, aligner.score(memo, formName[forms[i]]));
            }
            formScore[i] = best;
            // best first: the score's bits order like the score for non-negative doubles
            order[i] = (Long.MAX_VALUE - Double.doubleToLongBits(best)) & ~0xFFFFL | i;
        }
        Arrays.sort(order);
        int keep = Math.min(Math.max(k, 0), entries.length) + MARGIN;
        TopEntries heap = new TopEntries(keep);
        int qDob = query.birthDate() == null ? -1 : pack(query.birthDate());
        int qNat = pq.nationality().isEmpty() ? -1 : natCodes.getOrDefault(pq.nationality(), -2);
        int qSex = query.sex() == Sex.UNSPECIFIED ? -1 : query.sex().ordinal();
        // the most birth date and nationality can add: forms that cannot reach the kept entries stop
        double bonus = (qDob >= 0 ? DOB_EXACT : 0) + (qNat != -1 ? NAT_LISTED : 0);
        for (long o : order) {
            int i = (int) (o & 0xFFFFL);
            double s = formScore[i];
            if (s <= 0 || (heap.full() && s + bonus <= heap.min())) {
                break;
            }
            int f = forms[i];
            for (int p = formNameStart[f]; p < formNameStart[f + 1]; p++) {
                int e = formEntryAt[p];
                double v = s;
                if (e < 0) {
                    e = ~e;
                    v = s * EntryScorer.WEAK_ALIAS;
                }
                heap.offer(e, preScore(e, v, qDob, qNat, qSex));
                if (heap.full() && s + bonus <= heap.min()) {
                    break; // no other entry of this form can enter
                }
            }
        }
        // entries born that day that the query's keys met may score at least possible by the rule
        // of the family name and birth date, which no pre-score counts: they are scored in full
        List<Integer> byFamilyRule = pq.family() != null ? new ArrayList<>() : null;
        if (qDob >= 0 && query.birthDate().month() > 0 && query.birthDate().day() > 0) {
            c.keep(offerSameBirthDate(pq, memos, forms, c, qDob, qNat, qSex, heap, byFamilyRule));
        }
        LinkedHashSet<Integer> entryIds = new LinkedHashSet<>();
        for (int e : heap.entries()) {
            entryIds.add(e);
        }
        if (byFamilyRule != null) {
            entryIds.addAll(byFamilyRule);
        }
        for (DocumentRef d : query.documents()) {
            for (int e : documents.getOrDefault(d.ocrKey(), new int[0])) {
                entryIds.add(e);
            }
        }
        int[] ids = entryIds.stream().mapToInt(Integer::intValue).toArray();
        c.keep(touch(ids));
        EntryScorer.sexes(memos, Aligner.Sexes.UNKNOWN); // each entry's own sex from here on
        return best(pq, memos, ids, k, minScore);
    }

    /**
     * Reads the first fields of the given entries and their names in one loop, so that their memory
     * reads overlap before the entries are scored one by one; returns a value made of them.
     */
    private int touch(int[] ids) {
        int touched = 0;
        for (int e : ids) {
            WatchlistEntry entry = entries[e];
            touched += entry.birthDates().size() + entry.nationalities().size();
            for (int n = entryNameStart[e]; n < entryNameStart[e + 1]; n++) {
                touched += listed[n].name().touch();
            }
        }
        return touched;
    }

    /**
     * The {@code k} best of the given entries with a score above 0 and at least {@code minScore},
     * best first by their score before the cap at 1 (see {@link EntryScorer#scoreOnly}), equal ones
     * by entry key: each is scored in full without an explanation, and only those returned are
     * explained.
     */
    private List<Hit> best(PreparedQuery pq, Aligner.Memo[] memos, int[] ids, int k, double minScore) {
        EntryScorer scorer = matcher.scorer();
        double[] full = new double[ids.length];
        Integer[] rank = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            full[i] = scorer.scoreOnly(pq, memos, entries[ids[i]], listedOf(ids[i]));
            rank[i] = i;
        }
        Arrays.sort(rank, (a, b) -> {
            int byScore = Double.compare(full[b], full[a]);
            return byScore != 0 ? byScore : entries[ids[a]].key().compareTo(entries[ids[b]].key());
        });
        List<Hit> hits = new ArrayList<>(Math.min(k, ids.length));
        for (int i = 0; i < ids.length && hits.size() < k && full[rank[i]] > 0 && full[rank[i]] >= minScore; i++) {
            hits.add(scorer.score(pq, memos, entries[ids[rank[i]]], listedOf(ids[rank[i]])));
        }
        return hits;
    }

    /**
     * Entries born on the query's full birth date that are not among the candidate forms: aligned
     * and pre-scored too when one of the query's keys met a part of one of their names, whether or
     * not that part's forms were read (a crowd of similar names may have pushed them out, or the
     * budget of forms read for a mistyped part: Jusin Hiel is Justin Hill), since the date is what
     * tells namesakes apart and an MRZ reads it reliably. About 40 entries share a real date in a
     * million-entry list; most share no part with the query and are not aligned, unless the query
     * has an initial, which posts no keys (J. Hill meets Justin Hill that way), and then every entry
     * born that day is aligned. A part that starts with the letter of a query part and is about as
     * long is aligned too, mistyped as no key reaches (see {@link #mistypedReach}). Dates shared by
     * more than {@value #MAX_SAME_BIRTH_DATE} (placeholders such as 1 January) are skipped. The
     * entries born that day that the keys met, candidates or not, are added to {@code met} unless it
     * is null. Returns what touching their names added up to (see {@link #touch}).
     */
    private int offerSameBirthDate(
            PreparedQuery pq,
            Aligner.Memo[] memos,
            int[] forms,
            Candidates c,
            int qDob,
            int qNat,
            int qSex,
            TopEntries heap,
            List<Integer> met) {
        int[] born = bornOn(qDob);
        if (born == null) {
            return 0;
        }
        Aligner aligner = matcher.aligner();
        int[] sortedForms = forms.clone();
        Arrays.sort(sortedForms);
        boolean initials = pq.names().stream().anyMatch(NormalizedName::hasInitial);
        int[] shapes = shapes(pq.names());
        int[] align = new int[born.length];
        int count = 0;
        int touched = 0;
        for (int e : born) {
            boolean allCandidates = true;
            for (int n = entryNameStart[e]; n < entryNameStart[e + 1] && allCandidates; n++) {
                allCandidates = Arrays.binarySearch(sortedForms, nameForm[n]) >= 0;
            }
            boolean keysMet = (met != null || !allCandidates && !initials) && met(c, e);
            if (keysMet && met != null) {
                met.add(e);
            }
            if (!allCandidates && (initials || keysMet || mistypedReach(e, shapes))) {
                align[count++] = e;
                for (int n = entryNameStart[e]; n < entryNameStart[e + 1]; n++) {
                    touched += formName[nameForm[n]].touch();
                }
            }
            // else pre-scored through its candidate forms (or unable to reach the best), or no part
            // of its names is spelled like one of the query's
        }
        for (int i = 0; i < count; i++) {
            int e = align[i];
            double best = 0;
            for (int n = entryNameStart[e]; n < entryNameStart[e + 1]; n++) {
                int f = nameForm[n];
                double s = 0;
                for (Aligner.Memo memo : memos) {
                    s = Math.max(s, aligner.score(memo, formName[f]));
                }
                if (nameQuality[n] == EntryName.Quality.WEAK.ordinal()) {
                    s *= EntryScorer.WEAK_ALIAS;
                }
                best = Math.max(best, s);
            }
            if (best > 0) {
                heap.offer(e, preScore(e, best, qDob, qNat, qSex));
            }
        }
        return touched;
    }

    /**
     * The entries born on {@code date} (packed); null when none are, or when more than {@value
     * #MAX_SAME_BIRTH_DATE} are (a placeholder such as 1 January, not evidence).
     */
    private int[] bornOn(int date) {
        return placeholder(date) ? null : byBirthDate.get(date);
    }

    /** Whether more than {@value #MAX_SAME_BIRTH_DATE} listed people are born on {@code date} (packed). */
    private boolean placeholder(int date) {
        int[] born = byBirthDate.get(date);
        return born != null && born.length > MAX_SAME_BIRTH_DATE;
    }

    /**
     * Each real part of the query's names as its first letter and length ({@code letter << 16 |
     * length}), for {@link #mistypedReach}.
     */
    private static int[] shapes(List<NormalizedName> names) {
        int[] out = new int[8];
        int n = 0;
        for (NormalizedName name : names) {
            for (Part p : name.parts()) {
                if (!p.particle() && !p.initial() && !p.text().isEmpty()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = shape(p);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A part's first letter and length, as {@code letter << 16 | length}. */
    private static int shape(Part p) {
        return p.text().charAt(0) << 16 | Math.min(p.text().length(), 0xFFFF);
    }

    /**
     * Whether a part of one of entry {@code e}'s names starts with the letter of a query part and
     * is as long within two letters: a part mistyped where no look-up key reaches it, as when a
     * letter of a digraph is struck wrong or swapped across it (Kgalid Sgeikh for Khalid Sheikh,
     * Ricgard for Richard, Kahwa for Khawa), which the spelling rules' rewrite of digraphs hides
     * from the keys.
     */
    private boolean mistypedReach(int e, int[] shapes) {
        for (int n = entryNameStart[e]; n < entryNameStart[e + 1]; n++) {
            for (int t : nameParts[n]) {
                int listed = tokenShapes[t];
                if (listed < 0) {
                    continue;
                }
                for (int shape : shapes) {
                    if (shape >>> 16 == listed >>> 16 && Math.abs((shape & 0xFFFF) - (listed & 0xFFFF)) <= 2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Most listed names with a part spelled like a part of a family name (as the spelling rules
     * write it, as a given or a family name; an alias is a name) for the rule of the family name and
     * birth date to apply in the list: a traveller of a family name so common shares a full birth
     * date with one of its bearers too often (with 500 bearers and some 25,000 dates, about one in
     * seventy).
     */
    static final int MAX_FAMILY_NAMES = 500;

    /**
     * The query prepared for this list: without the rule of the family name and birth date (see
     * {@link EntryScorer#FAMILY_AND_BIRTH_DATE}) where its birth date is a placeholder here (more
     * than {@value #MAX_SAME_BIRTH_DATE} listed people born that day) or its family name is common
     * here (a part spelled like those of more than {@value #MAX_FAMILY_NAMES} listed names), so that {@link
     * #top} and {@link #exhaustive} agree.
     */
    private PreparedQuery prepare(PersonQuery query) {
        PreparedQuery pq = PreparedQuery.of(query);
        if (pq.family() == null) {
            return pq;
        }
        if (placeholder(pack(query.birthDate()))) {
            return pq.withoutFamily();
        }
        for (Part p : pq.family().parts()) {
            if (p.particle()) {
                continue;
            }
            long names = 0;
            for (int t : candidateIndex.tokensSpelled(p.ortho())) {
                names += tokenNames[t];
            }
            if (names > MAX_FAMILY_NAMES) {
                return pq.withoutFamily();
            }
        }
        return pq;
    }

    /** Whether the last query's keys met a part of one of entry {@code e}'s names, or one of its forms. */
    private boolean met(Candidates c, int e) {
        for (int n = entryNameStart[e]; n < entryNameStart[e + 1]; n++) {
            if (c.formMet(nameForm[n])) {
                return true;
            }
            for (int t : nameParts[n]) {
                if (c.tokenMet(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MAX_SAME_BIRTH_DATE = 256;

    // entryAttr: bits 0-1 sex ordinal, 2 has one birth date, 3 has one nationality, 4-31 the packed
    // date, 32-47 the nationality code; ATTR_FLAT_ARRAYS: several dates or nationalities
    private static final long ATTR_HAS_DOB = 1L << 2;
    private static final long ATTR_HAS_NAT = 1L << 3;
    private static final long ATTR_FLAT_ARRAYS = -1L;

    /** A partial date as one int: year, month (0 unknown), day (0 unknown). */
    private static int pack(PartialDate d) {
        return (d.year() << 9) | (d.month() << 5) | d.day();
    }

    /**
     * The score {@link EntryScorer#score} gives entry {@code e} when its best name scores {@code
     * name} (weak-alias factor applied), documents left out, from flat arrays: the same adjustments
     * (see {@link EntryScorer}), so it never exceeds the full score of the entry.
     */
    private double preScore(int e, double name, int qDob, int qNat, int qSex) {
        if (name <= 0) {
            return 0;
        }
        long a = entryAttr[e];
        if (a == ATTR_FLAT_ARRAYS) {
            return preScoreFlat(e, name, qDob, qNat, qSex);
        }
        double score = name;
        if (qDob >= 0 && (a & ATTR_HAS_DOB) != 0) {
            score += dobDelta(qDob, (int) ((a >>> 4) & 0xFFFFFFF));
        }
        if (qNat != -1 && (a & ATTR_HAS_NAT) != 0) {
            score += (int) (a >>> 32) == qNat ? NAT_LISTED : NAT_NOT_LISTED;
        }
        int sex = (int) (a & 3);
        if (qSex >= 0 && sex != Sex.UNSPECIFIED.ordinal() && sex != qSex) {
            score += SEX_DIFFERENT;
        }
        return floored(name, score);
    }

    /**
     * The pre-score as {@link EntryScorer#scoreOnly} ranks: the floor of a strong name applied, not
     * capped at 1 (among entries at the cap, more agreeing evidence ranks first).
     */
    private double floored(double name, double score) {
        Thresholds t = matcher.thresholds();
        if (name >= t.strong()) {
            score = Math.max(score, t.possible());
        }
        return Math.max(0, score);
    }

    private static double dobDelta(int q, int l) {
        int qy = q >>> 9;
        int qm = (q >>> 5) & 15;
        int qd = q & 31;
        int ly = l >>> 9;
        int lm = (l >>> 5) & 15;
        int ld = l & 31;
        if (qy != ly) {
            return Math.abs(qy - ly) <= 1 ? DOB_NEAR : DOB_CONFLICT;
        } else if (qm == 0 || lm == 0) {
            return DOB_SAME_YEAR;
        } else if (qm != lm) {
            return DOB_CONFLICT;
        } else if (qd == 0 || ld == 0) {
            return DOB_SAME_YEAR;
        }
        return qd == ld ? DOB_EXACT : DOB_CONFLICT;
    }

    /** {@link #preScore} for entries with several birth dates or nationalities. */
    private double preScoreFlat(int e, double name, int qDob, int qNat, int qSex) {
        double score = name;
        if (qDob >= 0 && dobStart[e] < dobStart[e + 1]) {
            double best = DOB_CONFLICT;
            for (int i = dobStart[e]; i < dobStart[e + 1]; i++) {
                best = Math.max(best, dobDelta(qDob, dobPacked[i]));
            }
            score += best;
        }
        if (qNat != -1 && natStart[e] < natStart[e + 1]) {
            double v = NAT_NOT_LISTED;
            for (int i = natStart[e]; i < natStart[e + 1]; i++) {
                if (natCode[i] == qNat) {
                    v = NAT_LISTED;
                    break;
                }
            }
            score += v;
        }
        if (qSex >= 0 && entrySex[e] != Sex.UNSPECIFIED.ordinal() && entrySex[e] != qSex) {
            score += SEX_DIFFERENT;
        }
        return floored(name, score);
    }

    /** A bounded min-heap of (entry, pre-score); an entry offered twice may hold two places. */
    private static final class TopEntries {
        private final int[] entry;
        private final double[] score;
        private int size;

        TopEntries(int capacity) {
            entry = new int[capacity];
            score = new double[capacity];
        }

        boolean full() {
            return size == entry.length;
        }

        double min() {
            return score[0];
        }

        void offer(int e, double s) {
            if (entry.length == 0) {
                return;
            }
            if (size < entry.length) {
                int i = size++;
                while (i > 0) {
                    int parent = (i - 1) / 2;
                    if (score[parent] <= s) {
                        break;
                    }
                    entry[i] = entry[parent];
                    score[i] = score[parent];
                    i = parent;
                }
                entry[i] = e;
                score[i] = s;
            } else if (s > score[0]) {
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    if (l >= size) {
                        break;
                    }
                    int m = l + 1 < size && score[l + 1] < score[l] ? l + 1 : l;
                    if (score[m] >= s) {
                        break;
                    }
                    entry[i] = entry[m];
                    score[i] = score[m];
                    i = m;
                }
                entry[i] = e;
                score[i] = s;
            }
        }

        int[] entries() {
            return Arrays.copyOf(entry, size);
        }
    }

    /** Scores every entry (no candidate generation): the reference the index is tested against. */
    public List<Hit> exhaustive(PersonQuery query, int k) {
        PreparedQuery pq = prepare(query);
        int[] all = new int[entries.length];
        Arrays.setAll(all, e -> e);
        return best(pq, EntryScorer.memos(pq), all, k, 0);
    }

    private List<EntryScorer.ListedName> listedOf(int e) {
        return Arrays.asList(listed).subList(entryNameStart[e], entryNameStart[e + 1]);
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
                    new NormalizedName(Arrays.asList(parts), schemes.get(nameScheme[n] & 0xFF), ids),
                    EntryName.Quality.values()[nameQuality[n]],
                    originals[n]);
        }
        List<EntryScorer.ListedName> all = Arrays.asList(out);
        for (int e = 0; e + 1 < entryNameStart.length; e++) {
            EntryScorer.inheritGeneration(all.subList(entryNameStart[e], entryNameStart[e + 1]));
        }
        return out;
    }

    /** A name's part ids: names with equal ids share one form. */
    private record FormKey(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FormKey other && Arrays.equals(ids, other.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
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
        final CandidateIndex.Builder candidates = new CandidateIndex.Builder();
        final Map<String, List<Integer>> docs = new HashMap<>();
        final Map<FormKey, Integer> formIds = new HashMap<>();
        int[] form = new int[16];

        Builder(int entries) {
            entryNameStart = new int[entries + 1];
        }

        void add(WatchlistEntry e) {
            int id = entryCount++;
            entryNameStart[id] = names;
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

        private void addName(int entryId, EntryName en, NormalizedName nn) {
            if (names == parts.length) {
                int cap = names * 2;
                parts = Arrays.copyOf(parts, cap);
                scheme = Arrays.copyOf(scheme, cap);
                quality = Arrays.copyOf(quality, cap);
                original = Arrays.copyOf(original, cap);
                entry = Arrays.copyOf(entry, cap);
                form = Arrays.copyOf(form, cap);
            }
            int nameId = names++;
            int[] ids = new int[nn.size()];
            for (int i = 0; i < ids.length; i++) {
                Part p = nn.part(i);
                ids[i] = tokenIds.computeIfAbsent(p, k -> {
                    tokens.add(k);
                    candidates.token(tokens.size() - 1, k);
                    return tokens.size() - 1;
                });
            }
            parts[nameId] = ids;
            int schemeId = schemes.computeIfAbsent(nn.romanisation(), k -> schemes.size());
            if (schemeId > 0xFF) {
                // romanisation schemes are a fixed set of a few dozen; one byte each
                throw new IllegalStateException("more than 256 romanisation schemes: " + nn.romanisation());
            }
            scheme[nameId] = (byte) schemeId;
            quality[nameId] = (byte) en.quality().ordinal();
            original[nameId] = en.name();
            entry[nameId] = entryId;
            int formCount = formIds.size();
            int formId = formIds.computeIfAbsent(new FormKey(ids), k -> formCount);
            form[nameId] = formId;
            if (formId == formCount) {
                // keys depend on the parts only: each distinct form is indexed once
                candidates.form(formId, nn, ids);
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
