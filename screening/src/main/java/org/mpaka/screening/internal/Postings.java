package org.mpaka.screening.internal;

import java.util.Arrays;

/**
 * An immutable inverted index from 37-bit key hashes to sorted name ids, in three flat arrays (no
 * per-key objects, so a million-entry list fits in a few hundred megabytes). Hash collisions only
 * add candidates, which the scorer then rejects.
 */
public final class Postings {

    private final long[] keys;
    private final int[] starts;
    private final int[] ids;
    // a directory of the sorted keys by their top bits: keys with top bits b sit in
    // [directory[b], directory[b + 1]), about four of them, so a look-up reads the directory and one
    // stretch of keys instead of the twenty-odd scattered keys of a binary search
    private final int[] directory;
    private final int shift;

    private Postings(long[] keys, int[] starts, int[] ids) {
        this.keys = keys;
        this.starts = starts;
        this.ids = ids;
        int bits = Math.max(1, Math.min(KEY_BITS - 1, 64 - Long.numberOfLeadingZeros(keys.length / 4)));
        this.shift = KEY_BITS - bits;
        this.directory = new int[(1 << bits) + 1];
        int k = 0;
        for (int b = 0; b <= 1 << bits; b++) {
            while (k < keys.length && (keys[k] >>> shift) < b) {
                k++;
            }
            directory[b] = k;
        }
    }

    /** Bits of a key hash ({@link NameKeys#hash38}). */
    private static final int KEY_BITS = 37;

    /** Collects (key, name id) pairs, then {@link #build}s the index. */
    public static final class Builder {
        private long[] pairs = new long[1024];
        private int size;

        /** Adds one posting; name ids must be below 2^26. */
        public void add(long hash38, int nameId) {
            if (nameId < 0 || nameId >= 1 << 26) {
                throw new IllegalArgumentException("posting ids must be below 2^26, was " + nameId);
            }
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = (hash38 << 26) | nameId;
        }

        /** Replaces each posted id {@code i} with {@code newIds[i]}; returns this builder. */
        public Builder renumber(int[] newIds) {
            long idBits = (1L << 26) - 1;
            for (int i = 0; i < size; i++) {
                pairs[i] = (pairs[i] & ~idBits) | newIds[(int) (pairs[i] & idBits)];
            }
            return this;
        }

        /** Sorts and compacts the postings. */
        public Postings build() {
            long[] p = Arrays.copyOf(pairs, size);
            pairs = null;
            Arrays.parallelSort(p);
            int distinctKeys = 0;
            int distinctPairs = 0;
            for (int i = 0; i < p.length; i++) {
                if (i == 0 || p[i] != p[i - 1]) {
                    distinctPairs++;
                    if (i == 0 || (p[i] >>> 26) != (p[i - 1] >>> 26)) {
                        distinctKeys++;
                    }
                }
            }
            long[] keys = new long[distinctKeys];
            int[] starts = new int[distinctKeys + 1];
            int[] ids = new int[distinctPairs];
            int k = -1;
            int n = 0;
            for (int i = 0; i < p.length; i++) {
                if (i > 0 && p[i] == p[i - 1]) {
                    continue;
                }
                long key = p[i] >>> 26;
                if (k < 0 || keys[k] != key) {
                    keys[++k] = key;
                    starts[k] = n;
                }
                ids[n++] = (int) (p[i] & ((1 << 26) - 1));
            }
            starts[distinctKeys] = n;
            return new Postings(keys, starts, ids);
        }
    }

    /** Index of the key in {@link #start}/{@link #end} terms, or -1. */
    public int find(long hash38) {
        if (hash38 < 0 || hash38 >>> KEY_BITS != 0) {
            return -1; // not a key hash: no key has it
        }
        int b = (int) (hash38 >>> shift);
        int i = Arrays.binarySearch(keys, directory[b], directory[b + 1], hash38);
        return i < 0 ? -1 : i;
    }

    /** First position of the key's ids. */
    public int start(int key) {
        return starts[key];
    }

    /** Position after the key's last id. */
    public int end(int key) {
        return starts[key + 1];
    }

    /** The name id at a position. */
    public int id(int position) {
        return ids[position];
    }

    /** Number of distinct keys. */
    public int keyCount() {
        return keys.length;
    }

    /** Number of postings. */
    public int size() {
        return ids.length;
    }
}
