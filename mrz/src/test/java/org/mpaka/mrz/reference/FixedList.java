package org.mpaka.mrz.reference;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list over an array the caller hands over and never touches again: one small
 * wrapper instead of the two of {@code Collections.unmodifiableList(Arrays.asList(a))}, and no
 * copy as {@code List.of(a)} would make. Elements must not be null.
 */
final class FixedList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;

    FixedList(E[] elements) {
        this.elements = elements;
    }

    @Override
    public E get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
