package org.mpaka.border;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a traveller passes a post: leaving {@code from} and entering {@code to}, written
 * {@code RWA-COD}.
 */
public record Direction(String from, String to) {

    /** Parses {@code RWA-COD}; empty when the text is not two different 3-letter codes. */
    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('→', '-').replace('>', '-');
        int dash = t.indexOf('-');
        if (dash != 3 || t.length() != 7) {
            return Optional.empty();
        }
        String from = t.substring(0, 3);
        String to = t.substring(4);
        if (!from.chars().allMatch(Character::isLetter)
                || !to.chars().allMatch(Character::isLetter)
                || from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of(new Direction(from, to));
    }

    public Direction reverse() {
        return new Direction(to, from);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
