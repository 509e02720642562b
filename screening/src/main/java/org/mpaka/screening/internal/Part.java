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
 * @param syllables the fewest Chinese syllables, in pinyin or Wade–Giles, that {@code text} is
 *     written with, or 0 ({@link ChineseSyllables#count})
 * @param revisedMarks whether {@code text} writes a vowel as the Korean Revised Romanization does
 *     and other languages seldom do ({@link KoreanSyllables#revisedMarks}), which lets {@link
 *     KoreanSyllables} compare it
 * @param jLetters which letters of {@code text} {@link LettersForJ#readAlike} looks for ({@link
 *     LettersForJ#letters}), so that the comparison of two parts that have none costs nothing
 * @param cantonese for a part that is the Cantonese reading of Han characters ({@link
 *     Cantonese#reading}), its number of syllables ({@link Cantonese#count}); 0 for any other part
 *     (see {@link #readInCantonese})
 * @param kanji for a Japanese family or given name read from kanji, the readings its kanji can have
 *     ({@link KanjiReadings}: {@code text} is only the first of them); null for any other part
 */
public record Part(
        String text,
        String ortho,
        String skeleton,
        boolean particle,
        int nameId,
        boolean unvowelled,
        int syllables,
        boolean revisedMarks,
        int jLetters,
        int cantonese,
        KanjiReadings kanji) {

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
        return of(text, particle, unvowelled, true);
    }

    /**
     * A spelling made while matching (a run of parts written together, a nickname looked up), not a
     * part of a name: its Chinese syllables are not counted (runs of syllables are compared
     * syllable by syllable instead), which saves the time on the hot path.
     */
    static Part written(String text, boolean unvowelled) {
        return of(text, false, unvowelled, false);
    }

    /**
     * Particles that are one word written in other letters: the Arabic article (al, el, ul) and
     * son of (bin, ibn, ben), so that El Baradei meets Al Baradei and ibn meets bin as spellings.
     */
    private static final java.util.Map<String, String> PARTICLE_SPELLINGS =
            java.util.Map.of("el", "al", "ul", "al", "ibn", "bin", "ben", "bin");

    private static Part of(String text, boolean particle, boolean unvowelled, boolean syllables) {
        String ortho = particle && PARTICLE_SPELLINGS.containsKey(text)
                ? PARTICLE_SPELLINGS.get(text)
                : unvowelled ? Orthography.unvowelled(text) : Orthography.rewrite(text);
        return new Part(
                text,
                ortho,
                Orthography.skeleton(ortho, !unvowelled),
                particle,
                Nicknames.bundled().id(text),
                unvowelled,
                syllables ? ChineseSyllables.count(text) : 0,
                KoreanSyllables.revisedMarks(text),
                LettersForJ.letters(text),
                0,
                null);
    }

    /**
     * This part with the readings of the kanji it was read from (see {@link #kanji}); never a
     * particle (土 read do is a name, not the Portuguese do).
     */
    Part withKanji(KanjiReadings readings) {
        Part p = particle ? of(text, false, unvowelled) : this;
        return new Part(
                p.text,
                p.ortho,
                p.skeleton,
                false,
                p.nameId,
                p.unvowelled,
                p.syllables,
                p.revisedMarks,
                p.jLetters,
                p.cantonese,
                readings);
    }

    /**
     * This part as the Cantonese reading of Han characters (see {@link #readInCantonese}), with no
     * pinyin or Wade–Giles syllable count. It is no particle already: a syllable read from Han
     * characters is none unless it has one letter ({@code NameNormalizer.parts}), and no Hong Kong
     * spelling has one.
     */
    Part inCantonese() {
        return new Part(
                text,
                ortho,
                skeleton,
                particle,
                nameId,
                unvowelled,
                0,
                revisedMarks,
                jLetters,
                Cantonese.count(text),
                kanji);
    }

    /**
     * Whether the part is the Cantonese reading of Han characters ({@link Cantonese#reading}): it
     * meets Latin parts only as written or as another Hong Kong spelling of that reading, and no
     * part of another name in Han script. Every such reading has a syllable, since it is made of
     * Hong Kong spellings.
     */
    public boolean readInCantonese() {
        return cantonese > 0;
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
