package org.mpaka.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mpaka.screening.Adjustment;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.Hit;
import org.mpaka.screening.NameScore;
import org.mpaka.screening.PartMatch;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Thresholds;
import org.mpaka.screening.WatchlistEntry;

/**
 * Scores one watchlist entry against a prepared query: best name over all the entry's names and
 * romanisations, then adjustments for birth date, sex and nationality, then documents.
 *
 * <p>Adjustments: birth date same day +0.12, same year (one side partial) +0.04, a year apart
 * -0.03, different -0.15; nationality same +0.03, different -0.05; sex different -0.08. A weak alias
 * scores 0.9 of its name score. A name score at or above the strong threshold never ends below the
 * possible threshold: dates and nationality never hide a strong name match on their own. Nor does
 * a name sharing a listed name's family name with the same full birth date (see {@link
 * #FAMILY_AND_BIRTH_DATE}). A
 * document with the same number scores 1.0 (0.95 if only OCR-confusable characters differ) when
 * the issuing states agree or one is unknown, 0.85 otherwise; one that scores 1.0 ranks above every
 * hit on names and dates alone (see {@link #scoreOnly(PreparedQuery, Aligner.Memo[], WatchlistEntry,
 * List)}).
 */
public final class EntryScorer {

    /** Score factor of a weak alias. */
    public static final double WEAK_ALIAS = 0.9;

    /** Birth-date adjustments: same day, same year (one side partial), a year apart, different. */
    public static final double DOB_EXACT = 0.12;
    /** See {@link #DOB_EXACT}. */
    public static final double DOB_SAME_YEAR = 0.04;
    /** See {@link #DOB_EXACT}. */
    public static final double DOB_NEAR = -0.03;
    /** See {@link #DOB_EXACT}. */
    public static final double DOB_CONFLICT = -0.15;
    /** Nationality adjustments: a listed nationality, none of them. */
    public static final double NAT_LISTED = 0.03;
    /** See {@link #NAT_LISTED}. */
    public static final double NAT_NOT_LISTED = -0.05;
    /** Sex adjustment when both are known and differ. */
    public static final double SEX_DIFFERENT = -0.08;

    /**
     * Added to the ranking value of an entry with the same document number (score 1.0): shown as
     * 1.00 like the best name matches, it ranks above any of them (a name score, with adjustments,
     * stays below 1.2).
     */
    private static final double DOCUMENT_RANK = 2;

    private final Aligner aligner;
    private final Thresholds thresholds;

    /** Scores with the given aligner and thresholds. */
    public EntryScorer(Aligner aligner, Thresholds thresholds) {
        this.aligner = aligner;
        this.thresholds = thresholds;
    }

    /** A listed name in normalised form with its quality and original text. */
    public record ListedName(NormalizedName name, EntryName.Quality quality, String original, int generation) {
        /** A listed name with the generation its original writing states ({@link NameNormalizer#generation}). */
        public ListedName(NormalizedName name, EntryName.Quality quality, String original) {
            this(name, quality, original, NameNormalizer.generation(original));
        }
    }

    private static boolean otherGeneration(PreparedQuery q, ListedName ln) {
        return NameNormalizer.otherGeneration(q.generation(), ln.generation());
    }

    /**
     * Gives each name of one entry that states no generation the generation another of its names
     * states (the first that does): an alias without the suffix is the same person's name (Martin
     * Luther King Sr., alias Martin Luther King). {@code names} must allow {@code set}.
     */
    public static void inheritGeneration(List<ListedName> names) {
        int g = 0;
        for (int i = 0; i < names.size() && g == 0; i++) {
            g = names.get(i).generation();
        }
        for (int i = 0; i < names.size() && g != 0; i++) {
            ListedName n = names.get(i);
            if (n.generation() == 0) {
                names.set(i, new ListedName(n.name(), n.quality(), n.original(), g));
            }
        }
    }

    /** One memo per query name, in the order of {@link PreparedQuery#names()}. */
    public static Aligner.Memo[] memos(PreparedQuery q) {
        List<NormalizedName> names = q.names();
        Aligner.Memo[] memos = new Aligner.Memo[names.size()];
        for (int m = 0; m < memos.length; m++) {
            memos[m] = new Aligner.Memo(names.get(m));
        }
        return memos;
    }

    /** Scores an entry whose names are already normalised. */
    public Hit score(PreparedQuery q, WatchlistEntry e, List<ListedName> names) {
        return score(q, memos(q), e, names);
    }

    /**
     * Scores an entry, with its explanation, aligning through {@code memos} (one per query name, see
     * {@link #memos}).
     */
    public Hit score(PreparedQuery q, Aligner.Memo[] memos, WatchlistEntry e, List<ListedName> names) {
        BestName b = bestName(q, memos, e, names);
        List<Adjustment> adj = new ArrayList<>();
        double score = Math.min(1, total(q, e, names, b.score(), adj));
        // only the winning pair is aligned again with its explanation
        NameScore best = b.name() == null ? NameScore.NONE : asWritten(explained(q, memos[b.query()], e, b), q, b);
        if (b.name() != null && liftedBySex(q, memos[b.query()], e, b, best)) {
            // say why a name in the other sex's form is not held: the officer sees Samira for Samir
            adj.add(new Adjustment(
                    "sex",
                    0,
                    e.sex().name().toLowerCase(Locale.ROOT) + " as listed: a given name in the other sex's form"
                            + " is no relative's, its name score not held at 0.75"));
        }
        if (b.name() != null && otherGeneration(q, b.name())) {
            best = best.heldAt(NameScore.Limit.OTHER_GENERATION);
        }
        return new Hit(
                e,
                score,
                thresholds.classify(score),
                b.score(),
                b.name() == null ? "" : b.name().original(),
                b.name() == null ? EntryName.Quality.PRIMARY : b.name().quality(),
                best,
                adj);
    }

    /**
     * The score {@link #score} gives, without its explanation and before it is capped at 1: no
     * strings are built, so an index can rank many entries this way and explain only those it
     * returns. Entries whose scores are both capped at 1 rank by this value: the one with more
     * agreeing evidence (a birth date, a nationality) first.
     */
    public double scoreOnly(PreparedQuery q, Aligner.Memo[] memos, WatchlistEntry e, List<ListedName> names) {
        return total(q, e, names, bestName(q, memos, e, names).score(), null);
    }

    /** How the entry's sex stands to the query's. */
    private static Aligner.Sexes sexes(PreparedQuery q, WatchlistEntry e) {
        Sex s = q.query().sex();
        if (s == Sex.UNSPECIFIED || e.sex() == Sex.UNSPECIFIED) {
            return Aligner.Sexes.UNKNOWN;
        }
        return s == e.sex() ? Aligner.Sexes.AGREE : Aligner.Sexes.DIFFER;
    }

    /**
     * Whether the winning name scores higher only because the sexes agree: without that, it would
     * be held as the other sex's form of a given name, and no other hold (another name of one root,
     * another generation) keeps it as low.
     */
    private boolean liftedBySex(PreparedQuery q, Aligner.Memo memo, WatchlistEntry e, BestName b, NameScore best) {
        if (sexes(q, e) != Aligner.Sexes.AGREE
                || otherGeneration(q, b.name())
                || best.score() <= NameScore.Limit.OTHER_SEX_FORM.cap()) {
            return false;
        }
        NameScore held = aligner.align(memo, b.name().name()); // the memo's flag is unset here
        return held.limits().contains(NameScore.Limit.OTHER_SEX_FORM) && held.score() < best.score();
    }

    private NameScore explained(PreparedQuery q, Aligner.Memo memo, WatchlistEntry e, BestName b) {
        memo.sexes(sexes(q, e));
        try {
            return aligner.align(memo, b.name().name());
        } finally {
            memo.sexes(Aligner.Sexes.UNKNOWN);
        }
    }

    /**
     * Readings of a name's own letters that respell its parts one by one (the Somali orthography,
     * the West African French and English spellings, the Belarusian transliteration read as
     * Russian, Baltic forms and the Slavic j, the ICAO 9303 two-letter umlauts): their parts are shown as written, with the
     * reading.
     */
    private static final java.util.Set<String> REREAD = java.util.Set.of(
            NameNormalizer.SOMALI,
            NameNormalizer.WEST_AFRICAN,
            NameNormalizer.BELARUSIAN,
            NameNormalizer.BALTIC,
            NameNormalizer.ICAO);

    /**
     * The explanation with the parts of a name read with the Somali orthography (or another of
     * {@link #REREAD}) shown as written, and as read: {@code axmed (read ahmed)}, where the
     * comparison saw only {@code ahmed}. A reading has one part per written part, in order.
     */
    private static NameScore asWritten(NameScore s, PreparedQuery q, BestName b) {
        NormalizedName queryRead = q.names().get(b.query());
        NormalizedName listedRead = b.name().name();
        Map<String, String> queryParts = REREAD.contains(queryRead.romanisation())
                ? written(queryRead, q.names().get(0))
                : Map.of();
        Map<String, String> listedParts = REREAD.contains(listedRead.romanisation())
                ? written(listedRead, NameNormalizer.normalizeFirst(b.name().original()))
                : Map.of();
        if (queryParts.isEmpty() && listedParts.isEmpty()) {
            return s;
        }
        List<PartMatch> matches = new ArrayList<>(s.matches().size());
        for (PartMatch m : s.matches()) {
            matches.add(new PartMatch(
                    shown(m.queryPart(), queryParts),
                    shown(m.listedPart(), listedParts),
                    m.method(),
                    m.score(),
                    m.joined()));
        }
        return new NameScore(
                s.score(),
                matches,
                s.unmatchedQuery().stream()
                        .map(t -> queryParts.getOrDefault(t, t))
                        .toList(),
                s.unmatchedListed().stream()
                        .map(t -> listedParts.getOrDefault(t, t))
                        .toList(),
                s.romanisation(),
                s.limits());
    }

    /** Each part of a reading with the part it was read from, where they differ. */
    private static Map<String, String> written(NormalizedName read, NormalizedName written) {
        Map<String, String> out = new HashMap<>();
        if (read.size() != written.size()) {
            return out;
        }
        for (int i = 0; i < read.size(); i++) {
            String r = read.part(i).text();
            String w = written.part(i).text();
            if (!r.equals(w)) {
                out.putIfAbsent(r, w);
            }
        }
        return out;
    }

    /** Parts (space-separated) as written, followed by {@code (read ...)} when any was read otherwise. */
    private static String shown(String parts, Map<String, String> written) {
        if (written.isEmpty()) {
            return parts;
        }
        String[] tokens = parts.split(" ");
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            String w = written.get(tokens[i]);
            if (w != null) {
                tokens[i] = w;
                changed = true;
            }
        }
        return changed ? String.join(" ", tokens) + " (read " + parts + ")" : parts;
    }

    /** The best name score over the entry's names and the query's (weak-alias factor applied). */
    private record BestName(double score, ListedName name, int query) {}

    private BestName bestName(PreparedQuery q, Aligner.Memo[] memos, WatchlistEntry e, List<ListedName> names) {
        sexes(memos, sexes(q, e));
        try {
            return bestName(q, memos, names);
        } finally {
            sexes(memos, Aligner.Sexes.UNKNOWN);
        }
    }

    /**
     * Sets on each memo how the sex of the entry whose names it scores stands to the query's (see
     * {@link Aligner.Memo#sexes}).
     */
    public static void sexes(Aligner.Memo[] memos, Aligner.Sexes sexes) {
        for (Aligner.Memo memo : memos) {
            memo.sexes(sexes);
        }
    }

    private BestName bestName(PreparedQuery q, Aligner.Memo[] memos, List<ListedName> names) {
        double bestScore = 0;
        ListedName bestName = null;
        int bestQuery = -1;
        for (ListedName ln : names) {
            for (int m = 0; m < memos.length; m++) {
                double v = aligner.score(memos[m], ln.name())
                        * (ln.quality() == EntryName.Quality.WEAK ? WEAK_ALIAS : 1.0);
                if (otherGeneration(q, ln)) {
                    v = Math.min(v, NameScore.Limit.OTHER_GENERATION.cap());
                }
                if (v > bestScore) {
                    bestScore = v;
                    bestName = ln;
                    bestQuery = m;
                }
            }
            if (bestScore >= 1.0) {
                break; // a name score never exceeds 1: no later name can win
            }
        }
        return new BestName(bestScore, bestName, bestQuery);
    }

    /**
     * The entry's score from its best name score: adjustments, the floor of a strong name, documents;
     * at least 0 but not capped at 1. Adjustments are described in {@code adj} unless it is null.
     */
    private double total(
            PreparedQuery q, WatchlistEntry e, List<ListedName> names, double bestScore, List<Adjustment> adj) {
        double score = bestScore;
        if (bestScore > 0) {
            score += birthDate(q, e, adj);
            score += nationality(q, e, adj);
            score += sex(q, e, adj);
            if (bestScore >= thresholds.strong()) {
                score = Math.max(score, thresholds.possible());
            }
            if (score < thresholds.possible()) {
                String family = familyAndBirthDate(q, e, names);
                if (family != null) {
                    if (adj != null) {
                        adj.add(new Adjustment(
                                FAMILY_AND_BIRTH_DATE,
                                thresholds.possible() - score,
                                "family name \"" + family + "\" as listed and born the same day: at least possible,"
                                        + " as an alias may change the given names (a twin or a namesake born"
                                        + " that day would share both too)"));
                    }
                    score = thresholds.possible();
                }
            }
        }
        double document = documents(q, e, adj);
        if (document >= 1.0) {
            // shown as 1.00 like the best name matches, but a document with the same number ranks
            // above any hit on names and dates alone; among such hits the name evidence decides
            return DOCUMENT_RANK + Math.max(0, Math.min(1, score));
        }
        score = Math.max(score, document);
        return Math.max(0, score);
    }

    /**
     * A name that shares the family name of a listed name, where both mark it (MRZ, comma, a field of
     * its own), with the same full birth date (not 1 January, the day lists and registers write when
     * they do not know it) scores at least the possible threshold, whatever its given names: a
     * listed person's aliases often keep the family name and the birth date and change the given
     * names (TUITO, Daniel for Oded Tuito; of OFAC's 2018 pairs of aliases of one person labelled
     * spelling variants, some hundred differ so and had been missed). Not where the sexes or the
     * nationalities are known and differ, nor through a weak alias. The family names must be spelled
     * the same (diacritics aside), written together or apart (Bin Laden / Binladen, Mir-Hejazi /
     * Mirhejazi), the Arabic article aside (al-Ghamdi / Ghamdi) but not other particles (De la Cruz /
     * Cruz, Bin Ali / Ali), with as many parts (not ALI MOHAMED HASSAN
     * or MOHAMED ALI / MOHAMED, chains of fathers' names): every looser rule tried joined other
     * families (reviews found Smith / Schmidt by sound, Chen / Shen, Chandler / Sandler and Cumar /
     * Kumar by the spelling rules, Alkhatib / Khalil by the article written on, Mahmoud / محمد by
     * the unwritten vowels). A family name of particles only (Das, Du, Le are also particles) does
     * not count. In a list, the index also leaves the rule out where the date is a placeholder or
     * the family name is common there (see {@code ScreeningIndex}). A twin, or a namesake born the
     * same day, meets the rule too: the officer decides (see docs/screening.md for what it costs at
     * a counter).
     */
    public static final String FAMILY_AND_BIRTH_DATE = "family name and birth date";

    /** Whether the rule of {@link #FAMILY_AND_BIRTH_DATE} can apply to a query born on {@code d}. */
    static boolean familyDateRuleApplies(PartialDate d) {
        return d != null && d.month() > 0 && d.day() > 0 && !(d.month() == 1 && d.day() == 1);
    }

    /**
     * The query's family name, normalised, from its own field when given (and found in the full
     * name, if one is given too), else as its name marks it; null when neither says, or when it has
     * no real part.
     */
    static NormalizedName family(PersonQuery q) {
        if (q.familyName().isBlank()) {
            return family(q.nameForMatching());
        }
        NormalizedName field = normalisedFamily(q.familyName());
        if (field == null || q.fullName().isBlank()) {
            return field;
        }
        // the name compared (and looked up) is the full name: the field counts when it holds it
        List<String> full = texts(NameNormalizer.normalizeFirst(q.fullName()).parts());
        return full.containsAll(texts(realParts(field))) ? field : family(q.fullName());
    }

    /** The family name of a name that marks it, normalised, with a real part; else null. */
    static NormalizedName family(String name) {
        String f = NameNormalizer.familyName(name);
        return f == null ? null : normalisedFamily(f);
    }

    private static NormalizedName normalisedFamily(String family) {
        NormalizedName n = NameNormalizer.normalizeFirst(family);
        return realParts(n).isEmpty() ? null : n;
    }

    /**
     * The listed family name the rule of {@link #FAMILY_AND_BIRTH_DATE} finds the query's in, as
     * shown to the officer; null when the rule does not apply.
     */
    private String familyAndBirthDate(PreparedQuery q, WatchlistEntry e, List<ListedName> names) {
        if (q.family() == null || sexes(q, e) == Aligner.Sexes.DIFFER) {
            return null;
        }
        if (birthDate(q, e, null) != DOB_EXACT || nationality(q, e, null) < 0) {
            return null; // not the same full date, or the nationalities differ
        }
        for (ListedName ln : names) {
            if (ln.quality() == EntryName.Quality.WEAK) {
                continue;
            }
            String family = NameNormalizer.familyName(ln.original());
            NormalizedName listed = family == null ? null : normalisedFamily(family);
            if (listed != null && sameFamily(q.family(), listed)) {
                return family;
            }
        }
        return null;
    }

    /** See {@link #FAMILY_AND_BIRTH_DATE}. */
    private static boolean sameFamily(NormalizedName a, NormalizedName b) {
        return joined(a).equals(joined(b)) || texts(withoutArticle(a)).equals(texts(withoutArticle(b)));
    }

    /**
     * The parts but the Arabic article (al, el, ul, as the normaliser reads its forms) and initials:
     * other particles are compared as written, since they tell families apart (De la Cruz / Cruz,
     * Van den Berg / Berg, Mc Donald / Donald) or a father's name from a family name (Bin Ali /
     * Ali).
     */
    private static List<Part> withoutArticle(NormalizedName n) {
        return n.parts().stream()
                .filter(p -> !p.initial() && !ARABIC_ARTICLE.contains(p.text()))
                .toList();
    }

    private static final java.util.Set<String> ARABIC_ARTICLE = java.util.Set.of("al", "el", "ul");

    private static List<String> texts(List<Part> parts) {
        return parts.stream().map(Part::text).toList();
    }

    /** The name's letters, its parts written together. */
    private static String joined(NormalizedName n) {
        return String.join("", texts(n.parts()));
    }

    /** Parts that are neither particles (also where the name holds nothing else) nor initials. */
    private static List<Part> realParts(NormalizedName n) {
        return n.parts().stream()
                .filter(p -> !p.particle() && !p.initial() && !NameNormalizer.PARTICLES.contains(p.text()))
                .toList();
    }

    private static double birthDate(PreparedQuery q, WatchlistEntry e, List<Adjustment> adj) {
        PartialDate d = q.query().birthDate();
        if (d == null || e.birthDates().isEmpty()) {
            return 0;
        }
        PartialDate.Agreement best = PartialDate.Agreement.CONFLICT;
        PartialDate bestListed = e.birthDates().get(0);
        for (PartialDate listed : e.birthDates()) {
            PartialDate.Agreement a = d.compare(listed);
            if (a.ordinal() < best.ordinal()) {
                best = a;
                bestListed = listed;
            }
        }
        double delta = switch (best) {
            case EXACT -> DOB_EXACT;
            case SAME_YEAR -> DOB_SAME_YEAR;
            case NEAR -> DOB_NEAR;
            case CONFLICT -> DOB_CONFLICT;
        };
        String rel = switch (best) {
            case EXACT -> "same date as";
            case SAME_YEAR -> "same year as";
            case NEAR -> "one year from";
            case CONFLICT -> "differs from";
        };
        if (adj != null) {
            adj.add(new Adjustment("birth date", delta, d + " " + rel + " listed " + bestListed));
        }
        return delta;
    }

    private static double nationality(PreparedQuery q, WatchlistEntry e, List<Adjustment> adj) {
        if (q.nationality().isEmpty() || e.nationalities().isEmpty()) {
            return 0;
        }
        for (String n : e.nationalities()) {
            if (Countries.toAlpha3(n).equals(q.nationality())) {
                if (adj != null) {
                    adj.add(new Adjustment("nationality", NAT_LISTED, q.nationality() + " is a listed nationality"));
                }
                return NAT_LISTED;
            }
        }
        if (adj != null) {
            adj.add(new Adjustment(
                    "nationality",
                    NAT_NOT_LISTED,
                    q.nationality() + " not among listed " + String.join(", ", e.nationalities())));
        }
        return NAT_NOT_LISTED;
    }

    private static double sex(PreparedQuery q, WatchlistEntry e, List<Adjustment> adj) {
        Sex s = q.query().sex();
        if (s == Sex.UNSPECIFIED || e.sex() == Sex.UNSPECIFIED || s == e.sex()) {
            return 0;
        }
        if (adj != null) {
            adj.add(new Adjustment(
                    "sex",
                    SEX_DIFFERENT,
                    s.name().toLowerCase(Locale.ROOT) + " but listed "
                            + e.sex().name().toLowerCase(Locale.ROOT)));
        }
        return SEX_DIFFERENT;
    }

    private static double documents(PreparedQuery q, WatchlistEntry e, List<Adjustment> adj) {
        double best = 0;
        Adjustment bestAdj = null;
        for (DocumentRef qd : q.query().documents()) {
            for (DocumentRef ld : e.documents()) {
                double s;
                String how;
                if (!qd.canonicalNumber().isEmpty() && qd.canonicalNumber().equals(ld.canonicalNumber())) {
                    s = 1.0;
                    how = "same number";
                } else if (!qd.ocrKey().isEmpty() && qd.ocrKey().equals(ld.ocrKey())) {
                    s = 0.95;
                    how = "same number up to OCR-confusable characters (O/0, I/1, S/5, B/8)";
                } else {
                    continue;
                }
                boolean statesKnown =
                        !qd.issuingState().isEmpty() && !ld.issuingState().isEmpty();
                if (statesKnown
                        && !Countries.toAlpha3(qd.issuingState()).equals(Countries.toAlpha3(ld.issuingState()))) {
                    s = 0.85;
                    how += ", but issued by " + qd.issuingState() + " not " + ld.issuingState();
                }
                if (s > best) {
                    best = s;
                    bestAdj = adj == null ? null : new Adjustment("document", s, qd + " vs listed " + ld + ": " + how);
                }
            }
        }
        if (bestAdj != null) {
            adj.add(bestAdj);
        }
        return best;
    }
}
