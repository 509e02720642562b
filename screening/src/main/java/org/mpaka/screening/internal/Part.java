package org.mpaka.screening.internal;

/**
 * One normalised part (token) of a name.
 *
 * @param text lower-case ASCII form after diacritics and transliteration
 * @param ortho form after the regional orthography rewrite rules ({@link Orthography#rewrite})
 * @param skeleton consonant skeleton of {@code ortho} ({@link Orthography#skeleton})
 * @param particle whether the part is a particle (al, bin, de, van ...) that weighs less
 * @param nameId the number of {@code text} in the bundled nickname and given-name tables, or -1
 *     ({@link Nicknames#id})
 * @param unvowelled whether the part was read from a script that writes no short vowels ({@link
 *     ArabicScript}, {@link HebrewScript}): it then compares with other spellings by its consonants
 */
public record Part(String text, String ortho, String skeleton, boolean particle, int nameId, boolean unvowelled) {

    /** Weight of a particle relative to a full name part. */
    public static final double PARTICLE_WEIGHT = 0.25;

    /** Weight of an initial relative to a full name part. */
    public static final double INITIAL_WEIGHT = 0.5;

    /** Builds a part, computing its keys. */
    public static Part of(String text, boolean particle) {
        return of(text, particle, false);
    }

    /** Builds a part, computing its keys; see {@link #unvowelled} for the last argument. */
    public static Part of(String text, boolean particle, boolean unvowelled) {
        String ortho = unvowelled ? Orthography.unvowelled(text) : Orthography.rewrite(text);
        return new Part(
                text,
                ortho,
                Orthography.skeleton(ortho, !unvowelled),
                particle,
                Nicknames.bundled().id(text),
                unvowelled);
    }

    /** Whether the part is a single letter (an initial). */
    public boolean initial() {
        return text.length() == 1;
    }

    /** The part's weight in a name's total. */
    public double weight() {
        if (particle) {
            return PARTICLE_WEIGHT;
        }
        return initial() ? INITIAL_WEIGHT : 1.0;
    }
}
