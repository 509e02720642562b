package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of different names of one Arabic root, and the Slavic -ko / -ka reading beside it. */
class RootNamesTableTest {

    @Test
    void eachSpellingMeetsTheSpellingsOfTheLinesOtherNamesOnly() {
        var table = Nicknames.otherNames(
                List.of("\uFEFF# a comment", "  # another", "", "jamal,gamal | jamil,jameel", "kamal | kamil"));
        assertThat(table.get("jamal")).containsExactlyInAnyOrder("jamil", "jameel");
        assertThat(table.get("jameel")).containsExactlyInAnyOrder("jamal", "gamal");
        assertThat(table.get("kamil")).containsExactly("kamal");
        assertThat(table).doesNotContainKey("# a comment");
    }

    @Test
    void aTableThatBreaksItsFormatDoesNotLoadAndNamesTheLine() {
        assertThatThrownBy(() -> Nicknames.otherNames(List.of("# c", "jamal | Jamil")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("\"Jamil\"");
        assertThatThrownBy(() -> Nicknames.otherNames(List.of("jamal | jamil,jamal")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("written twice");
        assertThatThrownBy(() -> Nicknames.otherNames(List.of("jamal | jamil |")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> Nicknames.otherNames(List.of("jamal,jamil"))).hasMessageContaining("one name");
    }

    @Test
    void theBundledTableLoadsAndHoldsItsNamesApart() {
        Nicknames n = Nicknames.bundled();
        assertThat(n.otherNameOfRoot(Part.of("mohamed", false), Part.of("mahmoud", false)))
                .isTrue();
        assertThat(n.otherNameOfRoot(Part.of("mohamed", false), Part.of("muhammad", false)))
                .isFalse();
    }

    @Test
    void slavicKoKaIsNotTheBelarusianEnka() {
        assertThat(PartSimilarity.slavicKoKa("branko", "branka")).isTrue();
        assertThat(PartSimilarity.slavicKoKa("lukashenko", "lukashenka")).isFalse();
        assertThat(PartSimilarity.slavicKoKa("ko", "ka")).isFalse();
    }
}
