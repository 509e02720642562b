package org.mpaka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void makesVersion7VariantRfcIdsCarryingTheirCreationTime() {
        long millis = 1_795_000_000_000L;
        UUID id = Ids.newId(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.timestampOf(id)).isEqualTo(millis);
    }

    @Test
    void idsSortByCreationTimeAcrossMilliseconds() {
        UUID earlier = Ids.newId(1_000L);
        UUID later = Ids.newId(2_000L);
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void doesNotRepeat() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Ids.newId(42L))).isTrue();
        }
    }
}
