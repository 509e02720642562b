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

    /** Scratch for an index of {@code nameCount} names. */
    public Candidates(Postings postings, int nameCount) {
        this.postings = postings;
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
    }

    @Override
    public void key(int slot, String key, float typeWeight) {
        if (slot != currentSlot) {
            flushSlot();
            currentSlot = slot;
            stamp++;
        }
        int k = postings.find(NameKeys.hash38(key));
        if (k < 0) {
            return;
        }
        int from = postings.start(k);
        int to = postings.end(k);
        float w = typeWeight * (float) Math.log(1.0 + (double) nameCount / (to - from));
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
