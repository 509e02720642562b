package org.mpaka.screening.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A name reduced to comparable parts: the parts in written order (honorifics removed) and, for a
 * name from a non-Latin script, the romanisation used (for example {@code Russian-Latin/BGN}; empty
 * for Latin input). Immutable; the totals the aligner needs for every comparison are computed once.
 */
public final class NormalizedName {

    private final Part[] parts;
    private final String romanisation;
    private final double weight;
    private final int realParts;
    // what alignment reads of each part, next to the name (the hot path then rarely touches the
    // parts themselves): ids (null unless given; shared, not copied), particle and initial bits, and
    // per part i: info[2i] the first letter of its skeleton, info[2i + 1] its length
    private final int[] ids;
    private final long particles;
    private final long initials;
    // parts read from kanji ({@link Part#kanji})
    private final long kanjiParts;
    // parts read in Cantonese from Han characters ({@link Part#readInCantonese})
    private final long cantoneseParts;
    private final int sonOf;
    private final char[] info;

    /** Copies the parts. */
    public NormalizedName(List<Part> parts, String romanisation) {
        this(parts, romanisation, null);
    }

    /**
     * Copies the parts; {@code ids} (one per part, or null) are ids of the distinct parts of an
     * index, which let alignment remember comparisons by id (see {@link Aligner.Memo}); the array is
     * kept, not copied, and must not change.
     */
    public NormalizedName(List<Part> parts, String romanisation, int[] ids) {
        this.parts = parts.toArray(new Part[0]);
        if (this.parts.length > 64) {
            throw new IllegalArgumentException("a name has at most 64 parts, this one " + this.parts.length);
        }
        if (ids != null && ids.length != this.parts.length) {
            throw new IllegalArgumentException("one id per part expected");
        }
        this.romanisation = romanisation == null ? "" : romanisation;
        this.ids = ids;
        this.info = new char[2 * this.parts.length];
        double w = 0;
        int real = 0;
        long particleBits = 0;
        long initialBits = 0;
        long kanjiBits = 0;
        long cantoneseBits = 0;
        int firstSonOf = -1;
        for (int i = 0; i < this.parts.length; i++) {
            Part p = this.parts[i];
            w += p.weight();
            if (!p.particle() && !p.initial()) {
                real++;
            }
            if (p.particle()) {
                particleBits |= 1L << i;
                if (firstSonOf < 0 && i > 0 && NameNormalizer.SON_OF.contains(p.text())) {
                    firstSonOf = i;
                }
            }
            if (p.initial()) {
                initialBits |= 1L << i;
            }
            if (p.kanji() != null) {
                kanjiBits |= 1L << i;
            }
            if (p.readInCantonese()) {
                cantoneseBits |= 1L << i;
            }
            info[2 * i] = p.skeleton().isEmpty() ? 0 : p.skeleton().charAt(0);
            info[2 * i + 1] = (char) Math.min(p.text().length(), Character.MAX_VALUE);
        }
        this.weight = w;
        this.realParts = real;
        this.particles = particleBits;
        this.initials = initialBits;
        this.kanjiParts = kanjiBits;
        this.cantoneseParts = cantoneseBits;
        this.sonOf = firstSonOf;
    }

    /** Whether part {@code i} was read from kanji ({@link Part#kanji}), without reading the part. */
    boolean readFromKanji(int i) {
        return (kanjiParts >>> i & 1) != 0;
    }

    /** Whether part {@code i} was read in Cantonese from Han characters, without reading the part. */
    boolean readInCantonese(int i) {
        return (cantoneseParts >>> i & 1) != 0;
    }

    /** Whether the name is the Cantonese reading of a name in Han script ({@link Romanizer#CANTONESE}). */
    boolean cantonese() {
        return cantoneseParts != 0;
    }

    /** The index id of part {@code i}, or -1 when the name carries none. */
    int id(int i) {
        return ids == null ? -1 : ids[i];
    }

    /** The weight of part {@code i}, as {@link Part#weight} gives it. */
    double partWeight(int i) {
        if (particle(i)) {
            return Part.PARTICLE_WEIGHT;
        }
        return initial(i) ? Part.INITIAL_WEIGHT : 1.0;
    }

    /** Whether part {@code i} is an initial. */
    boolean initial(int i) {
        return (initials & (1L << i)) != 0;
    }

    /** Whether part {@code i} is a particle. */
    boolean particle(int i) {
        return (particles & (1L << i)) != 0;
    }

    /** The first letter of part {@code i}'s consonant skeleton (0 if it has none). */
    char skeletonFirst(int i) {
        return info[2 * i];
    }

    /** The length of part {@code i}'s text. */
    int length(int i) {
        return info[2 * i + 1];
    }

    /**
     * Reads what alignment reads first of this name (its parts, ids and part lengths) and returns a
     * value made of them. Touching a batch of names in a loop before aligning them lets the CPU fetch
     * them from memory at once, rather than one at a time inside each alignment.
     */
    public int touch() {
        if (parts.length == 0) {
            return 0;
        }
        return parts.length + (ids == null ? 0 : ids[0]) + info[info.length - 1];
    }

    /** The parts in written order. */
    public List<Part> parts() {
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    /** Number of parts. */
    public int size() {
        return parts.length;
    }

    /** Part {@code i} in written order. */
    public Part part(int i) {
        return parts[i];
    }

    /** Empty for Latin input, else the romanisation used. */
    public String romanisation() {
        return romanisation;
    }

    /** Whether the name came from a non-Latin script. */
    public boolean transliterated() {
        return !romanisation.isEmpty();
    }

    /** Total weight of the parts. */
    public double weight() {
        return weight;
    }

    /** Whether a part is an initial. */
    public boolean hasInitial() {
        return initials != 0;
    }

    /** Number of parts that are neither particles nor initials. */
    public int realParts() {
        return realParts;
    }

    /**
     * The position of the first particle after the first part that says whose son or daughter the
     * bearer is (bin, ibn, ould ...: {@link NameNormalizer#SON_OF}), or -1: the parts before it are
     * the bearer's own name.
     */
    int sonOf() {
        return sonOf;
    }

    /** The parts' text joined by spaces. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName other
                && Arrays.equals(parts, other.parts)
                && romanisation.equals(other.romanisation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(parts) + romanisation.hashCode();
    }

    @Override
    public String toString() {
        return "NormalizedName[" + display() + (romanisation.isEmpty() ? "" : ", " + romanisation) + "]";
    }
}
