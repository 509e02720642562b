package org.mpaka.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
 * of a side's parts (particles {@value Part#PARTICLE_WEIGHT}, initials {@value Part#INITIAL_WEIGHT}, others 1) and {@code M}
 * the weighted similarity of its matched parts (a full part that an initial stands for counts as
 * matched in full on its side), coverage is {@code M / W}; the score is {@code 0.8 ×
 * coverage of the shorter name + 0.2 × coverage of the longer one}, so missing parts cost less
 * than wrong ones and an extra middle name costs little. When only one real (non-particle) part
 * matches and both names have two or more, the score is capped at {@value #SINGLE_PART_CAP}: one
 * shared name is not an identification; so is a name whose every matched real part is the same name
 * in another language (Peter Paul / Pierre Boulos), which is weaker evidence than a spelling, and
 * two names of one real part each that match only as a typo below {@value #ONE_PART_TYPO_MIN}
 * (Sukarno / Suharto), and two names that say whose son their bearer is (bin, ibn, ould ...) where
 * one's own name is met as the other's father's name (Hamad bin Khalifa / Tamim bin Hamad). When no
 * real part matches (initials or particles only), it is capped at {@value #INITIALS_ONLY_CAP}.
 */
public final class Aligner {

    /** Highest score when a single real part matches between multi-part names. */
    static final double SINGLE_PART_CAP = NameScore.Limit.ONE_PART_SHARED.cap();

    /**
     * Lowest typo score that counts in full between two names of one real part each: a single letter
     * apart in a part of five letters or more (0.82); two letters apart, such names score at most
     * {@link #SINGLE_PART_CAP}.
     */
    static final double ONE_PART_TYPO_MIN = 0.8;

    /** Highest score when no real part matches (only initials or particles agree). */
    static final double INITIALS_ONLY_CAP = NameScore.Limit.INITIALS_ONLY.cap();

    private static final double MIN_PAIR = 0.7;
    private static final double JOINED_FACTOR = 0.98;

    private final PartSimilarity similarity;

    /** Uses the given part comparator. */
    public Aligner(PartSimilarity similarity) {
        this.similarity = similarity;
    }

    /** Aligns query and listed name. */
    public NameScore align(NormalizedName query, NormalizedName listed) {
        return align(new Memo(query), listed, true);
    }

    /**
     * The score {@link #align} would give, without building the explanation (matched pairs, parts
     * left over).
     */
    public double score(NormalizedName query, NormalizedName listed) {
        return align(new Memo(query), listed, false).score();
    }

    /**
     * Dense numbers for non-negative keys, in the order first seen: open addressing, the slot from
     * the top bits of a Fibonacci hash, doubled when half full. The memo's tables of listed parts
     * and runs.
     */
    private static final class KeyNumbers {
        private long[] keys;
        private int[] numbers;
        private int shift;
        private int count;

        /** A table of {@code capacity} slots to start with, a power of two. */
        KeyNumbers(int capacity) {
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            numbers = new int[capacity];
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
        }

        /** The key's number; a key not seen before gets the next number, returned as {@code -1 - number}. */
        int numberOf(long key) {
            int mask = keys.length - 1;
            int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (keys[h] != key) {
                if (keys[h] < 0) {
                    int n = count++;
                    keys[h] = key;
                    numbers[h] = n;
                    if (count * 2 > keys.length) {
                        grow();
                    }
                    return -1 - n;
                }
                h = (h + 1) & mask;
            }
            return numbers[h];
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldNumbers = numbers;
            keys = new long[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            numbers = new int[oldKeys.length * 2];
            shift--;
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] >= 0) {
                    int h = (int) ((oldKeys[s] * 0x9E3779B97F4A7C15L) >>> shift);
                    while (keys[h] >= 0) {
                        h = (h + 1) & mask;
                    }
                    keys[h] = oldKeys[s];
                    numbers[h] = oldNumbers[s];
                }
            }
        }
    }

    /** How the sex of a listed entry stands to the query's (see {@link Memo#sexes}). */
    public enum Sexes {
        /** Either is not known, or no entry is being scored (a name alone). */
        UNKNOWN,
        /** Both known, the same. */
        AGREE,
        /** Both known, different. */
        DIFFER
    }

    /**
     * Part comparisons remembered for one query name, and the scratch space of its alignments: the
     * same listed part (one instance per distinct part in an index) met in many candidate names is
     * compared with each query part, and each run of query parts written together, once. Not
     * thread-safe: one memo serves one query on one thread. Listed names that carry part ids are
     * remembered by id, so one memo must only meet names of one index (ids of another index would
     * find the wrong comparisons).
     */
    public static final class Memo {
        private final IdentityHashMap<Part, PartSimilarity.Result[]> results = new IdentityHashMap<>();
        private final NormalizedName query;
        // the query's runs of 2-3 parts written together (with and without an inner particle), made once
        private final Part[] runs;
        // candidate pairs of the alignment under way, in the order found
        private int count;
        private int[] qStart = new int[16];
        private int[] qLen = new int[16];
        private int[] lStart = new int[16];
        private int[] lLen = new int[16];
        private double[] pairScore = new double[16];
        private double[] rank = new double[16];
        private MatchMethod[] method = new MatchMethod[16];
        private int[] order = new int[16];
        // the pairs of the alignment under way that a rule for relatives may hold (one part each,
        // not exact): looked at only when the score could be held
        private int[] mayHold = new int[16];
        // how the sex of the entry whose names are being scored stands to the query's
        private Sexes sexes = Sexes.UNKNOWN;

        /**
         * How the entry being scored stands to the query's sex: the same, both known, and the other
         * sex's form of a given name (Ibrahima / Ibrahim, both men) holds no score; another, both
         * known, and a pair the spelling rules join that is also a man's and a woman's form of one
         * name (Martin / Martine: {@link PartSimilarity#frenchFeminineIne}) holds it too. Unknown, as
         * for a name alone.
         */
        public void sexes(Sexes sexes) {
            this.sexes = sexes;
        }

        /** A memo for one query name. */
        public Memo(NormalizedName query) {
            this.query = query;
            this.runs = new Part[query.size() * 6];
        }

        // rows of listed parts that carry an index id, numbered by id (a query meets a few hundred
        // distinct parts)
        private final KeyNumbers rowNumbers = new KeyNumbers(512);
        private PartSimilarity.Result[][] rows = new PartSimilarity.Result[256][];

        /** The row of remembered comparisons of part {@code j} of {@code listed}. */
        private PartSimilarity.Result[] row(NormalizedName listed, int j) {
            int id = listed.id(j);
            if (id < 0) {
                return results.computeIfAbsent(
                        listed.part(j), k -> new PartSimilarity.Result[query.size() + runs.length]);
            }
            int n = rowNumbers.numberOf(id);
            if (n >= 0) {
                return rows[n];
            }
            n = -1 - n;
            if (n == rows.length) {
                rows = Arrays.copyOf(rows, n * 2);
            }
            rows[n] = new PartSimilarity.Result[query.size() + runs.length];
            return rows[n];
        }

        // the rows of the listed name being aligned, one per part, looked up once per alignment
        private PartSimilarity.Result[][] listedRows = new PartSimilarity.Result[8][];

        /**
         * Starts an alignment with {@code listed}: no candidate pairs yet, and the rows of its parts
         * looked up for {@link #compare} and {@link #compareRun}.
         */
        private void begin(NormalizedName listed) {
            count = 0;
            int n = listed.size();
            if (n > listedRows.length) {
                listedRows = new PartSimilarity.Result[Math.max(n, listedRows.length * 2)][];
            }
            for (int j = 0; j < n; j++) {
                listedRows[j] = row(listed, j);
            }
        }

        /** Query part {@code i} against part {@code j} of {@code listed}, the name given to {@link #begin}. */
        PartSimilarity.Result compare(PartSimilarity similarity, int i, NormalizedName listed, int j) {
            PartSimilarity.Result[] row = listedRows[j];
            PartSimilarity.Result r = row[i];
            if (r == null) {
                r = similarity.compare(query.part(i), listed.part(j));
                row[i] = r;
            }
            return r;
        }

        // listed runs of 2-3 parts written together, numbered by the index ids of their parts and how
        // they are written (see listedRunKey): each the run as one part and its comparisons with each
        // query part (candidates share runs: Jean Pierre, Abdul Rahman)
        private final KeyNumbers listedRunNumbers = new KeyNumbers(256);
        private Part[] listedRunParts = new Part[128];
        private PartSimilarity.Result[][] listedRunRows = new PartSimilarity.Result[128][];

        /** Largest index id a listed run's key holds (20 bits, one kept for no third part). */
        private static final int RUN_KEY_ID_LIMIT = (1 << 20) - 1;

        /**
         * The key of the listed run {@code [start, start + len)} written as {@code how}: its parts'
         * index ids and {@code how}; -1 when a part has no id or one too large to pack.
         */
        private static long listedRunKey(NormalizedName listed, int start, int len, int how) {
            long key = how | (long) (len - 2) << 2;
            for (int i = 0; i < 3; i++) {
                int id = i < len ? listed.id(start + i) : -1;
                if (i < len && (id < 0 || id >= RUN_KEY_ID_LIMIT)) {
                    return -1;
                }
                key |= (long) (id + 1) << (3 + 20 * i);
            }
            return key;
        }

        /**
         * Compares the listed run {@code [start, start + len)} written together as {@code how} with
         * query part {@code j}, remembered by the run's part ids: the run is written out once per
         * query, not once per candidate name that holds it.
         */
        PartSimilarity.Result compareListedRun(
                PartSimilarity similarity, NormalizedName listed, int start, int len, int how, int j) {
            long key = listedRunKey(listed, start, len, how);
            if (key < 0) {
                return similarity.compare(
                        Part.written(
                                concat(listed, start, len, how),
                                listed.part(start).unvowelled()),
                        query.part(j));
            }
            int at = listedRunNumbers.numberOf(key);
            if (at < 0) {
                at = -1 - at;
                if (at == listedRunParts.length) {
                    listedRunParts = Arrays.copyOf(listedRunParts, at * 2);
                    listedRunRows = Arrays.copyOf(listedRunRows, at * 2);
                }
                listedRunParts[at] = Part.written(
                        concat(listed, start, len, how), listed.part(start).unvowelled());
                listedRunRows[at] = new PartSimilarity.Result[query.size()];
            }
            PartSimilarity.Result[] row = listedRunRows[at];
            PartSimilarity.Result r = row[j];
            if (r == null) {
                r = similarity.compare(listedRunParts[at], query.part(j));
                row[j] = r;
            }
            return r;
        }

        /** The query's run {@code [start, start + len)} written together as {@code how} ({@link #concat}). */
        private Part run(int start, int len, int how) {
            int at = runIndex(start, len, how);
            if (runs[at] == null) {
                runs[at] = Part.written(
                        concat(query, start, len, how), query.part(start).unvowelled());
            }
            return runs[at];
        }

        private static int runIndex(int start, int len, int how) {
            return (start * 2 + len - 2) * 3 + how;
        }

        /** A run of query parts against part {@code j} of {@code listed}, the name given to {@link #begin}. */
        PartSimilarity.Result compareRun(
                PartSimilarity similarity, int start, int len, int how, NormalizedName listed, int j) {
            PartSimilarity.Result[] row = listedRows[j];
            int at = query.size() + runIndex(start, len, how);
            PartSimilarity.Result r = row[at];
            if (r == null) {
                r = similarity.compare(run(start, len, how), listed.part(j));
                row[at] = r;
            }
            return r;
        }

        private void add(int qs, int ql, int ls, int ll, double score, MatchMethod m, double rk) {
            if (count == qStart.length) {
                int cap = count * 2;
                qStart = Arrays.copyOf(qStart, cap);
                qLen = Arrays.copyOf(qLen, cap);
                lStart = Arrays.copyOf(lStart, cap);
                lLen = Arrays.copyOf(lLen, cap);
                pairScore = Arrays.copyOf(pairScore, cap);
                rank = Arrays.copyOf(rank, cap);
                method = Arrays.copyOf(method, cap);
                order = Arrays.copyOf(order, cap);
                mayHold = Arrays.copyOf(mayHold, cap);
            }
            qStart[count] = qs;
            qLen[count] = ql;
            lStart[count] = ls;
            lLen[count] = ll;
            pairScore[count] = score;
            rank[count] = rk;
            method[count] = m;
            order[count] = count;
            count++;
        }

        /** Whether candidate {@code a} is preferred to {@code b}: higher rank, then more parts, then found first. */
        private boolean before(int a, int b) {
            if (rank[a] != rank[b]) {
                return rank[a] > rank[b];
            }
            int sa = qLen[a] + lLen[a];
            int sb = qLen[b] + lLen[b];
            return sa != sb ? sa > sb : a < b;
        }

        /** Orders the candidates by preference (insertion sort: there are rarely more than a dozen). */
        private void sort() {
            for (int i = 1; i < count; i++) {
                int c = order[i];
                int j = i - 1;
                while (j >= 0 && before(c, order[j])) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = c;
            }
        }
    }

    /** {@link #score(NormalizedName, NormalizedName)} with comparisons remembered in {@code memo}. */
    public double score(Memo memo, NormalizedName listed) {
        return align(memo, listed, false).score();
    }

    /** {@link #align(NormalizedName, NormalizedName)} with comparisons remembered in {@code memo}. */
    public NameScore align(Memo memo, NormalizedName listed) {
        return align(memo, listed, true);
    }

    private NameScore align(Memo memo, NormalizedName listed, boolean explain) {
        NormalizedName query = memo.query;
        int nq = query.size();
        int nl = listed.size();
        if (nq == 0 || nl == 0) {
            return NameScore.NONE;
        }
        if (query.cantonese() && listed.transliterated() || listed.cantonese() && query.transliterated()) {
            // a Cantonese reading meets Latin spellings only: two names in Han script meet by their
            // characters' other readings (王明 and 黃明 are both wong ming in Cantonese)
            return NameScore.NONE;
        }
        memo.begin(listed);
        for (int i = 0; i < nq; i++) {
            boolean qParticle = query.particle(i);
            for (int j = 0; j < nl; j++) {
                PartSimilarity.Result r = memo.compare(similarity, i, listed, j);
                // an initial stands for a name, never for a particle (A is not al)
                boolean initialForParticle = r.method() == MatchMethod.INITIAL && (qParticle || listed.particle(j));
                if (r.method() == MatchMethod.ARTICLE_WRITTEN_ON) {
                    articleWrittenOn(memo, query, i, listed, j, r);
                } else if (r.method() != null && r.score() >= MIN_PAIR && !initialForParticle) {
                    double rank = qParticle && listed.particle(j) ? r.score() - 0.5 : r.score();
                    memo.add(i, 1, j, 1, r.score(), r.method(), rank);
                }
            }
        }
        joined(memo, query, listed, false);
        joined(memo, listed, query, true);
        memo.sort();
        long usedQ = 0;
        long usedL = 0;
        double mq = 0;
        double ml = 0;
        int realMatches = 0;
        int translated = 0;
        boolean looseTypo = false; // a real pair matched only as a typo of two letters or more
        // where both names say whose son their bearer is (X bin Y), a part before the first such
        // particle is the person's own name and a part after it his father's or forefathers'
        int sonOfQ = query.sonOf();
        int sonOfL = listed.sonOf();
        boolean crossed = false;
        int heldCount = 0; // pairs of one part each, not exact, that a rule for relatives may hold
        boolean articleTakenOff = false; // a real pair met with the article written on taken off
        List<PartMatch> matches = explain ? new ArrayList<>() : List.of();
        for (int o = 0; o < memo.count; o++) {
            int c = memo.order[o];
            long bq = bits(memo.qStart[c], memo.qLen[c]);
            long bl = bits(memo.lStart[c], memo.lLen[c]);
            if ((usedQ & bq) != 0 || (usedL & bl) != 0) {
                continue;
            }
            usedQ |= bq;
            usedL |= bl;
            double wq = weight(query, memo.qStart[c], memo.qLen[c]);
            double wl = weight(listed, memo.lStart[c], memo.lLen[c]);
            // an initial that agrees says all its side can: the full part it stands for counts as
            // matched in full on the other side, so an initial that agrees never scores below an
            // initial that matches nothing
            boolean initial = memo.method[c] == MatchMethod.INITIAL;
            mq += (initial && !query.initial(memo.qStart[c]) ? 1.0 : memo.pairScore[c]) * wq;
            ml += (initial && !listed.initial(memo.lStart[c]) ? 1.0 : memo.pairScore[c]) * wl;
            if (wq >= 1 && wl >= 1) {
                realMatches++;
                if (memo.method[c] == MatchMethod.OTHER_LANGUAGE) {
                    translated++;
                }
                looseTypo |= memo.method[c] == MatchMethod.TYPO && memo.pairScore[c] < ONE_PART_TYPO_MIN;
                crossed |= sonOfQ > 0 && sonOfL > 0 && (memo.qStart[c] < sonOfQ) != (memo.lStart[c] < sonOfL);
                boolean article = memo.method[c] == MatchMethod.ARTICLE_WRITTEN_ON;
                boolean oneEach = memo.qLen[c] == 1 && memo.lLen[c] == 1;
                articleTakenOff |= article && oneEach;
                if (memo.method[c] != MatchMethod.EXACT && (oneEach || article)) {
                    memo.mayHold[heldCount++] = c;
                }
            }
            if (explain) {
                matches.add(new PartMatch(
                        text(query, memo.qStart[c], memo.qLen[c]),
                        text(listed, memo.lStart[c], memo.lLen[c]),
                        memo.method[c],
                        memo.pairScore[c],
                        memo.qLen[c] + memo.lLen[c] > 2));
            }
        }
        double covQ = mq / query.weight();
        double covL = ml / listed.weight();
        boolean queryShorter = query.weight() <= listed.weight();
        double score = 0.8 * (queryShorter ? covQ : covL) + 0.2 * (queryShorter ? covL : covQ);
        List<NameScore.Limit> limits = explain ? new ArrayList<>(2) : null;
        if (realMatches == 1 && query.realParts() >= 2 && listed.realParts() >= 2) {
            score = limit(score, NameScore.Limit.ONE_PART_SHARED, limits);
        }
        if (looseTypo && query.realParts() == 1 && listed.realParts() == 1) {
            // a one-part name is all the evidence there is: two letters apart it is another name
            // as often as a misspelling (Sukarno / Suharto)
            score = limit(score, NameScore.Limit.ONE_PART_TYPO, limits);
        }
        if (crossed) {
            // a man's own name met as the other's father's name: father and son (Hamad bin Khalifa /
            // Tamim bin Hamad), not one person
            score = limit(score, NameScore.Limit.FATHER_AND_SON, limits);
        }
        // a given name met in the form of the other sex (Samir / Samira), and two names of one
        // Arabic root (Hasan / Husayn, Mohamed / Mahmoud): asked only where they could hold the score
        boolean otherSex = false;
        boolean otherPattern = false;
        if (heldCount > 0
                && score > Math.min(NameScore.Limit.OTHER_SEX_FORM.cap(), NameScore.Limit.OTHER_NAME_OF_ROOT.cap())) {
            // read as Somali writes names, a final o is the Arabic a of a woman's name (Raxiimo / Rahima)
            boolean somali = NameNormalizer.SOMALI.equals(query.romanisation())
                    || NameNormalizer.SOMALI.equals(listed.romanisation());
            for (int k = 0; k < heldCount && !otherSex && !otherPattern; k++) {
                // (one is enough: both hold at 0.75; the explanation names the one found)
                int c = memo.mayHold[k];
                // the real part of each side: after the article written apart, without the article
                // written on (Elhassan / al Husein is Hassan / Husein)
                int qAt = memo.qStart[c] + memo.qLen[c] - 1;
                int lAt = memo.lStart[c] + memo.lLen[c] - 1;
                boolean article = memo.method[c] == MatchMethod.ARTICLE_WRITTEN_ON;
                Part q = article ? withoutArticle(query.part(qAt)) : query.part(qAt);
                Part l = article ? withoutArticle(listed.part(lAt)) : listed.part(lAt);
                otherSex = memo.sexes != Sexes.AGREE
                        && (otherSexForm(q, qAt, query, l, lAt, listed, somali)
                                || memo.sexes == Sexes.DIFFER && PartSimilarity.frenchFeminineIne(q, l));
                otherPattern = !otherSex && otherNameOfRoot(q, query, qAt, l, listed, lAt);
            }
        }
        if (otherSex) {
            // a man's and a woman's form of one name: a sister, a wife, a daughter, or one name as
            // another language writes it (West African Ibrahima for Ibrahim): a possible hit, which
            // a known sex that differs takes below the possible threshold (the same sex on both
            // sides is asked before: see Memo#sexes)
            score = limit(score, NameScore.Limit.OTHER_SEX_FORM, limits);
        }
        if (otherPattern) {
            // the plain name and the diminutive of one root: brothers are named so (Hasan and
            // Husayn), as are a person and his father; a possible hit, not a strong one
            score = limit(score, NameScore.Limit.OTHER_NAME_OF_ROOT, limits);
        }
        if (articleTakenOff) {
            // Elsayed / Sayed: the article written on, or another name that starts with el or al
            // (Aldemir / Demir): a possible hit
            score = limit(score, NameScore.Limit.ARTICLE_WRITTEN_ON, limits);
        }
        if (realMatches > 0 && translated == realMatches) {
            score = limit(score, NameScore.Limit.OTHER_LANGUAGE_ONLY, limits);
        }
        if (realMatches == 0) {
            score = limit(score, NameScore.Limit.INITIALS_ONLY, limits);
        }
        if (!explain) {
            return new NameScore(Math.min(1.0, score), List.of(), List.of(), List.of(), romanisation(query, listed));
        }
        return new NameScore(
                Math.min(1.0, score),
                matches,
                unused(query, usedQ),
                unused(listed, usedL),
                romanisation(query, listed),
                limits);
    }

    /**
     * Whether pair {@code c}, one part each, is a name in the other sex's form ({@link
     * PartSimilarity#otherSexForm}), but for a Slavic family name's feminine where a family name
     * stands: the last part of either name, or any part of a name with a Russian patronymic (PUTINA
     * Lyudmila Aleksandrovna). Where the family name stands is looked at only for such a pair. A name
     * in -ko against -ka ({@link PartSimilarity#slavicKoKa}) is a given name only where another part
     * of either name is a Slavic family name (Branko Petrovic / Branka Petrovic); else it may be a
     * Ukrainian family name written first, which Belarusian writes -ka (KLYMKO Ivan / KLYMKA Ivan).
     */
    private static boolean otherSexForm(
            Part q, int qAt, NormalizedName query, Part l, int lAt, NormalizedName listed, boolean somali) {
        if (somali && endsInO(q, l) || !PartSimilarity.otherSexForm(q.text(), l.text())) {
            return false;
        }
        if (PartSimilarity.slavicKoKa(q.text(), l.text())) {
            return slavicFamilyNameBeside(query, qAt) || slavicFamilyNameBeside(listed, lAt);
        }
        return !(PartSimilarity.slavicFeminineIn(q.text(), l.text())
                && (qAt == lastReal(query) || lAt == lastReal(listed) || patronymic(query) || patronymic(listed)));
    }

    /**
     * Whether two parts are different names of one Arabic root: the plain name and its diminutive
     * ({@link PartSimilarity#otherPatternOfRoot}: Hasan / Husayn), or two names of a line of the
     * bundled table ({@link Nicknames#otherNameOfRoot}: Mohamed / Mahmoud, Jamil / Jamal).
     */
    private static boolean otherNameOfRoot(
            Part q, NormalizedName query, int qAt, Part l, NormalizedName listed, int lAt) {
        if (q.unvowelled() || l.unvowelled()) {
            return false; // Arabic script without its short vowels: عمر is Umar as much as Amr
        }
        if (PartSimilarity.otherPatternOfRoot(q.text(), l.text())) {
            return true;
        }
        // after Abd the part is one of God's names, which the Maghreb writes otherwise (Abdel Salem
        // for Abd al-Salam): the table's names are people's
        return Nicknames.bundled().otherNameOfRoot(q, l) && !afterAbd(query, qAt) && !afterAbd(listed, lAt);
    }

    /** Whether the real part before part {@code at} (particles skipped) is Abd written alone or with the article (Abd, Abdel, Abdul). */
    private static boolean afterAbd(NormalizedName name, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Part p = name.part(i);
            if (!p.particle()) {
                String t = p.text();
                return t.startsWith("abd") && t.length() <= 6;
            }
        }
        return false;
    }

    /** Whether a part of the name other than {@code at} ends as a Slavic family name (Petrovic, Ivanov). */
    private static boolean slavicFamilyNameBeside(NormalizedName name, int at) {
        for (int i = 0; i < name.size(); i++) {
            if (i != at && !name.part(i).particle() && PartSimilarity.slavicFamilyName(name.part(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether either part ends in o: the Somali spelling of a woman's name's Arabic a (Raxiimo). */
    private static boolean endsInO(Part a, Part b) {
        return a.text().endsWith("o") || b.text().endsWith("o");
    }

    /** Whether a name holds a Russian patronymic (Aleksandrovna, Ivanovich): its family name may stand first. */
    private static boolean patronymic(NormalizedName name) {
        for (int i = 0; i < name.size(); i++) {
            String t = name.part(i).text();
            if (t.length() > 6 && (t.endsWith("vich") || t.endsWith("vna") || t.endsWith("ichna"))) {
                return true;
            }
        }
        return false;
    }

    /** The position of a name's last part that is no particle nor initial, or -1. */
    private static int lastReal(NormalizedName name) {
        for (int i = name.size() - 1; i >= 0; i--) {
            if (!name.part(i).particle() && !name.part(i).initial()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The score held at the limit's cap; the limit noted in {@code applied} (when explaining) if it
     * lowered the score.
     */
    private static double limit(double score, NameScore.Limit limit, List<NameScore.Limit> applied) {
        if (score <= limit.cap()) {
            return score;
        }
        if (applied != null) {
            applied.add(limit);
        }
        return limit.cap();
    }

    /**
     * The romanisation an explanation names: the listed name's, or when it is written in Latin
     * letters, the query's (a query in another script, or read as the Somali orthography writes it).
     */
    private static String romanisation(NormalizedName query, NormalizedName listed) {
        return listed.transliterated() ? listed.romanisation() : query.romanisation();
    }

    /** Bits {@code [start, start + len)} (names have at most {@value NameNormalizer#MAX_PARTS} parts). */
    private static long bits(int start, int len) {
        return ((1L << len) - 1) << start;
    }

    /**
     * Adds candidates where a run of 2-3 parts of {@code many} equals one part of {@code one}. The
     * runs are compared by their first consonant-skeleton letter (so Gholam Reza meets Qolamreza;
     * vowels that transcriptions confuse count as one), and a run with a particle inside is also
     * tried without it, as the Arabic article is often dropped when the name is written together
     * (Taj al Din / Tajdin), and, for the article before a sun letter, assimilated as it is said
     * (Izz al Din / Ezedin). Query runs are written out and compared once per query (in the memo).
     * A run of Chinese syllables is also compared syllable by syllable with a part written with as
     * many (Tse Tung / Zedong, in Wade–Giles and pinyin: {@link ChineseSyllables}). With {@code
     * swapped}, {@code many} is the listed name and {@code one} the query.
     */
    private void joined(Memo memo, NormalizedName many, NormalizedName one, boolean swapped) {
        for (int start = 0; start < many.size(); start++) {
            char first = many.skeletonFirst(start);
            int joinedLength = many.length(start);
            int withoutParticles = joinedLength;
            boolean syllables = oneSyllable(many.part(start));
            for (int len = 2; len <= 3 && start + len <= many.size(); len++) {
                int last = start + len - 1;
                if (abbreviation(many, last) != abbreviation(many, start)) {
                    break; // an initial stands for a whole name, never part of one (initials together may)
                }
                if (many.readFromKanji(start) || many.readFromKanji(last)) {
                    break; // a name read from kanji is compared by its kanji's readings, not written on
                }
                syllables &= oneSyllable(many.part(last)) && !many.particle(last);
                if (syllables) {
                    syllableRun(memo, many, start, len, one, swapped);
                }
                if (many.readInCantonese(start) || many.readInCantonese(last)) {
                    break; // a Cantonese reading is compared syllable by syllable only (syllableRun)
                }
                joinedLength += many.length(last);
                if (!many.particle(last)) {
                    withoutParticles += many.length(last);
                }
                boolean inner = len == 3 && many.particle(start + 1) && !many.particle(last);
                boolean assimilated = inner && assimilatedArticle(many, start + 1);
                if (len == 2 && assimilatedArticle(many, start)) {
                    articleWrittenOn(memo, many, start, one, swapped);
                }
                for (int j = 0; j < one.size(); j++) {
                    int sl = one.length(j);
                    int lengthGap = Math.abs(sl - joinedLength);
                    if (inner) {
                        lengthGap = Math.min(lengthGap, Math.abs(sl - withoutParticles));
                    }
                    char f = one.skeletonFirst(j);
                    if (f != first && !PartSimilarity.confusedVowels(f, first) || lengthGap > 3) {
                        continue;
                    }
                    int ways = assimilated ? 3 : inner ? 2 : 1;
                    PartSimilarity.Result r = PartSimilarity.Result.NO;
                    for (int how = 0; how < ways; how++) {
                        // a run is only written out when some part could equal it
                        PartSimilarity.Result rh = swapped
                                ? memo.compareListedRun(similarity, many, start, len, how, j)
                                : memo.compareRun(similarity, start, len, how, one, j);
                        if (rh.method() != null && (r.method() == null || rh.score() > r.score())) {
                            r = rh;
                        }
                    }
                    if (r.method() != null && r.method() != MatchMethod.INITIAL && r.score() >= 0.8) {
                        addRun(memo, swapped, start, len, j, r.score() * JOINED_FACTOR, r.method());
                    }
                }
            }
        }
    }

    /** Whether a part is one Chinese syllable, in pinyin or Wade–Giles, or read in Cantonese from Han characters. */
    private static boolean oneSyllable(Part p) {
        return p.syllables() == 1 || p.cantonese() == 1;
    }

    /**
     * Adds the pairs of a run of {@code many} whose parts are each one Chinese syllable and a part of
     * {@code one} that writes the same syllables together in the other system, or in both (Tse Tung
     * and Zedong, Ing Wen and Yingwen), or, for a run read in Cantonese from Han characters, in
     * another Hong Kong spelling (ka sing, 嘉誠, and Kashing: {@link Cantonese}); a part the run's
     * letters equal as they are is left to {@link #joined}'s other comparisons.
     */
    private void syllableRun(Memo memo, NormalizedName many, int start, int len, NormalizedName one, boolean swapped) {
        String[] texts = null;
        String together = null;
        // the run's parts are one syllable each (see joined), in pinyin or Wade–Giles, or read in
        // Cantonese from Han characters
        boolean runPinyin = true;
        boolean runRead = true;
        for (int i = start; i < start + len; i++) {
            Part p = many.part(i);
            runPinyin &= p.syllables() == 1;
            runRead &= p.readInCantonese();
        }
        for (int j = 0; j < one.size(); j++) {
            Part p = one.part(j);
            if (one.particle(j)) {
                continue;
            }
            boolean wadeGiles = runPinyin
                    && p.syllables() == len
                    && ChineseSyllables.sameInitial(many.part(start).text(), p.text());
            boolean cantonese = runRead && !p.readInCantonese();
            if (!wadeGiles && !cantonese) {
                continue;
            }
            if (texts == null) {
                texts = new String[len];
                for (int i = 0; i < len; i++) {
                    texts[i] = many.part(start + i).text();
                }
                together = concat(many, start, len, TOGETHER);
            }
            if (together.equals(p.text())) {
                continue;
            }
            if (wadeGiles && ChineseSyllables.writtenTogether(texts, p.text())) {
                double score = PartSimilarity.PHONETIC * JOINED_FACTOR;
                addRun(memo, swapped, start, len, j, score, MatchMethod.PHONETIC);
            } else if (cantonese) {
                PartSimilarity.Result r = PartSimilarity.cantoneseRead(Cantonese.sameReading(texts, p.text()));
                if (r.method() != null) {
                    addRun(memo, swapped, start, len, j, r.score() * JOINED_FACTOR, r.method());
                }
            }
        }
    }

    /**
     * Adds the pair of a run {@code [start, start + len)} of the name written apart and part {@code
     * j} of the other, the run on the query's side unless {@code swapped}.
     */
    private static void addRun(Memo memo, boolean swapped, int start, int len, int j, double score, MatchMethod m) {
        if (swapped) {
            memo.add(j, 1, start, len, score, m, score);
        } else {
            memo.add(start, len, j, 1, score, m, score);
        }
    }

    /** Whether part {@code i} is an initial, not a one-letter particle (Noor-e-Alam, Ortega y Gasset). */
    private static boolean abbreviation(NormalizedName name, int i) {
        return name.initial(i) && !name.particle(i);
    }

    /** How a run is written together: as it is. */
    static final int TOGETHER = 0;
    /** How a run is written together: without its inner particle (Taj al Din as Tajdin). */
    static final int WITHOUT_PARTICLE = 1;
    /**
     * How a run is written together: its inner Arabic article before a sun letter assimilated, as
     * {@code e} and the letter it became (Izz al Din as Izzeddin, Abd al Rahman as Abderrahman, where
     * the orthography writes the doubled letter once).
     */
    static final int ARTICLE_ASSIMILATED = 2;

    /** A run of parts written together, {@code how} being one of the constants above. */
    static String concat(NormalizedName name, int start, int len, int how) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < start + len; i++) {
            if (how == TOGETHER || i == start || !name.part(i).particle()) {
                sb.append(name.part(i).text());
            } else if (how == ARTICLE_ASSIMILATED && assimilatedArticle(name, i)) {
                sb.append('e');
            }
        }
        return sb.toString();
    }

    /**
     * Adds the pair of query part {@code i} and listed part {@code j} that meet with the Arabic
     * article written on one of them ({@link MatchMethod#ARTICLE_WRITTEN_ON}: Elsayed / Sayed). Where
     * the other name writes the article apart before its part (El Sayed), the pair covers the
     * article too, which is then matched, not left over.
     */
    private static void articleWrittenOn(
            Memo memo, NormalizedName query, int i, NormalizedName listed, int j, PartSimilarity.Result r) {
        boolean onQuery = PartSimilarity.joinedArticle(query.part(i).text());
        if (onQuery && articleBefore(listed, j)) {
            memo.add(i, 1, j - 1, 2, r.score(), r.method(), r.score());
        } else if (!onQuery && articleBefore(query, i)) {
            memo.add(i - 1, 2, j, 1, r.score(), r.method(), r.score());
        } else {
            memo.add(i, 1, j, 1, r.score(), r.method(), r.score());
        }
    }

    /** The part without the Arabic article written on it (Elhassan as Hassan), or the part. */
    private static Part withoutArticle(Part p) {
        String rest = PartSimilarity.withoutJoinedArticle(p.text());
        return rest == null ? p : Part.written(rest, p.unvowelled());
    }

    /** Whether part {@code j} follows an Arabic article written apart (al Sayed, el-Sayed). */
    private static boolean articleBefore(NormalizedName name, int j) {
        return j > 0 && name.particle(j - 1) && arabicArticle(name.part(j - 1).text());
    }

    /** Arabic articles as lists write them: al-Din, el-Din, ul-Din. */
    private static boolean arabicArticle(String text) {
        return text.length() == 2
                && text.charAt(1) == 'l'
                && (text.charAt(0) == 'a' || text.charAt(0) == 'e' || text.charAt(0) == 'u');
    }

    /**
     * Whether part {@code i} is an Arabic article followed by a part that starts with a sun letter
     * (t, d, r, z, s, l, n), to which the article's l assimilates when said: al-Din is ad-Din, ed-Din,
     * ud-Din.
     */
    static boolean assimilatedArticle(NormalizedName name, int i) {
        if (i + 1 >= name.size()
                || !name.part(i).particle()
                || !arabicArticle(name.part(i).text())) {
            return false;
        }
        Part next = name.part(i + 1);
        if (next.particle() || next.initial()) {
            return false;
        }
        char c = next.text().charAt(0);
        return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'l' || c == 'n';
    }

    /**
     * Adds pairs where an Arabic article and the part after it ({@code many}'s parts {@code start}
     * and {@code start + 1}: al Din) are one part of {@code one} written as said: a vowel, the sun
     * letter doubled, then the rest (Eddin, Uddin, Addin, and Eddine with the French final e). The
     * letter after the vowel must be doubled (Edin is a name of its own), and the part without its
     * vowel must be the word exactly, or by the spelling rules when it has four letters or more:
     * Assad (al-Asad) is not read as al-Saad, nor Assaf as al-Saif, but Ennour is an-Nur.
     */
    private void articleWrittenOn(Memo memo, NormalizedName many, int start, NormalizedName one, boolean swapped) {
        Part word = many.part(start + 1);
        char sun = word.text().charAt(0);
        for (int j = 0; j < one.size(); j++) {
            String t = one.part(j).text();
            if (t.length() < 5 || !Orthography.isPlainVowel(t.charAt(0)) || t.charAt(1) != sun || t.charAt(2) != sun) {
                continue;
            }
            String rest = t.substring(2);
            if (rest.length() > 3 && rest.endsWith("e") && !Orthography.isPlainVowel(rest.charAt(rest.length() - 2))) {
                rest = rest.substring(0, rest.length() - 1); // French final e: Eddine, Nourredine
            }
            PartSimilarity.Result r =
                    similarity.compare(Part.written(rest, one.part(j).unvowelled()), word);
            boolean close = r.method() == MatchMethod.EXACT
                    || (r.method() == MatchMethod.SPELLING || r.method() == MatchMethod.TRANSLITERATION)
                            && rest.length() >= 4;
            if (close) {
                // the article written as said is a spelling convention, whatever the word's match
                addRun(
                        memo,
                        swapped,
                        start,
                        2,
                        j,
                        Math.min(r.score(), PartSimilarity.SPELLING) * JOINED_FACTOR,
                        MatchMethod.SPELLING);
            }
        }
    }

    private static double weight(NormalizedName name, int start, int len) {
        double w = 0;
        for (int i = start; i < start + len; i++) {
            w += name.partWeight(i);
        }
        return w;
    }

    private static String text(NormalizedName name, int start, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < start + len; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(shown(name.part(i)));
        }
        return sb.toString();
    }

    /** A part as an explanation shows it: as read, or for a name read from kanji, the kanji. */
    private static String shown(Part p) {
        return p.kanji() != null ? p.kanji().kanji() : p.text();
    }

    private static List<String> unused(NormalizedName name, long used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < name.size(); i++) {
            if ((used & (1L << i)) == 0) {
                out.add(shown(name.part(i)));
            }
        }
        return out;
    }
}
