package org.mpaka.screening.internal;

import java.util.List;

/**
 * A name reduced to comparable parts.
 *
 * @param parts the parts in written order (honorifics removed)
 * @param romanisation empty for Latin input, else the romanisation used (for example {@code
 *     Russian-Latin/BGN})
 */
public record NormalizedName(List<Part> parts, String romanisation) {

    /** Copies the parts. */
    public NormalizedName {
        parts = List.copyOf(parts);
    }

    /** Whether the name came from a non-Latin script. */
    public boolean transliterated() {
        return !romanisation.isEmpty();
    }

    /** Total weight of the parts. */
    public double weight() {
        double w = 0;
        for (Part p : parts) {
            w += p.weight();
        }
        return w;
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
}
