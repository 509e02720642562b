package org.mpaka.screening;

import java.util.List;

/**
 * The result of comparing two names.
 *
 * @param score similarity in [0, 1]
 * @param matches the aligned parts, best first
 * @param unmatchedQuery query parts with no counterpart
 * @param unmatchedListed listed parts with no counterpart
 * @param romanisation non-empty when a name was compared through this romanisation: the listed
 *     name's when it is in another script (or read as the Somali orthography writes it), otherwise
 *     the query's
 * @param limits the rules that held the score below what the matched parts alone would give, in
 *     the order applied (empty when none did)
 */
public record NameScore(
        double score,
        List<PartMatch> matches,
        List<String> unmatchedQuery,
        List<String> unmatchedListed,
        String romanisation,
        List<Limit> limits) {

    /** A score of 0 with nothing matched. */
    public static final NameScore NONE = new NameScore(0, List.of(), List.of(), List.of(), "");

    /** Copies the lists. */
    public NameScore {
        matches = List.copyOf(matches);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedListed = List.copyOf(unmatchedListed);
        romanisation = romanisation == null ? "" : romanisation;
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    /** A score no rule held down. */
    public NameScore(
            double score,
            List<PartMatch> matches,
            List<String> unmatchedQuery,
            List<String> unmatchedListed,
            String romanisation) {
        this(score, matches, unmatchedQuery, unmatchedListed, romanisation, List.of());
    }

    /** This score held at the limit's cap, the limit noted, when the score is above the cap. */
    public NameScore heldAt(Limit limit) {
        if (score <= limit.cap()) {
            return this;
        }
        List<Limit> all = new java.util.ArrayList<>(limits);
        all.add(limit);
        return new NameScore(limit.cap(), matches, unmatchedQuery, unmatchedListed, romanisation, all);
    }

    /** A rule that caps a name score however well the parts matched, and why. */
    public enum Limit {
        /** Names of two parts or more that share a single real part (a family name, a given name). */
        ONE_PART_SHARED(0.6, "the names share only one part, as namesakes and relatives do"),
        /** One-part names two letters apart or more. */
        ONE_PART_TYPO(0.6, "one-part names two letters apart are other names as often as misspellings"),
        /**
         * Where both names say whose son their bearer is (bin, ibn, ould ...), a man's own name met as
         * the other's father's name.
         */
        FATHER_AND_SON(0.6, "one person's own name is the other's father's name (bin, ibn ...): father and son?"),
        /**
         * A given name met in the form of the other sex (Samir / Samira, Ivan / Ivana, Antonio /
         * Antonia, Daniel / Danielle): see {@code PartSimilarity.otherSexForm}.
         */
        OTHER_SEX_FORM(0.75, "a name matches only in the other sex's form (Samir / Samira): a relative?"),
        /**
         * A name met only as another name of the same Arabic root, the plain name against its
         * diminutive (Hasan / Husayn, Umar / Umair: see {@code PartSimilarity.otherPatternOfRoot}) or
         * two names of a table (Mohamed / Mahmoud, Jamil / Jamal: {@code root_names.csv}).
         */
        OTHER_NAME_OF_ROOT(
                0.75,
                "a name matches only as another name of the same root (Hasan / Husayn, Mohamed / Mahmoud): a relative?"),
        /**
         * A part met only with the Arabic article written on taken off (Elsayed / Sayed, Elkaddafi /
         * Gaddafi), where the other name does not write the article apart: names of other languages
         * start so too (Aldemir / Demir, Elmurad / Murad, Alberti / Berti).
         */
        ARTICLE_WRITTEN_ON(
                0.75,
                "a name matches only with the Arabic article written on taken off (Elsayed / Sayed), as another name may start (Aldemir / Demir)"),
        /** Every real part matched only as the same name in another language. */
        OTHER_LANGUAGE_ONLY(0.6, "the parts match only as the same names in other languages"),
        /** No real part matched: initials or particles only. */
        INITIALS_ONLY(0.5, "only initials or particles agree"),
        /** The names state different generations: Jr against Sr or III. */
        OTHER_GENERATION(0.6, "one name says Jr, Sr or III and the other another generation: father and son?");

        private final double cap;
        private final String reason;

        Limit(double cap, String reason) {
            this.cap = cap;
            this.reason = reason;
        }

        /** The highest score the rule allows. */
        public double cap() {
            return cap;
        }

        /** Why, in words. */
        public String reason() {
            return reason;
        }

        /** For example {@code held at 0.60: the names share only one part, ...}. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "held at %.2f: %s", cap, reason);
        }
    }
}
