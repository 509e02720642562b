package org.mpaka.screening.internal;

import java.util.Arrays;

/**
 * Per-thread scratch space that ranks names by the weight of the keys they share with a query.
 * Hot code: flat arrays sized to the index, reset only where touched.
 */
public final class Candidates implements NameKeys.Sink {

    private final Postings postings;
    private final int nameCount;
    private final float[] acc;
    private final float[] slotBest;
    private final int[] slotStamp;
    private final int[] touched;
    private int touchedCount;
    private final int[] slotTouched;
    private int slotTouchedCount;
    private int stamp;
    private int currentSlot = -1;
    private final byte[] realParts;
    private final int maxPosting;
    private int queryParts;

    /**
     * Keys posted for more than {@code max(}{@value #MIN_SKIPPED_POSTING}{@code , names / }{@value
     * #SKIPPED_FRACTION}{@code )} names are not scanned: they weigh little (a common name part, a
     * one-letter skeleton) and scanning them dominated the cost of large lists; the query's rarer
     * keys still find those names.
     */
    static final int MIN_SKIPPED_POSTING = 5000;

    /** See {@link #MIN_SKIPPED_POSTING}. */
    static final int SKIPPED_FRACTION = 50;

    /**
     * Rank lost per listed part beyond the query's: among names sharing the same keys, those with no
     * extra parts come first (Qiang Huang before Qiang Huang Wei for the query Huang Qiang).
     */
    static final float EXTRA_PART_PENALTY = 0.3f;

    /**
     * Scratch for an index of {@code nameCount} names, {@code realParts[i]} being the number of
     * parts of name {@code i} that have keys of their own.
     */
    public Candidates(Postings postings, int nameCount, byte[] realParts) {
        this.postings = postings;
        this.realParts = realParts;
        this.maxPosting = Math.max(MIN_SKIPPED_POSTING, nameCount / SKIPPED_FRACTION);
        this.nameCount = nameCount;
        this.acc = new float[nameCount];
        this.slotBest = new float[nameCount];
        this.slotStamp = new int[nameCount];
        this.touched = new int[nameCount];
        this.slotTouched = new int[nameCount];
    }

    /** Clears the previous query's state. */
    public void reset() {
        for (int i = 0; i < touchedCount; i++) {
            acc[touched[i]] = 0;
        }
        touchedCount = 0;
        slotTouchedCount = 0;
        currentSlot = -1;
        queryParts = 0;
    }

    /** Notes the number of real parts of (one form of) the query name; the largest counts. */
    public void queryParts(int parts) {
        queryParts = Math.max(queryParts, parts);
    }

    @Override
    public void key(int slot, String key, float typeWeight) {
        startSlot(slot);
        int k = postings.find(NameKeys.hash38(key));
        if (k < 0) {
            return;
        }
        int from = postings.start(k);
        int to = postings.end(k);
        if (to - from > maxPosting) {
            return;
        }
        collect(from, to, typeWeight * (float) Math.log(1.0 + (double) nameCount / (to - from)));
    }

    /** Both keys weigh as the more common of the two. */
    @Override
    public void keyPair(int slot, String a, String b, float typeWeight) {
        startSlot(slot);
        int ka = postings.find(NameKeys.hash38(a));
        int kb = postings.find(NameKeys.hash38(b));
        int df = Math.max(
                ka < 0 ? 0 : postings.end(ka) - postings.start(ka), kb < 0 ? 0 : postings.end(kb) - postings.start(kb));
        if (df == 0 || df > maxPosting) {
            return;
        }
        float w = typeWeight * (float) Math.log(1.0 + (double) nameCount / df);
        if (ka >= 0) {
            collect(postings.start(ka), postings.end(ka), w);
        }
        if (kb >= 0 && kb != ka) {
            collect(postings.start(kb), postings.end(kb), w);
        }
    }

    private void startSlot(int slot) {
        if (slot != currentSlot) {
            flushSlot();
            currentSlot = slot;
            stamp++;
        }
    }

    private void collect(int from, int to, float w) {
        for (int i = from; i < to; i++) {
            int id = postings.id(i);
            if (slotStamp[id] != stamp) {
                slotStamp[id] = stamp;
                slotBest[id] = w;
                slotTouched[slotTouchedCount++] = id;
            } else if (w > slotBest[id]) {
                slotBest[id] = w;
            }
        }
    }

    /** Adds the current slot's best weights to the totals. */
    public void flushSlot() {
        for (int i = 0; i < slotTouchedCount; i++) {
            int id = slotTouched[i];
            if (acc[id] == 0) {
                touched[touchedCount++] = id;
            }
            acc[id] += slotBest[id];
        }
        slotTouchedCount = 0;
    }

    /** Starts a new slot numbering (for the next romanisation of the query). */
    public void nextName() {
        flushSlot();
        currentSlot = -1;
    }

    /** The ids of the {@code k} names with the highest totals, best first. */
    public int[] top(int k) {
        flushSlot();
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            int extra = realParts[id] - queryParts;
            if (extra > 0) {
                acc[id] -= EXTRA_PART_PENALTY * extra; // reset() clears it with the rest
            }
        }
        int n = Math.min(k, touchedCount);
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            if (size < n) {
                heap[size++] = id;
                siftUp(heap, size - 1);
            } else if (n > 0 && acc[id] > acc[heap[0]]) {
                heap[0] = id;
                siftDown(heap, size);
            }
        }
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = heap[i];
        }
        Arrays.sort(boxed, (a, b) -> Float.compare(acc[b], acc[a]));
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private void siftUp(int[] h, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (acc[h[i]] >= acc[h[parent]]) {
                return;
            }
            int t = h[i];
            h[i] = h[parent];
            h[parent] = t;
            i = parent;
        }
    }

    private void siftDown(int[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && acc[h[l]] < acc[h[m]]) {
                m = l;
            }
            if (r < size && acc[h[r]] < acc[h[m]]) {
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
}
