package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    private static Set<String> keys(String name, boolean query) {
        Set<String> keys = new HashSet<>();
        NameKeys.emit(NameNormalizer.normalizeFirst(name), query, Nicknames.bundled(), (slot, key, w) -> keys.add(key));
        return keys;
    }

    @Test
    void aQueryLooksUpItsNicknamesKeysButNotItsFormsInOtherLanguages() {
        // Bill is William's nickname; Pierre is Peter in French, a common name found, if at all,
        // through the family name
        assertThat(keys("William Otieno", true)).contains("o:bil");
        assertThat(keys("Peter Otieno", true)).doesNotContain("o:pier", "o:piere", "o:pierre");
        assertThat(Nicknames.bundled().sameNameInAnotherLanguage("peter", "pierre"))
                .isTrue();
    }

    @Test
    void aLetterDeletedBetweenTwoEqualLettersMeetsTheSpellingThatWritesThemOnce() {
        // Nsouuga is written nsuga; Nsubuga less its b is nsuuga, which the orthography writes nsuga
        assertThat(NameKeys.joinDeleted("nsubuga", 3)).isEqualTo("nsuga");
        assertThat(NameKeys.joinDeleted("nsubuga", 0)).isEqualTo("subuga");
        assertThat(NameKeys.joinDeleted("nsubuga", 6)).isEqualTo("nsubug");
        Set<String> listed = keys("Nsubuga", false);
        Set<String> query = keys("Nsouuga", true);
        listed.retainAll(query);
        assertThat(listed).contains("e:nsuga");
    }

    @Test
    void aPartReadFromArabicScriptLooksUpEachLeadingVowel() {
        // عمر is read amr: its leading vowel is not written, so Umar and Omar's keys are looked up
        Set<String> query = keys("عمر", true);
        assertThat(query).contains("s:amr", "s:umr", "s:omr");
        Set<String> listed = keys("Umar", false);
        listed.retainAll(query);
        assertThat(listed).contains("s:umr");
        // a Latin part does not
        assertThat(keys("Amr", true)).doesNotContain("s:umr");
    }
}
