package org.mpaka.screening.internal;

import java.util.Arrays;

/**
 * The immutable look-up structures of candidate generation, in flat arrays. Keys are posted per
 * distinct name part (token), not per name: a query part's keys find the few tokens spelled like it,
 * and each matching token's list of name forms is then read once, however many of its keys matched.
 *
 * <ul>
 *   <li>{@code tokenKeys}: key of a part ({@link NameKeys#emitPart}) → token ids;
 *   <li>{@code tokenForms}: token → the name forms containing it, ascending;
 *   <li>{@code runs}: key of parts written together ({@link NameKeys#emitRuns}) → form ids;
 *   <li>{@code pairs}: two common tokens → the forms containing both;
 *   <li>{@code commonForms}: common token → the set of forms containing it, one bit per form.
 * </ul>
 *
 * A token carried by more than {@code common} forms (Mohamed, Wang, Jean) is not read alone, which
 * would touch a large part of the list for little weight: the forms found through the query's other
 * parts are checked for it ({@code commonForms}), and a query with two common parts reads the much
 * shorter list of forms that carry both ({@code pairs}).
 */
public final class CandidateIndex {

    /** Token lists longer than {@code max(MIN_COMMON, forms / COMMON_FRACTION)} are "common". */
    static final int MIN_COMMON = 2000;

    /** See {@link #MIN_COMMON}. */
    static final int COMMON_FRACTION = 250;

    /** Run and pair lists longer than {@code max(MIN_LONG, forms / LONG_FRACTION)} are not read. */
    static final int MIN_LONG = 5000;

    /** See {@link #MIN_LONG}. */
    static final int LONG_FRACTION = 50;

    final Postings tokenKeys;
    final Postings runs;
    final Postings pairs;
    final int[] tokenFormStart;
    final int[] tokenForms;
    final int[] keyForms;
    // per common token, its forms as a bit set (one bit per form: a check is one read from a set
    // small enough to stay in cache); per token, its set's number or -1 when it is not common
    private final long[][] commonForms;
    private final int[] commonSet;
    // per form: its real parts and its common-token signature (see PARTS_BITS)
    final char[] formParts;
    // the id of each form by the order it was added in (see numbering)
    private final int[] formIds;
    final int forms;
    final int tokens;
    final int common;
    final int longList;

    /** Most distinct name forms (a bound on the scratch arrays, sized by the number of forms). */
    public static final int MAX_FORMS = (1 << 24) - 1;

    private CandidateIndex(Builder b, int tokens) {
        if (b.forms > MAX_FORMS) {
            throw new IllegalArgumentException(
                    "a list version may hold at most " + MAX_FORMS + " distinct name forms, this one has " + b.forms);
        }
        this.forms = b.forms;
        this.tokens = tokens;
        this.tokenKeys = b.tokenKeys.build();
        this.common = commonLimit(forms);
        this.longList = Math.max(MIN_LONG, forms / LONG_FRACTION);
        // token -> forms, from the forms' distinct tokens
        int[] count = new int[tokens + 1];
        int[] seen = new int[tokens];
        Arrays.fill(seen, -1);
        for (int f = 0; f < forms; f++) {
            for (int i = b.formTokenStart[f]; i < b.formTokenStart[f + 1]; i++) {
                int t = b.formTokens[i];
                if (seen[t] != f) {
                    seen[t] = f;
                    count[t + 1]++;
                }
            }
        }
        for (int t = 0; t < tokens; t++) {
            count[t + 1] += count[t];
        }
        this.tokenFormStart = count;
        this.formIds = numbering(b, count);
        int[] added = new int[forms];
        for (int f = 0; f < forms; f++) {
            added[formIds[f]] = f;
        }
        this.formParts = new char[forms];
        for (int f = 0; f < forms; f++) {
            formParts[f] = (char) b.formParts[added[f]];
        }
        this.runs = b.runs.renumber(formIds).build();
        // forms in their new order: token lists ascend
        this.tokenForms = new int[count[tokens]];
        int[] fill = Arrays.copyOf(count, tokens);
        Arrays.fill(seen, -1);
        Postings.Builder pairPostings = new Postings.Builder();
        int[] commonAt = new int[16]; // pairs of up to 16 common parts per name
        for (int f = 0; f < forms; f++) {
            int n = 0;
            int a = added[f];
            for (int i = b.formTokenStart[a]; i < b.formTokenStart[a + 1]; i++) {
                int t = b.formTokens[i];
                if (seen[t] != f) {
                    seen[t] = f;
                    tokenForms[fill[t]++] = f;
                }
                if (count[t + 1] - count[t] > common && n < commonAt.length) {
                    commonAt[n++] = t;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairPostings.add(pair(commonAt[i], commonAt[j]), f);
                }
            }
        }
        this.pairs = pairPostings.build();
        this.commonSet = new int[tokens];
        int sets = 0;
        for (int t = 0; t < tokens; t++) {
            commonSet[t] = tokenFormCount(t) > common ? sets++ : -1;
        }
        this.commonForms = new long[sets][];
        this.setClass = classes(sets);
        for (int t = 0; t < tokens; t++) {
            if (commonSet[t] >= 0) {
                long[] set = new long[(forms + 63) >>> 6];
                for (int i = tokenFormStart[t]; i < tokenFormStart[t + 1]; i++) {
                    set[tokenForms[i] >>> 6] |= 1L << tokenForms[i];
                }
                commonForms[commonSet[t]] = set;
                // the form's signature: which of SIGNATURE_BITS classes of common tokens it carries
                char sig = (char) (commonSignature(t) << PARTS_BITS);
                for (int i = tokenFormStart[t]; i < tokenFormStart[t + 1]; i++) {
                    formParts[tokenForms[i]] |= sig;
                }
            }
        }
        // a key weighs by the number of forms behind all its tokens, as if forms were posted under it
        this.keyForms = new int[tokenKeys.keyCount()];
        for (int k = 0; k < keyForms.length; k++) {
            long sum = 0;
            for (int i = tokenKeys.start(k); i < tokenKeys.end(k); i++) {
                sum += tokenFormCount(tokenKeys.id(i));
            }
            keyForms[k] = (int) Math.min(Integer.MAX_VALUE, sum);
        }
    }

    /** The most forms a token may occur in and not be common, for an index of {@code forms} forms. */
    private static int commonLimit(int forms) {
        return Math.max(MIN_COMMON, forms / COMMON_FRACTION);
    }

    /**
     * The id of each form, by the order it was added in. Forms are numbered so that those sharing
     * their most frequent token read whole (not common) are neighbours, then their second most
     * frequent: that token's list is then a run of consecutive ids, and reading it walks the scratch
     * state of its forms in order rather than at random.
     */
    private int[] numbering(Builder b, int[] tokenStart) {
        long[] key = new long[forms];
        for (int f = 0; f < forms; f++) {
            int first = -1;
            int second = -1;
            int firstCount = 0;
            int secondCount = 0;
            for (int i = b.formTokenStart[f]; i < b.formTokenStart[f + 1]; i++) {
                int t = b.formTokens[i];
                int n = tokenStart[t + 1] - tokenStart[t];
                if (n > common || t == first || t == second) {
                    continue;
                }
                if (first < 0 || n > firstCount || (n == firstCount && t < first)) {
                    second = first;
                    secondCount = firstCount;
                    first = t;
                    firstCount = n;
                } else if (second < 0 || n > secondCount || (n == secondCount && t < second)) {
                    second = t;
                    secondCount = n;
                }
            }
            key[f] = ((long) (first + 1) << 32) | (second + 1);
        }
        Integer[] order = new Integer[forms];
        for (int f = 0; f < forms; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (x, y) -> {
            int byKey = Long.compare(key[x], key[y]);
            return byKey != 0 ? byKey : Integer.compare(x, y);
        });
        int[] ids = new int[forms];
        for (int i = 0; i < forms; i++) {
            ids[order[i]] = i;
        }
        return ids;
    }

    /** The id of the form added as the {@code added}-th (from 0) to the builder. */
    public int formId(int added) {
        return formIds[added];
    }

    /**
     * Bits of {@link #formParts} that hold a form's real parts (capped at 31); the {@value
     * #SIGNATURE_BITS} above them its signature, one bit per class of common tokens it carries (see
     * {@link #classes}): a form whose signature lacks a token's bit does not carry the token, which
     * is then known without reading the token's set.
     */
    static final int PARTS_BITS = 5;

    /** Bits of a form's common-token signature (see {@link #PARTS_BITS}). */
    static final int SIGNATURE_BITS = 11;

    // per common token's set: its signature class
    private final byte[] setClass;

    /**
     * The signature class of each common token's set: the sets, most forms first, each go to the
     * class that holds the fewest forms so far, so that a class's bit is set in as few forms as the
     * tokens allow (each form that has it without carrying the token looked for costs a read of the
     * token's set).
     */
    private byte[] classes(int sets) {
        int[] sizeOf = new int[sets];
        for (int t = 0; t < commonSet.length; t++) {
            if (commonSet[t] >= 0) {
                sizeOf[commonSet[t]] = tokenFormCount(t);
            }
        }
        long[] bySize = new long[sets];
        for (int set = 0; set < sets; set++) {
            bySize[set] = ((long) -sizeOf[set] << 32) | set; // most forms first, then set order
        }
        Arrays.sort(bySize);
        long[] load = new long[SIGNATURE_BITS];
        byte[] out = new byte[sets];
        for (long entry : bySize) {
            int set = (int) entry;
            int least = 0;
            for (int c = 1; c < SIGNATURE_BITS; c++) {
                if (load[c] < load[least]) {
                    least = c;
                }
            }
            out[set] = (byte) least;
            load[least] += sizeOf[set];
        }
        return out;
    }

    /** Most real parts {@link #formParts} holds. */
    static final int MAX_PARTS = (1 << PARTS_BITS) - 1;

    /** The signature bit of common token {@code t} (see {@link #PARTS_BITS}); 0 when not common. */
    int commonSignature(int t) {
        int set = commonSet[t];
        return set < 0 ? 0 : 1 << setClass[set];
    }

    /** Number of forms a token occurs in. */
    int tokenFormCount(int token) {
        return tokenFormStart[token + 1] - tokenFormStart[token];
    }

    /** The tokens (distinct listed parts) the spelling rules write {@code ortho}: its exact key's. */
    public int[] tokensSpelled(String ortho) {
        int k = tokenKeys.find(NameKeys.hash38("o:" + ortho));
        if (k < 0) {
            return new int[0];
        }
        int[] out = new int[tokenKeys.end(k) - tokenKeys.start(k)];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokenKeys.id(tokenKeys.start(k) + i);
        }
        return out;
    }

    /**
     * The forms carrying common token {@code t}, one bit per form (form {@code f} is bit {@code f &
     * 63} of word {@code f >>> 6}); null when the token is not common.
     */
    long[] commonForms(int t) {
        int set = commonSet[t];
        return set < 0 ? null : commonForms[set];
    }

    /** A 37-bit key for two tokens, whatever their order. */
    static long pair(int a, int b) {
        long x = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x & ((1L << 37) - 1);
    }

    /** Collects tokens and forms while a list is indexed. */
    public static final class Builder {
        private final Postings.Builder tokenKeys = new Postings.Builder();
        private final Postings.Builder runs = new Postings.Builder();
        private int[] formTokens = new int[1024];
        private int[] formTokenStart = new int[1025];
        private byte[] formParts = new byte[1024];
        private int formTokenCount;
        private int forms;

        /** Posts the keys of a new token (parts that are particles or initials get none). */
        public void token(int tokenId, Part part) {
            if (!part.particle() && !part.initial()) {
                NameKeys.emitPart(0, part, false, (slot, key, w) -> tokenKeys.add(NameKeys.hash38(key), tokenId));
            }
        }

        /**
         * Adds the next form (numbered from 0 in the order added; the index gives it its final id,
         * see {@link CandidateIndex#formId}): its normalised name and the token id of each of its parts.
         */
        public void form(int formId, NormalizedName name, int[] partTokens) {
            if (formId != forms) {
                throw new IllegalArgumentException("forms must be added in order: expected " + forms);
            }
            if (forms + 2 > formTokenStart.length) {
                formTokenStart = Arrays.copyOf(formTokenStart, formTokenStart.length * 2);
            }
            if (forms == formParts.length) {
                formParts = Arrays.copyOf(formParts, formParts.length * 2);
            }
            formTokenStart[forms] = formTokenCount;
            for (int i = 0; i < partTokens.length; i++) {
                Part p = name.part(i);
                if (p.particle() || p.initial()) {
                    continue;
                }
                if (formTokenCount == formTokens.length) {
                    formTokens = Arrays.copyOf(formTokens, formTokens.length * 2);
                }
                formTokens[formTokenCount++] = partTokens[i];
            }
            formParts[forms] = (byte) Math.min(MAX_PARTS, name.realParts());
            NameKeys.emitRuns(name, 0, false, (slot, key, w) -> runs.add(NameKeys.hash38(key), formId));
            forms++;
            formTokenStart[forms] = formTokenCount;
        }

        /** The index, for {@code tokens} token ids. */
        public CandidateIndex build(int tokens) {
            return new CandidateIndex(this, tokens);
        }
    }
}
