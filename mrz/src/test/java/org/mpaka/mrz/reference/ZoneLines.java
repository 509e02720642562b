package org.mpaka.mrz.reference;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The lines of a zone as an immutable list over its characters; strings are made on access. */
final class ZoneLines extends AbstractList<String> implements RandomAccess {

    private final char[] chars;
    private final int lineLength;

    ZoneLines(char[] chars, int lineLength) {
        this.chars = chars;
        this.lineLength = lineLength;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(chars, index * lineLength, lineLength);
    }

    @Override
    public int size() {
        return chars.length / lineLength;
    }
}
