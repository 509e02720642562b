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
        assertThat(ArabicScript.romanise("معمر القذافي")).isEqualTo("memr al kdafi");
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
        for (String latin : List.of("Mohamed", "Muhammad", "Mohammed", "Mehmet")) {
            assertThat(compare("محمد", latin).method()).as(latin).isEqualTo(MatchMethod.TRANSLITERATION);
            assertThat(compare("محمد", latin).score()).isEqualTo(Unvowelled.CONSONANTS);
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
        assertThat(compare("عمر", "Omar").score()).isEqualTo(Unvowelled.SHORT_CONSONANTS);
    }

    @Test
    void theLongVowelsTheScriptWritesMustAgree() {
        // Hasan writes no long vowel between s and n; Hussein's ei is one: different names
        assertThat(compare("حسن", "Hassan").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("حسن", "Hussein").method()).isNull();
        assertThat(compare("سلمان", "Salman").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("سلمان", "Suleiman").method()).isNull();
        assertThat(compare("سليمان", "Suleiman").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // a long vowel written in the script needs a vowel of its quality in the spelling (ya i or
        // e, waw u or o), and one spelled with two letters (ou, ee) a long vowel in the script
        assertThat(compare("حسين", "Hassan").method()).isNull();
        assertThat(compare("محمود", "Mahmoud").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("محمود", "Mohammed").method()).isNull();
        assertThat(compare("محمد", "Mahmood").method()).isNull();
        // the French ou is one vowel, short or long (Mouhamad): Mahmoud is not told from mhmd
        assertThat(compare("محمد", "Mahmoud").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("محمد", "Mahmoud").score()).isEqualTo(Unvowelled.SHORT_CONSONANTS);
        assertThat(compare("محمد", "Mouhamad").score()).isEqualTo(Unvowelled.SHORT_CONSONANTS);
        assertThat(compare("كريم", "Karim").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("كريم", "Karam").method()).isNull();
        // after the vowel that starts a part, a long vowel counts too
        assertThat(compare("أيمن", "Ayman").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("أيمن", "Amina").method()).isNull();
        // an alif is a long a (e or o), but the article's carries any vowel
        assertThat(compare("جمال", "Jamal").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("رشاد", "Rashid").method()).isNull();
        assertThat(compare("منار", "Munir").method()).isNull();
        assertThat(compare("عبدالله", "Abdullah").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // an ayn inside a word stands for any vowel
        assertThat(compare("مسعود", "Masud").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("سعيد", "Saeed").method()).isEqualTo(MatchMethod.TRANSLITERATION);
    }

    @Test
    void differentConsonantsDoNotMatch() {
        assertThat(compare("محمد", "Ahmed").method()).isNull();
        assertThat(compare("أحمد", "Hamid").method()).isNull();
        assertThat(compare("خالد", "Walid").method()).isNull();
    }

    @Test
    void readsConsonantsWithALeadingVowelUnknownAndRepeatsOnlyNextToEachOther() {
        assertThat(Unvowelled.consonants("muhamad")).isEqualTo("mhmt");
        assertThat(Unvowelled.consonants("usama")).isEqualTo("_sm");
        assertThat(Unvowelled.consonants("jawad")).isEqualTo("jt");
        // a consonant repeated across a vowel is two (David, Dawud: two consonants)
        assertThat(Unvowelled.consonants("dud")).isEqualTo("tt");
        assertThat(compare("داود", "Dawud").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // two letters that devoice alike are two consonants, in the script as in the spelling
        assertThat(Unvowelled.consonants("judt")).isEqualTo("jtt");
        assertThat(compare("جودت", "Jawdat").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("جودت", "Jawad").method()).isNull();
    }

    @Test
    void readsTheVOfSlavicAndTurkicEndingsAsTheFaTheScriptWrites() {
        assertThat(compare("بيراموف", "Bayramov").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("علييف", "Aliyev").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // a v at the start too (فولكوف Volkov)
        assertThat(compare("فولكوف", "Volkov").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // and still as a waw where it is one
        assertThat(compare("جواد", "Javad").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("بيراموف", "Bayram").method()).isNull();
    }

    @Test
    void readsAllahWithTheCaseVowelSomaliAndHausaSpellingsWrite() {
        assertThat(compare("عبدالله", "Abdullahi").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عبدالله", "Abdulahi").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عبدالله", "Abdillahi").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عبدالله", "Abdalahi").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عبدالله", "Abdelahi").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        // only that vowel, and only after Allah: Salahi is not صلاح (Salah), nor Falahi فلاح
        assertThat(compare("عبدالله", "Abdullaha").method()).isNull();
        assertThat(compare("صلاح", "Salahi").method()).isNull();
        assertThat(compare("فلاح", "Falahi").method()).isNull();
    }

    @Test
    void comparesANameOfOneConsonantWhenTheScriptWritesItsLongVowels() {
        assertThat(compare("عيسى", "Issa").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عيسى", "Issa").score()).isEqualTo(Unvowelled.ONE_CONSONANT);
        assertThat(compare("عائشة", "Ayesha").method()).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(compare("عيسى", "Asia").method()).isNull();
        assertThat(compare("عزيز", "Issa").method()).isNull();
    }

    @Test
    void neverThrowsOnOddInput() {
        java.util.Random r = new java.util.Random(15);
        String letters = "abcdefghijklmnopqrstuvwxyzhhxx'- ";
        String arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآؤئپچژگکیہےھۀَُِّْـ‌ ";
        for (int i = 0; i < 3000; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                a.append(arabic.charAt(r.nextInt(arabic.length())));
            }
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(letters.charAt(r.nextInt(letters.length())));
            }
            double score = new org.mpaka.screening.NameMatcher()
                    .compareNames(a.toString(), b.toString())
                    .score();
            assertThat(score).as("%s / %s", a, b).isBetween(0.0, 1.0);
        }
        // x reads as two consonants: a part of x's once overflowed the gaps
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("كسكسكسكسي", "xxxx")
                        .score())
                .isBetween(0.0, 1.0);
    }

    @Test
    void readsThLettersAlsoAsPersianAndTurkishSayThem() {
        // عثمان is Uthman as Arabic says it, Osman as Turkish says it
        assertThat(NameNormalizer.normalize("عثمان"))
                .extracting(NormalizedName::romanisation)
                .containsExactly(ArabicScript.SCHEME, ArabicScript.SCHEME_SAID);
        assertThat(NameNormalizer.normalize("محمد")).hasSize(1);
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("عثمان", "Osman")
                        .score())
                .isGreaterThanOrEqualTo(0.85);
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("عثمان", "Uthman")
                        .score())
                .isGreaterThanOrEqualTo(0.85);
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("رضا", "Reza")
                        .score())
                .isGreaterThanOrEqualTo(0.80);
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("كاظم", "Kazem")
                        .score())
                .isGreaterThanOrEqualTo(0.85);
        assertThat(new org.mpaka.screening.NameMatcher()
                        .compareNames("كاظم", "Kadhim")
                        .score())
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void comparesOnlyAPartReadFromTheScriptWithOneThatIsNot() {
        // two Latin parts, or two parts read from the script, are compared by the other rules
        Part latin = NameNormalizer.normalize("Mohamed").get(0).part(0);
        Part other = NameNormalizer.normalize("Mhmd").get(0).part(0);
        assertThat(similarity.compare(latin, other).method()).isNotEqualTo(MatchMethod.TRANSLITERATION);
        Part a = NameNormalizer.normalize("محمد").get(0).part(0);
        Part b = NameNormalizer.normalize("محمود").get(0).part(0);
        assertThat(a.unvowelled()).isTrue();
        assertThat(b.unvowelled()).isTrue();
        assertThat(similarity.compare(a, b).method()).isNotEqualTo(MatchMethod.TRANSLITERATION);
    }

    @Test
    void readsUrduPashtoKurdishAndMaghrebiLetters() {
        // the Algerian g (ڨ): Gaid Salah
        assertThat(ArabicScript.romanise("ڨايد")).isEqualTo("gaid");
        // Urdu heh (ہ) as h: Shehbaz
        assertThat(ArabicScript.romanise("شہباز شریف")).isEqualTo("shbaz srif");
        assertThat(ArabicScript.romanise("اللہ")).isEqualTo("allah");
        // Pashto ښ, ټ, ړ
        assertThat(ArabicScript.romanise("پښتون")).isEqualTo("pstun");
        assertThat(ArabicScript.romanise("ټړ")).isEqualTo("tr");
        // Kurdish ۆ, ڵ, ڕ
        assertThat(ArabicScript.romanise("کۆڵڕ")).isEqualTo("kulr");
    }

    @Test
    void keepsLatinWordsInAnArabicScriptNameAsLatin() {
        List<NormalizedName> forms = NameNormalizer.normalize("Khan محمد");
        NormalizedName read = forms.stream()
                .filter(n -> n.romanisation().equals(ArabicScript.SCHEME))
                .findFirst()
                .orElseThrow();
        assertThat(read.part(0).text()).isEqualTo("khan");
        assertThat(read.part(0).unvowelled()).isFalse();
        assertThat(read.part(1).unvowelled()).isTrue();
        // an Arabic-script name with a word of another script: that word read by ICU
        assertThat(NameNormalizer.normalize("محمد Ελένη").get(0).display()).isEqualTo("mhmd eleni");
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
