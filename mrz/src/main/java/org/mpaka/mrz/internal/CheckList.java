package org.mpaka.mrz.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.mpaka.mrz.MrzCheck;

/**
 * The immutable list of a zone's checks (2 to 5, in MRZ order) held in fields: one small object
 * where an array and a list wrapper would be two.
 */
final class CheckList extends AbstractList<MrzCheck> implements RandomAccess {

    private final MrzCheck c0;
    private final MrzCheck c1;
    private final MrzCheck c2;
    private final MrzCheck c3;
    private final MrzCheck c4;
    private final int size;

    /** The checks in MRZ order; the ones a format does not have are null and left out. */
    CheckList(MrzCheck number, MrzCheck birth, MrzCheck expiry, MrzCheck personal, MrzCheck composite) {
        // move the present ones of the last three forward
        MrzCheck r0 = expiry;
        MrzCheck r1 = personal;
        MrzCheck r2 = composite;
        for (int i = 0; i < 2 && r0 == null; i++) {
            r0 = r1;
            r1 = r2;
            r2 = null;
        }
        if (r1 == null) {
            r1 = r2;
            r2 = null;
        }
        this.c0 = Objects.requireNonNull(number);
        this.c1 = Objects.requireNonNull(birth);
        this.c2 = r0;
        this.c3 = r1;
        this.c4 = r2;
        this.size = r0 == null ? 2 : r1 == null ? 3 : r2 == null ? 4 : 5;
    }

    @Override
    public MrzCheck get(int index) {
        return switch (Objects.checkIndex(index, size)) {
            case 0 -> c0;
            case 1 -> c1;
            case 2 -> c2;
            case 3 -> c3;
            default -> c4;
        };
    }

    @Override
    public int size() {
        return size;
    }
}
