package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void findsEveryKeyAndNoOtherWhateverHowManyKeysThereAre() {
        Random r = new Random(3);
        for (int size : new int[] {0, 1, 3, 17, 1000, 50_000}) {
            Postings.Builder b = new Postings.Builder();
            long[] added = new long[size];
            for (int i = 0; i < size; i++) {
                // a few keys at the ends of the hash range, where a directory is easiest to get wrong
                long h =
                        i % 97 == 0 ? (i % 2 == 0 ? i / 97 : (1L << 37) - 1 - i / 97) : r.nextLong() & ((1L << 37) - 1);
                added[i] = h;
                b.add(h, i);
            }
            Postings p = b.build();
            long[] sorted = Arrays.stream(added).sorted().distinct().toArray();
            assertThat(p.keyCount()).isEqualTo(sorted.length);
            for (int i = 0; i < size; i++) {
                int k = p.find(added[i]);
                assertThat(k).as("key %d of %d", i, size).isGreaterThanOrEqualTo(0);
                boolean listed = false;
                for (int j = p.start(k); j < p.end(k); j++) {
                    listed |= p.id(j) == i;
                }
                assertThat(listed).as("id %d under its key", i).isTrue();
            }
            for (int i = 0; i < 2000; i++) {
                long h = r.nextLong() & ((1L << 37) - 1);
                assertThat(p.find(h) >= 0).isEqualTo(Arrays.binarySearch(sorted, h) >= 0);
            }
            assertThat(p.find(1L << 37)).isEqualTo(-1);
            assertThat(p.find(-1)).isEqualTo(-1);
        }
    }
}
