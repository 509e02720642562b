package org.mpaka.screening;

/**
 * Score thresholds that classify hits. Defaults: strong ≥ 0.88, possible ≥ 0.70, weak ≥ 0.55;
 * "a match" in evaluation means possible or better.
 *
 * @param strong lowest score of a strong hit
 * @param possible lowest score of a possible hit (and of a match in {@code mpaka names})
 * @param weak lowest score reported at all
 */
public record Thresholds(double strong, double possible, double weak) {

    /** The defaults. */
    public static final Thresholds DEFAULT = new Thresholds(0.88, 0.70, 0.55);

    /** Checks {@code 0 ≤ weak ≤ possible ≤ strong ≤ 1}. */
    public Thresholds {
        if (!(0 <= weak && weak <= possible && possible <= strong && strong <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= weak <= possible <= strong <= 1, got "
                    + weak + ", " + possible + ", " + strong);
        }
    }

    /** The class of a score. */
    public MatchClass classify(double score) {
        if (score >= strong) {
            return MatchClass.STRONG;
        }
        if (score >= possible) {
            return MatchClass.POSSIBLE;
        }
        return score >= weak ? MatchClass.WEAK : MatchClass.NONE;
    }
}
