package org.mpaka.screening.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A name reduced to comparable parts: the parts in written order (honorifics removed) and, for a
 * name from a non-Latin script, the romanisation used (for example {@code Russian-Latin/BGN}; empty
 * for Latin input). Immutable; the totals the aligner needs for every comparison are computed once.
 */
public final class NormalizedName {

    private final Part[] parts;
    private final List<Part> partList;
    private final String romanisation;
    private final double weight;
    private final int realParts;

    /** Copies the parts. */
    public NormalizedName(List<Part> parts, String romanisation) {
        this.parts = parts.toArray(new Part[0]);
        this.partList = List.of(this.parts);
        this.romanisation = romanisation;
        double w = 0;
        int real = 0;
        for (Part p : this.parts) {
            w += p.weight();
            if (!p.particle() && !p.initial()) {
                real++;
            }
        }
        this.weight = w;
        this.realParts = real;
    }

    /** The parts in written order. */
    public List<Part> parts() {
        return partList;
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

    /** Number of parts that are neither particles nor initials. */
    public int realParts() {
        return realParts;
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
