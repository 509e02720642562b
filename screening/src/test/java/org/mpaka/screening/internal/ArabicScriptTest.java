package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.MatchMethod;

class ArabicScriptTest {

    private final PartSimilarity similarity = new PartSimilarity(Nicknames.bundled());

    @Test
    void writesTheConsonantsAndTheLongVowelsTheScriptWrites() {
        assertThat(ArabicScript.romanise("محمد بن سلمان")).isEqualTo("mhmd bin slman");
        // ta marbuta is a; a word-initial alif with hamza is a vowel; ya inside is i
        assertThat(ArabicScript.romanise("أسامة بن لادن")).isEqualTo("asama bin ladn");
        assertThat(ArabicScript.romanise("إبراهيم")).isEqualTo("ibrahim");
        // the article apart; kh, sh, th, dh, gh and q in the orthography's canonical letters
        assertThat(ArabicScript.romanise("خالد الشيخ")).isEqualTo("hald al sih");
        assertThat(ArabicScript.romanise("معمر القذافي")).isEqualTo("mamr al kdafi");
        assertThat(ArabicScript.romanise("عبد الله")).isEqualTo("abd allah");
        // Persian letters
        assertThat(ArabicScript.romanise("محمود احمدی نژاد")).isEqualTo("mhmud ahmdi njad");
        assertThat(ArabicScript.romanise("پرویز")).isEqualTo("pruiz");
    }

    @Test
    void keepsVowelMarksWhereTheyAreWritten() {
        // fatha, damma and kasra; shadda is not written (the orthography writes a doubled letter once)
        assertThat(ArabicScript.romanise("مُحَمَّد")).isEqualTo("muhamad");
        // a mark and the long vowel after it say the same vowel twice, written once canonically
        assertThat(Orthography.unvowelled(ArabicScript.romanise("إِبْرَاهِيم"))).isEqualTo("ibrahim");
    }

    @Test
    void readsArabicScriptNamesAsUnvowelledParts() {
        List<NormalizedName> forms = NameNormalizer.normalize("صدام حسين");
        assertThat(forms).singleElement().satisfies(n -> {
            assertThat(n.romanisation()).isEqualTo(ArabicScript.SCHEME);
            assertThat(n.parts()).allMatch(Part::unvowelled);
            // h after a consonant is not the Slavic h for g here, nor hs the Wade-Giles x
            assertThat(n.part(1).ortho()).isEqualTo("hsin");
            assertThat(n.part(1).skeleton()).isEqualTo("hsn");
        });
    }

    private PartSimilarity.Result compare(String arabic, String latin) {
        Part a = NameNormalizer.normalize(arabic).get(0).part(0);
        Part b = NameNormalizer.normalize(latin).get(0).part(0);
        return similarity.compare(a, b);
    }

    @Test
    void comparesByConsonantsWithTheSpellingsListsUse() {
        for (String latin : List.of("Mohamed", "Muhammad", "Mohammed", "Mouhamad", "Mehmet")) {
            assertThat(compare("محمد", latin).method()).as(latin).isEqualTo(MatchMethod.TRANSLITERATION);
            assertThat(compare("محمد", latin).score()).isEqualTo(PartSimilarity.CONSONANTS);
        }
        for (String latin : List.of("Husayn", "Hussein", "Husain", "Hossein")) {
            assertThat(compare("حسين", latin).method()).as(latin).isEqualTo(MatchMethod.TRANSLITERATION);
        }
        // the leading vowel is not known; a final h of the spelling (Fatimah) is not a consonant
        assertThat(compare("أسامة", "Usama").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("أسامة", "Osama").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("فاطمة", "Fatimah").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("جواد", "Jawad").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // waw as the v of Persian spellings
        assertThat(compare("جواد", "Javad").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("پرویز", "Pervez").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // two consonants say less
        assertThat(compare("عمر", "Omar").score()).isEqualTo(PartSimilarity.SHORT_CONSONANTS);
    }

    @Test
    void theLongVowelsTheScriptWritesMustAgree() {
        // Hasan writes no long vowel between s and n; Hussein's ei is one: different names
        assertThat(compare("حسن", "Hassan").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("حسن", "Hussein").method()).isNull();
        assertThat(compare("سلمان", "Salman").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("سلمان", "Suleiman").method()).isNull();
        assertThat(compare("سليمان", "Suleiman").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // a long vowel written in the script needs a vowel in the spelling
        assertThat(PartSimilarity.vowelsAgree(new int[] {0, 1, 0}, new int[] {0, 0, 0}))
                .isFalse();
        assertThat(PartSimilarity.vowelsAgree(new int[] {0, 1, 0}, new int[] {0, 1, 0}))
                .isTrue();
    }

    @Test
    void differentConsonantsDoNotMatch() {
        assertThat(compare("محمد", "Ahmed").method()).isNull();
        assertThat(compare("أحمد", "Hamid").method()).isNull();
        assertThat(compare("خالد", "Walid").method()).isNull();
    }

    @Test
    void consonantsAndTheirVowelGaps() {
        assertThat(Orthography.consonants("muhamad")).isEqualTo("mhmt");
        assertThat(Orthography.consonants("usama")).isEqualTo("_sm");
        assertThat(Orthography.consonants("jawad")).isEqualTo("jt");
        assertThat(Orthography.vowelGaps("husein")).containsExactly(0, 1, 2, 0);
        assertThat(Orthography.vowelGaps("hsn")).containsExactly(0, 0, 0, 0);
    }

    @Test
    void readsAPersianWordJoinedByAZeroWidthNonJoinerAsOneWord() {
        // Khamenei: the he before the non-joiner is the vowel e
        assertThat(ArabicScript.romanise("علی خامنه\u200Cای")).isEqualTo("ali hamneai");
        assertThat(compare("خامنه\u200Cای", "Khamenei").method()).isEqualTo(MatchMethod.TRANSLITERATION);
    }

    @Test
    void leavesOtherCharactersAndSeparatorsAlone() {
        assertThat(ArabicScript.romanise("علي، حسن")).isEqualTo("ali hsn");
        assertThat(ArabicScript.romanise("ـ")).isEmpty();
        assertThat(ArabicScript.romanise("Ali علي")).isEqualTo("Ali ali");
    }
}
