package org.mpaka.screening.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.mpaka.screening.MatchMethod;
import org.mpaka.screening.NameScore;
import org.mpaka.screening.PartMatch;

/**
 * Aligns the parts of two names without regard to order and scores the alignment.
 *
 * <p>Candidate pairs are single part against single part, and a run of up to three adjacent parts
 * against one part written together (Jean de Dieu / Jeandedieu, Nyira Habimana / Nyirahabimana).
 * Pairs are taken greedily, best score first, each part used once. With {@code W} the total weight
 * of a side's parts (particles {@value Part#PARTICLE_WEIGHT}, initials 0.5, others 1) and {@code M}
 * the weighted similarity of its matched parts, coverage is {@code M / W}; the score is {@code 0.8 ×
 * coverage of the shorter name + 0.2 × coverage of the longer one}, so missing parts cost less
 * than wrong ones and an extra middle name costs little. When only one real (non-particle) part
 * matches and both names have two or more, the score is capped at {@value #SINGLE_PART_CAP}: one
 * shared name is not an identification.
 */
public final class Aligner {

    /** Highest score when a single real part matches between multi-part names. */
    static final double SINGLE_PART_CAP = 0.6;

    private static final double MIN_PAIR = 0.7;
    private static final double JOINED_FACTOR = 0.98;

    private final PartSimilarity similarity;

    /** Uses the given part comparator. */
    public Aligner(PartSimilarity similarity) {
        this.similarity = similarity;
    }

    /** A candidate pair; {@code rank} is its order of preference (score, a particle pair 0.5 lower), computed once. */
    private record Candidate(
            int qStart, int qLen, int lStart, int lLen, double score, MatchMethod method, double rank) {}

    /** Aligns query and listed name. */
    public NameScore align(NormalizedName query, NormalizedName listed) {
        NameScore s = align(query, listed, true, null);
        return s;
    }

    /**
     * The score {@link #align} would give, without building the explanation (matched pairs, parts
     * left over). Hot path: an entry's every name is scored this way and only the best one is then
     * aligned again with its explanation, so the explanation's strings are built once per entry.
     */
    public double score(NormalizedName query, NormalizedName listed) {
        return align(query, listed, false, null).score();
    }

    /**
     * Part comparisons remembered for one query: the same listed part (one instance per distinct part
     * in an index) met in many candidate names is compared with each query part once.
     */
    public static final class Memo {
        private final IdentityHashMap<Part, PartSimilarity.Result[]> results = new IdentityHashMap<>();
        private final NormalizedName query;

        /** A memo for one query name. */
        public Memo(NormalizedName query) {
            this.query = query;
        }

        PartSimilarity.Result compare(PartSimilarity similarity, int i, Part listed) {
            PartSimilarity.Result[] row = results.get(listed);
            if (row == null) {
                row = new PartSimilarity.Result[query.parts().size()];
                results.put(listed, row);
            }
            PartSimilarity.Result r = row[i];
            if (r == null) {
                r = similarity.compare(query.parts().get(i), listed);
                row[i] = r;
            }
            return r;
        }
    }

    /** {@link #score(NormalizedName, NormalizedName)} with comparisons remembered in {@code memo}. */
    public double score(Memo memo, NormalizedName listed) {
        return align(memo.query, listed, false, memo).score();
    }

    private NameScore align(NormalizedName query, NormalizedName listed, boolean explain, Memo memo) {
        List<Part> q = query.parts();
        List<Part> l = listed.parts();
        if (q.isEmpty() || l.isEmpty()) {
            return NameScore.NONE;
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < l.size(); j++) {
                PartSimilarity.Result r =
                        memo == null ? similarity.compare(q.get(i), l.get(j)) : memo.compare(similarity, i, l.get(j));
                if (r.method() != null && r.score() >= MIN_PAIR) {
                    double rank = q.get(i).particle() && l.get(j).particle() ? r.score() - 0.5 : r.score();
                    cands.add(new Candidate(i, 1, j, 1, r.score(), r.method(), rank));
                }
            }
        }
        joined(q, l, false, cands);
        joined(l, q, true, cands);
        cands.sort((x, y) -> {
            int c = Double.compare(y.rank, x.rank);
            return c != 0 ? c : Integer.compare(y.qLen + y.lLen, x.qLen + x.lLen);
        });
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedL = new boolean[l.size()];
        double mq = 0;
        double ml = 0;
        int realMatches = 0;
        List<PartMatch> matches = explain ? new ArrayList<>() : List.of();
        for (Candidate c : cands) {
            if (anyUsed(usedQ, c.qStart, c.qLen) || anyUsed(usedL, c.lStart, c.lLen)) {
                continue;
            }
            mark(usedQ, c.qStart, c.qLen);
            mark(usedL, c.lStart, c.lLen);
            double wq = weight(q, c.qStart, c.qLen);
            double wl = weight(l, c.lStart, c.lLen);
            mq += c.score * wq;
            ml += c.score * wl;
            if (wq >= 1 && wl >= 1) {
                realMatches++;
            }
            if (explain) {
                matches.add(new PartMatch(
                        text(q, c.qStart, c.qLen), text(l, c.lStart, c.lLen), c.method, c.score, c.qLen + c.lLen > 2));
            }
        }
        double covQ = mq / query.weight();
        double covL = ml / listed.weight();
        boolean queryShorter = query.weight() <= listed.weight();
        double score = 0.8 * (queryShorter ? covQ : covL) + 0.2 * (queryShorter ? covL : covQ);
        if (realMatches <= 1 && realParts(q) >= 2 && realParts(l) >= 2) {
            score = Math.min(score, SINGLE_PART_CAP);
        }
        if (!explain) {
            return new NameScore(Math.min(1.0, score), List.of(), List.of(), List.of(), listed.romanisation());
        }
        return new NameScore(Math.min(1.0, score), matches, unused(q, usedQ), unused(l, usedL), listed.romanisation());
    }

    /**
     * Adds candidates where a run of 2-3 parts of {@code many} equals one part of {@code one}. The
     * runs are compared by their first consonant-skeleton letter (so Gholam Reza meets Qolamreza),
     * and a run with a particle inside is also tried without it, as the Arabic article is often
     * assimilated or dropped when the name is written together (Taj al Din / Tajideen, Nasr al Din /
     * Nassereddine).
     */
    private void joined(List<Part> many, List<Part> one, boolean swapped, List<Candidate> out) {
        for (int start = 0; start < many.size(); start++) {
            char first = many.get(start).skeleton().charAt(0);
            int joinedLength = many.get(start).text().length();
            int withoutParticles = joinedLength;
            for (int len = 2; len <= 3 && start + len <= many.size(); len++) {
                Part last = many.get(start + len - 1);
                joinedLength += last.text().length();
                if (!last.particle()) {
                    withoutParticles += last.text().length();
                }
                boolean inner = len == 3 && many.get(start + 1).particle() && !last.particle();
                Part jp = null;
                Part jpBare = null;
                for (int j = 0; j < one.size(); j++) {
                    Part single = one.get(j);
                    int sl = single.text().length();
                    int lengthGap = Math.abs(sl - joinedLength);
                    if (inner) {
                        lengthGap = Math.min(lengthGap, Math.abs(sl - withoutParticles));
                    }
                    if (single.skeleton().charAt(0) != first || lengthGap > 3) {
                        continue;
                    }
                    if (jp == null) {
                        // the run is only written out when some part could equal it
                        jp = Part.of(concat(many, start, len, false), false);
                        jpBare = inner ? Part.of(concat(many, start, len, true), false) : null;
                    }
                    PartSimilarity.Result r = similarity.compare(jp, single);
                    if (jpBare != null) {
                        PartSimilarity.Result rb = similarity.compare(jpBare, single);
                        if (rb.method() != null && (r.method() == null || rb.score() > r.score())) {
                            r = rb;
                        }
                    }
                    if (r.method() != null && r.method() != MatchMethod.INITIAL && r.score() >= 0.8) {
                        double s = r.score() * JOINED_FACTOR;
                        out.add(
                                swapped
                                        ? new Candidate(j, 1, start, len, s, r.method(), s)
                                        : new Candidate(start, len, j, 1, s, r.method(), s));
                    }
                }
            }
        }
    }

    private static String concat(List<Part> parts, int start, int len, boolean skipParticles) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < start + len; i++) {
            if (!skipParticles || i == start || !parts.get(i).particle()) {
                sb.append(parts.get(i).text());
            }
        }
        return sb.toString();
    }

    private static int realParts(List<Part> parts) {
        int n = 0;
        for (Part p : parts) {
            if (!p.particle() && !p.initial()) {
                n++;
            }
        }
        return n;
    }

    private static boolean anyUsed(boolean[] used, int start, int len) {
        for (int i = start; i < start + len; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int start, int len) {
        for (int i = start; i < start + len; i++) {
            used[i] = true;
        }
    }

    private static double weight(List<Part> parts, int start, int len) {
        double w = 0;
        for (int i = start; i < start + len; i++) {
            w += parts.get(i).weight();
        }
        return w;
    }

    private static String text(List<Part> parts, int start, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < start + len; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(parts.get(i).text());
        }
        return sb.toString();
    }

    private static List<String> unused(List<Part> parts, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!used[i]) {
                out.add(parts.get(i).text());
            }
        }
        return out;
    }
}
