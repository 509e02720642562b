package org.mpaka.edifact.internal;

import java.util.List;

/** Immutable copies of the model's lists, most of which hold zero, one or two elements. */
final class Lists {

    private Lists() {}

    /**
     * What {@link List#copyOf} returns (an unmodifiable list of the same elements, nulls refused),
     * without the intermediate array for lists of up to two elements.
     */
    static <T> List<T> copy(List<? extends T> l) {
        return switch (l.size()) {
            case 0 -> List.of();
            case 1 -> List.of(l.get(0));
            case 2 -> List.of(l.get(0), l.get(1));
            default -> List.copyOf(l);
        };
    }
}
