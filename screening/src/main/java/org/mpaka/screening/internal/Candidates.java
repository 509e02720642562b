package org.mpaka.screening.internal;

import java.util.Arrays;

/**
 * Scratch space of one running query (an index keeps a pool of them) that ranks name forms by the
 * weight of the keys they share with a query. Hot code: flat arrays sized to the index, stamped per
 * slot with stamps that only grow (nothing is cleared between queries, except all at once when the
 * stamps near their limit).
 *
 * <p>While the query's keys arrive ({@link #key}), each slot (a query part, or a run of parts
 * written together) gathers the tokens its keys find, each with the weight of its best key, and the
 * run lists its keys find (a query run's with little weight, {@link #RUN_ORDER}). {@link #top} then
 * reads, slot by slot, each gathered token's form list once, the run lists, and for common tokens (see {@link CandidateIndex}) the lists of forms that
 * also carry another slot's common token; a form keeps its best weight per slot, and its total is
 * the sum over slots.
 */
public final class Candidates implements NameKeys.Sink {

    /**
     * Rank lost per listed part beyond the query's: among names sharing the same keys, those with no
     * extra parts come first (Qiang Huang before Qiang Huang Wei for the query Huang Qiang).
     */
    static final float EXTRA_PART_PENALTY = 0.3f;

    /**
     * Most weight a run of query parts gets from a listed name with the same parts next to each other,
     * in the query's order or the reverse: enough to rank, among names with the same parts, those
     * whose parts are next to each other as in the query first, and (a few runs together being worth
     * about one part matched by a weak key) far too little to rank a name above one with more of the
     * query's parts spelled alike. At a run's full weight (its list is short, so its weight is high)
     * the order of the parts counted about as much as a part. A run met as one listed part written
     * together (Abdulrahman for Abdul Rahman) weighs in full.
     */
    static final float RUN_ORDER = 0.2f;

    /** See {@link #withDeferred}. */
    static final int DEFERRED_POOL_FACTOR = 8;

    /** Most forms read per query slot, after the best-weighted part's (see {@link #collectAll}). */
    static final int SLOT_BUDGET = 3000;

    private final CandidateIndex index;
    // per form f: the stamp of the last slot that gave it weight (24 bits) << 40 | the form's real
    // parts (5 bits) and common-token signature (11 bits) << 24 | its position in the
    // position-indexed arrays below (24 bits). Slot stamps
    // only grow, so a form is untouched in this query when its stamp is older than the query's
    // first slot, and nothing needs clearing between queries (except all forms at once when the
    // stamps near STAMP_LIMIT). One long per form: the only read at random per form found (its
    // parts ride along for the extra-part penalty); everything else sits by position, in the order
    // touched.
    private final long[] state;
    private static final long PARTS_BITS = (long) CandidateIndex.MAX_PARTS << 24;
    // the form's real parts and its common-token signature, as CandidateIndex.formParts holds them
    private static final long FORM_BITS = 0xFFFFL << 24;
    private static final int SIGNATURE_SHIFT = 24 + CandidateIndex.PARTS_BITS;
    private static final int SIGNATURE_MASK = (1 << CandidateIndex.SIGNATURE_BITS) - 1;
    private static final int STAMP_SHIFT = 40;
    private static final int POSITION_MASK = CandidateIndex.MAX_FORMS; // 24 bits
    // by position: the form's best weight in its last slot, not yet in its total, and the slots
    // (< 16) that gave it weight
    private final float[] pending;
    private final char[] slotsOf;
    private final char[] signatureOf;
    private final int[] touched;
    private final float[] totals;
    private int touchedCount;
    private int stamp;
    private int queryStart = 1;
    /**
     * Slot stamps are started again from 0, all forms cleared, when a query begins above this: a
     * stamp has 24 bits, and a query reads far fewer than the 2^20 slots left above the limit (one
     * per part and per run of parts of each romanisation of the query, and one per common part read
     * as a last resort: a name has at most 32 parts, so some 1,400 at the very most, a few dozen for
     * a real name). With some ten slots a query, the forms are cleared about once every 1.5 million
     * queries.
     */
    static final int STAMP_LIMIT = (1 << 24) - (1 << 20);
    // the slot being read: its mask bit (0 beyond the tracked slots), and whether it only gives
    // weight to forms that have none from it yet
    private char slotBit;
    private boolean onlyNew;
    private static final int TRACKED_SLOTS = 16;
    // per token, for the slot being gathered
    private final int[] tokenStamp;
    private final int[] tokenAt;
    private int tokenRound;
    // per token, for the query name whose slots are being compared (see dropRepeats)
    private final int[] repeatStamp;
    private final int[] repeatAt;
    private final int[] repeatExact;
    private int repeatRound;
    // per token, the number of the last query whose keys met it (see tokenMet)
    private final int[] tokenMet;
    private int queryNumber = 1; // 0 is every token's number before its first query
    // in slot order: tokens gathered (with the best key type that found them: exact spellings, 1.0,
    // are always read), run lists gathered, and common tokens whose lists were not read
    private final SlotEntries tokens = new SlotEntries(64);
    private final SlotEntries runs = new SlotEntries(16);
    private final SlotEntries deferred = new SlotEntries(8);
    // slot -> query name it belongs to
    private int[] slotName = new int[16];
    private int slots;
    private int nameBase;
    private int nameIndex;
    private int currentSlot = -1;
    private int queryParts;

    /** Scratch for one index. */
    public Candidates(CandidateIndex index) {
        this.index = index;
        int n = index.forms;
        this.state = new long[n];
        clearState();
        this.pending = new float[n];
        this.slotsOf = new char[n];
        this.signatureOf = new char[n];
        this.touched = new int[n];
        this.totals = new float[n];
        this.tokenStamp = new int[index.tokens];
        this.tokenAt = new int[index.tokens];
        this.repeatStamp = new int[index.tokens];
        this.repeatAt = new int[index.tokens];
        this.repeatExact = new int[index.tokens];
        this.tokenMet = new int[index.tokens];
    }

    /** Clears the previous query's state. */
    public void reset() {
        if (stamp > STAMP_LIMIT) {
            clearState();
            stamp = 0;
        }
        queryStart = stamp + 1;
        if (++queryNumber == Integer.MAX_VALUE) {
            Arrays.fill(tokenMet, 0);
            queryNumber = 1;
        }
        touchedCount = 0;
        tokens.size = 0;
        runs.size = 0;
        slots = 0;
        nameBase = 0;
        nameIndex = 0;
        currentSlot = -1;
        queryParts = 0;
    }

    /** Every form untouched (stamp 0), with its real parts. */
    private void clearState() {
        char[] parts = index.formParts;
        for (int f = 0; f < state.length; f++) {
            state[f] = (long) parts[f] << 24;
        }
    }

    /**
     * Notes the number of real parts of (one form of) the query name; the largest counts. Called
     * for every form of the query before {@link #top} (a form found is charged for its extra parts
     * when its keys are collected there).
     */
    public void queryParts(int parts) {
        if (parts > queryParts && touchedCount > 0) {
            throw new IllegalStateException("the query's parts are noted before top() reads its keys");
        }
        queryParts = Math.max(queryParts, parts);
    }

    @Override
    public void key(int slot, String key, float typeWeight) {
        int g = startSlot(slot);
        long h = NameKeys.hash38(key);
        // v: keys are posted by listed runs only (NameKeys.emitRuns), s: and c: keys by parts and runs
        boolean runsOnly = key.startsWith("v:");
        int k = runsOnly ? -1 : index.tokenKeys.find(h);
        int r = runsOnly || key.startsWith("s:") || key.startsWith("c:") ? index.runs.find(h) : -1;
        float w = typeWeight * idf(Math.max(1, forms(k, r)));
        gatherKey(g, k, r, typeWeight, w, w);
    }

    @Override
    public void partKey(int slot, String key, float typeWeight) {
        int g = startSlot(slot);
        int k = index.tokenKeys.find(NameKeys.hash38(key));
        float w = typeWeight * idf(Math.max(1, forms(k, -1)));
        gatherKey(g, k, -1, typeWeight, w, w);
    }

    /** Both orders of a run weigh as the more common of the two, so list order does not change rank. */
    @Override
    public void keyPair(int slot, String a, String b, float typeWeight) {
        int g = startSlot(slot);
        long ha = NameKeys.hash38(a);
        long hb = NameKeys.hash38(b);
        int ka = index.tokenKeys.find(ha);
        int ra = a.startsWith("s:") || a.startsWith("c:") ? index.runs.find(ha) : -1;
        int kb = index.tokenKeys.find(hb);
        int rb = b.startsWith("s:") || b.startsWith("c:") ? index.runs.find(hb) : -1;
        float w = typeWeight * idf(Math.max(1, Math.max(forms(ka, ra), forms(kb, rb))));
        float order = Math.min(w, RUN_ORDER);
        gatherKey(g, ka, ra, typeWeight, w, order);
        if (kb != ka || rb != ra) {
            gatherKey(g, kb, rb, typeWeight, w, order);
        }
    }

    /** Forms behind a key: through its tokens and as a run. */
    private int forms(int tokenKey, int run) {
        long n = tokenKey < 0 ? 0 : index.keyForms[tokenKey];
        if (run >= 0) {
            n += index.runs.end(run) - index.runs.start(run);
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    private void gatherKey(int g, int k, int r, float typeWeight, float w, float runWeight) {
        if (k >= 0) {
            Postings tk = index.tokenKeys;
            for (int i = tk.start(k), end = tk.end(k); i < end; i++) {
                int t = tk.id(i);
                if (tokenStamp[t] != tokenRound) {
                    tokenStamp[t] = tokenRound;
                    tokenAt[t] = tokens.size;
                    tokens.add(g, t, w, typeWeight);
                } else {
                    int at = tokenAt[t];
                    tokens.weight[at] = Math.max(tokens.weight[at], w);
                    tokens.type[at] = Math.max(tokens.type[at], typeWeight);
                }
            }
        }
        if (r >= 0) {
            runs.add(g, r, runWeight, 0);
        }
    }

    private int startSlot(int slot) {
        int g = nameBase + slot;
        if (g != currentSlot) {
            currentSlot = g;
            tokenRound++;
            if (tokenRound == 0) {
                Arrays.fill(tokenStamp, 0);
                tokenRound = 1;
            }
            if (g >= slotName.length) {
                slotName = Arrays.copyOf(slotName, Math.max(g + 1, slotName.length * 2));
            }
            slotName[g] = nameIndex;
            slots = Math.max(slots, g + 1);
        }
        return g;
    }

    /** Starts a new slot numbering (for the next romanisation of the query). */
    public void nextName() {
        nameBase = slots;
        nameIndex++;
        currentSlot = -1;
    }

    private float idf(int listLength) {
        return (float) Math.log(1.0 + (double) index.forms / listLength);
    }

    /**
     * Reads the gathered lists, slot by slot (gathering is in slot order); common tokens' lists are
     * not read: pairs of them are, and then every form found is checked for them.
     */
    private void collectAll() {
        dropRepeats();
        int gi = 0;
        int ri = 0;
        int common = index.common;
        int longList = index.longList;
        deferred.size = 0;
        for (int g = 0; g < slots; g++) {
            startReading(g, false);
            int gEnd = gi;
            while (gEnd < tokens.size && tokens.slot[gEnd] == g) {
                gEnd++;
            }
            tokens.sortByWeight(gi, gEnd);
            int read = 0;
            for (; gi < gEnd; gi++) {
                int t = tokens.id[gi];
                int n = index.tokenFormCount(t);
                float w = tokens.weight[gi];
                if (w < 0) {
                    continue; // counted in another slot
                }
                if (n <= common) {
                    // exact spellings are always read; other spellings, best first,
                    // until the slot's budget is spent (forms found only through them rank low)
                    if (tokens.type[gi] >= 1.0f || read + n <= SLOT_BUDGET) {
                        collect(index.tokenForms, index.tokenFormStart[t], index.tokenFormStart[t + 1], w);
                        read += n;
                    }
                } else if (g < TRACKED_SLOTS) {
                    deferred.add(g, t, w, 0);
                    readPairs(g, t, w);
                }
            }
            for (; ri < runs.size && runs.slot[ri] == g; ri++) {
                Postings runLists = index.runs;
                int r = runs.id[ri];
                if (runLists.end(r) - runLists.start(r) <= longList) {
                    collect(runLists, runLists.start(r), runLists.end(r), runs.weight[ri]);
                }
            }
        }
    }

    /**
     * A listed part found by several parts of one query name (Jianjing, spelled somewhat like both
     * Ying and Jinzhen) can stand for only one of them: it keeps the slot where it weighs most and
     * is dropped (weight -1) from the others. A part the query itself repeats (Ali Ali) is kept in
     * every slot where it is spelled exactly.
     */
    private void dropRepeats() {
        int from = 0;
        while (from < tokens.size) {
            // one query name's entries (slots are numbered name by name)
            int name = slotName[tokens.slot[from]];
            int to = from;
            while (to < tokens.size && slotName[tokens.slot[to]] == name) {
                to++;
            }
            repeatRound++;
            if (repeatRound == 0) {
                Arrays.fill(repeatStamp, 0);
                repeatRound = 1;
            }
            // per token: its heaviest entry, and how many entries spell it exactly
            for (int e = from; e < to; e++) {
                int t = tokens.id[e];
                int exact = tokens.type[e] >= 1.0f ? 1 : 0;
                if (repeatStamp[t] != repeatRound) {
                    repeatStamp[t] = repeatRound;
                    repeatAt[t] = e;
                    repeatExact[t] = exact;
                } else {
                    repeatExact[t] += exact;
                    if (tokens.weight[e] > tokens.weight[repeatAt[t]]) {
                        repeatAt[t] = e;
                    }
                }
            }
            // a part the query repeats keeps its exact entries; any other keeps its heaviest
            for (int e = from; e < to; e++) {
                int t = tokens.id[e];
                boolean keep = repeatExact[t] >= 2 ? tokens.type[e] >= 1.0f : repeatAt[t] == e;
                if (!keep) {
                    tokens.weight[e] = -1;
                }
            }
            from = to;
        }
    }

    /** Reads, for common token {@code t} of slot {@code g}, the forms it shares with each common token of the name's other slots. */
    private void readPairs(int g, int t, float w) {
        for (int o = 0; o < tokens.size; o++) {
            int og = tokens.slot[o];
            int u = tokens.id[o];
            if (og == g
                    || slotName[og] != slotName[g]
                    || tokens.weight[o] < 0
                    || index.tokenFormCount(u) <= index.common) {
                continue;
            }
            Postings pairs = index.pairs;
            int p = pairs.find(CandidateIndex.pair(t, u));
            if (p >= 0 && pairs.end(p) - pairs.start(p) <= index.longList) {
                collect(pairs, pairs.start(p), pairs.end(p), w);
            }
        }
    }

    /**
     * Starts reading the lists of slot {@code g}: a new slot stamp. A query reads far fewer than the
     * {@code 2^20} slots between {@link #STAMP_LIMIT} and the largest stamp.
     */
    private void startReading(int g, boolean onlyNew) {
        this.slotBit = g < TRACKED_SLOTS ? (char) (1 << g) : 0;
        this.onlyNew = onlyNew;
        stamp++;
    }

    /**
     * When the other parts found too few forms (a name of one common part, Mohamed, or of common
     * parts never listed together), the common tokens' lists are read after all, up to the long-list
     * limit, each giving its weight in its slot to forms that have none there yet.
     */
    private void readDeferred() {
        int longList = index.longList;
        int d = 0;
        while (d < deferred.size) {
            int g = deferred.slot[d];
            startReading(g, true);
            for (; d < deferred.size && deferred.slot[d] == g; d++) {
                int t = deferred.id[d];
                if (index.tokenFormCount(t) <= longList) {
                    collect(index.tokenForms, index.tokenFormStart[t], index.tokenFormStart[t + 1], deferred.weight[d]);
                }
            }
        }
        deferred.size = 0;
    }

    // per deferred entry, the set of forms carrying its token
    private long[][] deferredSets = new long[8][];

    // what the query's batched reads added up to (see keep)
    private int kept;

    /**
     * Keeps a value made of memory reads issued only to bring data into cache (the reads of a batch
     * of names before they are aligned), so that the compiler keeps the reads. This scratch space
     * serves one query at a time, so no other thread writes the field.
     */
    public void keep(int value) {
        kept += value;
    }

    /** The stamp of the last slot read (for tests of its wrap-around). */
    int slotStamp() {
        return stamp;
    }

    /** Moves the slot stamp on to {@code to} (for tests of its wrap-around). */
    void advanceStamp(int to) {
        if (to < stamp) {
            throw new IllegalArgumentException("stamps only grow: " + to + " < " + stamp);
        }
        stamp = to;
    }

    /**
     * The weight the form at position {@code p} gets from the deferred tokens it carries, in slots it
     * has no weight from yet (best token per slot: a slot's entries are heaviest first).
     */
    private float deferredWeight(int p) {
        int mask = slotsOf[p];
        int signature = signatureOf[p];
        int f = touched[p];
        long bit = 1L << f;
        int word = f >>> 6;
        float add = 0;
        for (int i = 0; i < groups; i++) {
            if ((mask & groupBit[i]) != 0 || (signature & groupSignature[i]) == 0) {
                continue;
            }
            for (int d = groupStart[i], end = groupStart[i + 1]; d < end; d++) {
                if ((signature & deferredSignature[d]) != 0 && (deferredSets[d][word] & bit) != 0) {
                    add += deferred.weight[d];
                    break;
                }
            }
        }
        return add;
    }

    /** The most the deferred tokens can add to the form at position {@code p}: see {@link #deferredWeight}. */
    private float deferredBound(int p) {
        int mask = slotsOf[p];
        int signature = signatureOf[p];
        float most = 0;
        for (int i = 0; i < groups; i++) {
            if ((mask & groupBit[i]) == 0 && (signature & groupSignature[i]) != 0) {
                most += deferred.weight[groupStart[i]];
            }
        }
        return most;
    }

    // the deferred entries by slot: group i is entries [groupStart[i], groupStart[i + 1]), of the
    // slot whose mask bit is groupBit[i]; only tracked slots defer entries, so there are at most
    // TRACKED_SLOTS groups
    private int groups;
    private final int[] groupStart = new int[TRACKED_SLOTS + 1];
    private final int[] groupBit = new int[TRACKED_SLOTS];
    // the signature bits of each group's tokens together, and of each deferred entry's token (a
    // form whose signature has none of them carries none of the tokens: see CandidateIndex.PARTS_BITS)
    private final int[] groupSignature = new int[TRACKED_SLOTS];
    private int[] deferredSignature = new int[8];

    /**
     * Groups the deferred entries by slot. They are in slot order, each slot's heaviest first: they
     * were deferred as the slot's tokens were read, heaviest first.
     */
    private void groupDeferred() {
        groups = 0;
        for (int d = 0; d < deferred.size; d++) {
            if (d == 0 || deferred.slot[d] != deferred.slot[d - 1]) {
                groupStart[groups] = d;
                groupBit[groups++] = 1 << deferred.slot[d];
            }
        }
        groupStart[groups] = deferred.size;
    }

    private void collect(int[] ids, int from, int to, float w) {
        for (int i = from; i < to; i++) {
            mark(ids[i], w);
        }
    }

    private void collect(Postings p, int from, int to, float w) {
        for (int i = from; i < to; i++) {
            mark(p.id(i), w);
        }
    }

    /**
     * Gives form {@code id} weight {@code w} in the slot being read: its best weight in the slot is
     * kept pending, and the pending weight of an earlier slot is added to its total first.
     */
    private void mark(int id, float w) {
        long v = state[id];
        int last = (int) (v >>> STAMP_SHIFT);
        int p = (int) v & POSITION_MASK;
        if (last == stamp) {
            if (w > pending[p]) {
                pending[p] = w;
            }
            return;
        }
        if (last < queryStart) {
            p = touchedCount++;
            touched[p] = id;
            int extra = (int) ((v & PARTS_BITS) >>> 24) - queryParts;
            totals[p] = extra > 0 ? -EXTRA_PART_PENALTY * extra : 0;
            slotsOf[p] = slotBit;
            signatureOf[p] = (char) ((v >>> SIGNATURE_SHIFT) & SIGNATURE_MASK);
        } else if (onlyNew && (slotsOf[p] & slotBit) != 0) {
            return; // the slot already gave it weight before this reading
        } else {
            totals[p] += pending[p];
            slotsOf[p] |= slotBit;
        }
        pending[p] = w;
        state[id] = ((long) stamp << STAMP_SHIFT) | (v & FORM_BITS) | p;
    }

    /**
     * Adds each touched form's pending weight to its total (which starts at minus {@link
     * #EXTRA_PART_PENALTY} per listed part beyond the query's).
     */
    private void settle() {
        for (int p = 0; p < touchedCount; p++) {
            totals[p] += pending[p];
        }
    }

    /**
     * The ids of the {@code k} forms with the highest totals among those the query's keys met, best
     * first, and up to {@value #TIE_EXTRA} more that tie with the {@code k}-th. Common tokens' weight
     * is added only to forms found through the other parts (see {@link #withDeferred}), or, when
     * those are too few, from the common tokens' own lists.
     */
    public int[] top(int k) {
        return top(k, null, 0);
    }

    /**
     * As {@link #top(int)}, where forms with {@code yearBit} set in {@code formYears} (one long per
     * form: with the query's birth year, the forms carried by someone born that year) gain {@link
     * #YEAR_BONUS} (see {@link #addYearBonus}). A {@code yearBit} of 0 adds nothing, and {@code
     * formYears} may then be null.
     */
    public int[] top(int k, long[] formYears, long yearBit) {
        if (yearBit != 0 && formYears == null) {
            throw new IllegalArgumentException("a year bit needs the forms' years");
        }
        collectAll();
        for (int i = 0; i < tokens.size; i++) {
            tokenMet[tokens.id[i]] = queryNumber;
        }
        if (deferred.size > 0 && touchedCount < Math.max(k, 1)) {
            readDeferred();
        }
        int n = touchedCount;
        settle();
        int size = Math.min(k, n);
        // the positions chosen from: all touched, or with common tokens those that can reach the top
        int[] pool = deferred.size == 0 ? null : withDeferred(k, n, size);
        int[] heap = new int[size];
        if (pool == null) {
            select(totals, n, heap);
        } else {
            select(totals, pool, heap);
            for (int i = 0; i < size; i++) {
                heap[i] = pool[heap[i]];
            }
        }
        if (size == k && size > 0) {
            if (yearBit != 0) {
                addYearBonus(heap, pool, n, formYears, yearBit);
            }
            heap = withTies(heap, pool, n);
            size = heap.length;
        }
        // best first: order-preserving int bits of each total, with its position
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) sortable(totals[heap[i]]) << 32) | heap[i];
        }
        Arrays.sort(order);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = touched[(int) order[size - 1 - i]];
        }
        return out;
    }

    /**
     * The positions to choose the best {@code size} forms from, with the common tokens' weights
     * added to their totals. Their weight is first added to the best {@value
     * #DEFERRED_POOL_FACTOR}{@code  * k} forms found through the other parts (each checked for the
     * tokens); the {@code k}-th best total among those is then a floor, and every other form whose
     * total could still reach it with the most the common tokens can add (in the slots it has no
     * weight from) is checked and added too (a form that only {@link #YEAR_BONUS} could bring to the
     * cut is not: see {@link #addYearBonus}). The best {@code size} of the result by total are the
     * exact best (ties aside) among the forms the other parts found.
     */
    private int[] withDeferred(int k, int n, int size) {
        int[] pool = new int[Math.min(n, Math.max(k, 1) * DEFERRED_POOL_FACTOR)];
        select(totals, n, pool);
        if (deferredSets.length < deferred.size) {
            deferredSets = new long[deferred.size][];
        }
        groupDeferred();
        if (deferredSignature.length < deferred.size) {
            deferredSignature = new int[deferred.size];
        }
        for (int d = 0; d < deferred.size; d++) {
            deferredSets[d] = index.commonForms(deferred.id[d]);
            deferredSignature[d] = index.commonSignature(deferred.id[d]);
        }
        for (int i = 0; i < groups; i++) {
            groupSignature[i] = 0;
            for (int d = groupStart[i]; d < groupStart[i + 1]; d++) {
                groupSignature[i] |= deferredSignature[d];
            }
        }
        float most = 0;
        for (int i = 0; i < groups; i++) {
            most += deferred.weight[groupStart[i]];
        }
        long[] inPool = new long[(n + 63) >>> 6];
        for (int p : pool) {
            totals[p] += deferredWeight(p);
            inPool[p >>> 6] |= 1L << p;
        }
        int[] heap = new int[size];
        select(totals, pool, heap);
        if (pool.length < n && size > 0 && heap.length == k) {
            float floor = totals[pool[heap[0]]];
            int added = 0;
            int[] more = new int[16];
            for (int p = 0; p < n; p++) {
                // the bound over all slots first, then the one for the slots the form lacks
                if (totals[p] + most > floor
                        && (inPool[p >>> 6] & (1L << p)) == 0
                        && totals[p] + deferredBound(p) > floor) {
                    float add = deferredWeight(p);
                    if (add > 0) {
                        totals[p] += add;
                        if (added == more.length) {
                            more = Arrays.copyOf(more, added * 2);
                        }
                        more[added++] = p;
                    }
                }
            }
            if (added > 0) {
                pool = Arrays.copyOf(pool, pool.length + added);
                System.arraycopy(more, 0, pool, pool.length - added, added);
            }
        }
        return pool;
    }

    /**
     * Whether one of the query's keys met the listed part (token) in the last {@link #top} call,
     * whether or not its list of forms was read then (a part's other spellings are read only up to
     * {@link #SLOT_BUDGET} forms, and a common part's list not at all).
     */
    public boolean tokenMet(int token) {
        return tokenMet[token] == queryNumber;
    }

    /** Whether the form got weight in the last {@link #top} call (through a part or a run read). */
    public boolean formMet(int form) {
        return (int) (state[form] >>> STAMP_SHIFT) >= queryStart;
    }

    /**
     * Rank a form gains when someone born in the query's birth year carries it (a part spelled
     * exactly weighs about 3 when very common, such as Mohamed, and about 9 when carried by a hundred
     * forms): among forms sharing the same parts those of the query's year come first, and a form
     * that lacks one of the query's parts or misspells one can still be chosen over a crowd of
     * namesakes born in other years.
     */
    static final float YEAR_BONUS = 1.5f;

    /**
     * Adds {@link #YEAR_BONUS} to the totals of the forms born in the query's year (see {@link
     * #bornThatYear}) that it can bring to the cut ({@code heap}, a min-heap of the best positions,
     * lowest total at 0) or above, and takes them into the heap. The forms chosen from are all those
     * touched, or with common tokens the pool of {@link #withDeferred}: a form outside the pool
     * that only the bonus could bring to the cut is not checked (taking those in cost 4-8 % of the
     * speed and found no more true entries in the benchmark). Only the chosen forms' years are
     * read: every one above the cut is in the heap, so the others that can reach it are at most
     * {@code YEAR_BONUS} below it.
     */
    private void addYearBonus(int[] heap, int[] pool, int n, long[] formYears, long yearBit) {
        float floor = totals[heap[0]];
        float bonus = YEAR_BONUS;
        for (int p : heap) {
            if (bornThatYear(formYears[touched[p]], yearBit)) {
                totals[p] += bonus;
            }
        }
        // the heap's order changed: rebuild it
        for (int i = heap.length / 2 - 1; i >= 0; i--) {
            siftDown(totals, heap, i, heap.length);
        }
        int m = pool == null ? n : pool.length;
        for (int i = 0; i < m; i++) {
            int p = pool == null ? i : pool[i];
            float t = totals[p];
            // heap members born that year are above the floor now; those left at or below it are not
            if (t <= floor && t + bonus >= floor && bornThatYear(formYears[touched[p]], yearBit)) {
                totals[p] = t + bonus;
                if (totals[p] > totals[heap[0]]) {
                    heap[0] = p;
                    siftDown(totals, heap, 0, heap.length);
                }
            }
        }
    }

    /**
     * Most birth-year bits a form may have set and still gain {@link #YEAR_BONUS}: half of them. A
     * form carried by many people has most of the 64 bits set (years modulo 64, a year listed alone
     * setting three), and a set bit then says little about the query's person. (16 lost two queries
     * of 5,000 in the benchmark's top 10; 32 none.)
     */
    static final int MAX_YEAR_BITS = 32;

    /** Whether a form with birth-year bits {@code years} counts as born in the year of {@code yearBit}. */
    private static boolean bornThatYear(long years, long yearBit) {
        return (years & yearBit) != 0 && Long.bitCount(years) <= MAX_YEAR_BITS;
    }

    /**
     * Most forms taken beyond the {@code k} asked for when more forms tie with the {@code k}-th: a
     * name many people carry with a part the keys do not meet ties with hundreds of forms, and
     * which of them make the cut is otherwise down to their numbering.
     */
    public static final int TIE_EXTRA = 30;

    /**
     * The positions in {@code heap} above the cut, and the forms tied at the cut (total equal to the
     * lowest kept) chosen again from {@code pool} (null: all {@code n} touched positions) in order,
     * up to {@value #TIE_EXTRA} more than {@code heap} holds. (Tied forms born in the query's year
     * are above the cut already: see {@link #addYearBonus}.)
     */
    private int[] withTies(int[] heap, int[] pool, int n) {
        float floor = totals[heap[0]];
        int k = heap.length;
        int[] out = new int[k + TIE_EXTRA];
        int size = 0;
        for (int p : heap) {
            if (totals[p] > floor) {
                out[size++] = p;
            }
        }
        int m = pool == null ? n : pool.length;
        for (int i = 0; i < m && size < out.length; i++) {
            int p = pool == null ? i : pool[i];
            if (totals[p] == floor) {
                out[size++] = p;
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** The indexes into {@code positions} of the {@code heap.length} highest totals there, as a min-heap. */
    private static void select(float[] totals, int[] positions, int[] heap) {
        float[] values = new float[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = totals[positions[i]];
        }
        select(values, values.length, heap);
    }

    /** The positions of the {@code heap.length} highest totals, as a min-heap (lowest at 0). */
    private static void select(float[] totals, int n, int[] heap) {
        int size = 0;
        int k = heap.length;
        for (int i = 0; i < n; i++) {
            if (size < k) {
                heap[size++] = i;
                siftUp(totals, heap, size - 1);
            } else if (k > 0 && totals[i] > totals[heap[0]]) {
                heap[0] = i;
                siftDown(totals, heap, size);
            }
        }
    }

    private static void siftUp(float[] v, int[] h, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (v[h[i]] >= v[h[parent]]) {
                return;
            }
            int t = h[i];
            h[i] = h[parent];
            h[parent] = t;
            i = parent;
        }
    }

    private static void siftDown(float[] v, int[] h, int size) {
        siftDown(v, h, 0, size);
    }

    private static void siftDown(float[] v, int[] h, int i, int size) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && v[h[l]] < v[h[m]]) {
                m = l;
            }
            if (r < size && v[h[r]] < v[h[m]]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            int t = h[i];
            h[i] = h[m];
            h[m] = t;
            i = m;
        }
    }

    /** Int bits of a float that order as the floats do (negative values included). */
    static int sortable(float v) {
        int bits = Float.floatToIntBits(v);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    /** A growable list of (slot, id, weight, key type) in parallel arrays. */
    private static final class SlotEntries {
        int size;
        int[] slot;
        int[] id;
        float[] weight;
        float[] type;

        SlotEntries(int capacity) {
            slot = new int[capacity];
            id = new int[capacity];
            weight = new float[capacity];
            type = new float[capacity];
        }

        void add(int g, int i, float w, float t) {
            if (size == slot.length) {
                slot = Arrays.copyOf(slot, size * 2);
                id = Arrays.copyOf(id, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
                type = Arrays.copyOf(type, size * 2);
            }
            slot[size] = g;
            id[size] = i;
            weight[size] = w;
            type[size++] = t;
        }

        /** Sorts entries {@code [from, to)} (one slot's) by weight, highest first. */
        void sortByWeight(int from, int to) {
            int n = to - from;
            if (n < 2) {
                return;
            }
            // (order-preserving bits of the negated weight, position): ascending = heaviest first
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = ((long) sortable(-weight[from + i]) << 32) | i;
            }
            Arrays.sort(order);
            int[] ids = Arrays.copyOfRange(id, from, to);
            float[] weights = Arrays.copyOfRange(weight, from, to);
            float[] types = Arrays.copyOfRange(type, from, to);
            for (int i = 0; i < n; i++) {
                int j = (int) order[i];
                id[from + i] = ids[j];
                weight[from + i] = weights[j];
                type[from + i] = types[j];
            }
        }
    }
}
