package org.mpaka.screening;

import java.util.Locale;

/**
 * What a birth date, sex, nationality or document did to a hit's score.
 *
 * @param factor {@code birth date}, {@code sex}, {@code nationality} or {@code document}
 * @param delta change to the score (positive raises it)
 * @param reason what was compared, in words
 */
public record Adjustment(String factor, double delta, String reason) {

    /** For example {@code birth date: 1951-06-19 = listed 1951-06-19 (+0.12)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s (%+.2f)", factor, reason, delta);
    }
}
