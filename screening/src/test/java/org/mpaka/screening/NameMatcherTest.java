package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpaka.screening.internal.NameNormalizer;
import org.mpaka.screening.internal.Nicknames;

class NameMatcherTest {

    private final NameMatcher m = new NameMatcher();

    private double score(String a, String b) {
        return m.compareNames(a, b).score();
    }

    private static MatchMethod method(NameScore s, String queryPart) {
        return s.matches().stream()
                .filter(p -> p.queryPart().equals(queryPart))
                .findFirst()
                .orElseThrow()
                .method();
    }

    /** How the first part of {@code query} matched in {@code listed}. */
    private MatchMethod firstPart(String query, String listed) {
        String part = query.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return method(m.compareNames(query, listed), part);
    }

    @Test
    void matchesRegardlessOfPartOrder() {
        assertThat(score("HABIMANA Jean Pierre", "Jean Pierre Habimana")).isEqualTo(1.0);
        assertThat(score("KONY, Joseph", "Joseph Kony")).isEqualTo(1.0);
    }

    @Test
    void aGivenNameInTheOtherSexsFormIsAPossibleHitNotAStrongOne() {
        for (String[] pair : new String[][] {
            {"Samir Haddad", "Samira Haddad"},
            {"HADDAD Samir", "HADDAD Samira"},
            {"Amin Yusuf Ali", "Amina Yusuf Ali"},
            {"Ivan Petrov", "Ivana Petrova"},
            {"Antonio Martinez", "Antonia Martinez"},
            {"Roberto Silva", "Roberta Silva"},
            {"Fernando Lopez", "Fernanda Lopez"},
            {"Paolo Rossi", "Paola Rossi"},
            {"Paulo Silva", "Paula Silva"},
            {"Marcelo Gomez", "Marcela Gomez"},
            {"Angelo Conti", "Angela Conti"},
            {"Martin Kobler", "Martina Kobler"},
            {"Mohamed Amin", "Mohamed Amina"},
            {"Samir Maxamed", "Samira Maxamed"},
            {"Sami Haddad", "Samia Haddad"},
            {"Evgeniy Petrov", "Evgeniya Petrova"},
            {"Daniel Martin", "Danielle Martin"},
            {"Jean Dupont", "Jeanne Dupont"},
            {"Louis Martin", "Louise Martin"},
            {"Branko Petrovic", "Branka Petrovic"},
            {"Alexander Ivanov", "Alexandra Ivanov"},
            {"Alexandre Dupont", "Alexandra Dupont"},
            {"Alexandros Papadopoulos", "Alexandra Papadopoulos"},
            {"Georgios Nikolaidis", "Georgia Nikolaidis"},
            // West Africa writes Arabic names with a final a: one man, held at a possible hit too
            {"Ibrahima Diallo", "Ibrahim Diallo"}
        }) {
            assertHeldAt(NameScore.Limit.OTHER_SEX_FORM, pair);
        }
        // a known sex that differs takes it below the possible threshold; the same sex on both sides
        // lifts the hold (no sister or wife: two men or two women of this name are one name)
        WatchlistEntry samir = listed("Samir Haddad", Sex.MALE);
        assertThat(m.match(asked("Samira Haddad", Sex.FEMALE), samir).score()).isLessThan(0.7);
        assertThat(m.match(asked("Samira Haddad", Sex.UNSPECIFIED), samir).score())
                .isEqualTo(NameScore.Limit.OTHER_SEX_FORM.cap());
        Hit bothMen = m.match(asked("Samira Haddad", Sex.MALE), samir);
        assertThat(bothMen.score()).isGreaterThanOrEqualTo(0.85);
        assertThat(bothMen.name().limits()).doesNotContain(NameScore.Limit.OTHER_SEX_FORM);
        assertThat(bothMen.adjustments())
                .extracting(Adjustment::describe)
                .containsExactly("sex: male as listed: a given name in the other sex's form is no relative's, its name"
                        + " score not held at 0.75 (+0.00)");
        // two women too; and the line is there only where the sex lifted a hold
        WatchlistEntry samira = listed("Samira Haddad", Sex.FEMALE);
        assertThat(m.match(asked("Samir Haddad", Sex.FEMALE), samira).score()).isGreaterThanOrEqualTo(0.85);
        assertThat(m.match(asked("Samira Haddad", Sex.FEMALE), samira).adjustments())
                .isEmpty();
        Hit otherRoot = m.match(asked("Samir Mahmoud Haddad", Sex.FEMALE), listed("Samira Mohamed Haddad", Sex.FEMALE));
        assertThat(otherRoot.score()).isEqualTo(NameScore.Limit.OTHER_NAME_OF_ROOT.cap());
        assertThat(otherRoot.adjustments()).isEmpty();
        // a Slavic family name's feminine is the same family name, Sanskrit's final a is not Hindi's,
        // -ette is a diminutive, and French writes men's names with a final e
        assertThat(score("Vladimir Putin", "Vladimir Putina")).isGreaterThan(0.85);
        assertThat(score("Maria Petrova", "Maria Petrov")).isGreaterThan(0.85);
        assertThat(score("Aliaksandr Lukashenka", "Alexander Lukashenko")).isGreaterThan(0.85);
        assertThat(score("Sergei Borodin", "Sergei Borodina")).isGreaterThan(0.85);
        assertThat(score("PUTINA Lyudmila Aleksandrovna", "PUTIN Lyudmila Aleksandrovna"))
                .isGreaterThan(0.85);
        assertThat(score("Mikhail Golitsyn", "Mikhail Golitsyna")).isGreaterThan(0.85);
        // a family name in -ko that Belarusian writes -ka, last or first; Punjabi -inder / -indra
        assertThat(score("Ivan Sirko", "Ivan Sirka")).isGreaterThan(0.85);
        assertThat(score("KLYMKO Ivan", "KLYMKA Ivan")).isGreaterThan(0.85);
        assertThat(score("KLYMKO Vitali", "KLYMKA Vitali")).isGreaterThan(0.85);
        assertThat(score("Ravinder Singh", "Ravindra Singh")).isGreaterThan(0.85);
        assertThat(score("Subhash Chander Bose", "Subhash Chandra Bose")).isGreaterThan(0.85);
        // Tajik -o for Uzbek -a, Balkan -o / -a, Somali -o for Arabic -a: one name each
        assertThat(score("Abdullo Karimov", "Abdulla Karimov")).isGreaterThan(0.85);
        assertThat(score("Savo Jovanovic", "Sava Jovanovic")).isGreaterThan(0.85);
        assertThat(score("Hinda Yusuf", "Hindo Yusuf")).isGreaterThan(0.85);
        assertThat(score("Venkatesh Rao", "Venkatesha Rao")).isGreaterThan(0.85);
        assertThat(score("Vivekanand Sharma", "Vivekananda Sharma")).isGreaterThan(0.85);
        assertThat(score("Janet Moran", "Janette Moran")).isGreaterThan(0.85);
        assertThat(score("Ann Smith", "Anne Smith")).isGreaterThan(0.85);
        assertThat(score("Consuelo Garcia", "Consuela Garcia")).isGreaterThan(0.85);
        assertThat(score("Maria Melo", "Maria Mela")).isGreaterThan(0.85);
        assertThat(score("Salman Al Saud", "Salmane Al Saoud")).isGreaterThan(0.85);
        // French -in / -ine: one spelling for a name alone (Yassine, Amine, Eltsine are men's names
        // as French writes them), a man's and a woman's name where the sexes are known to differ
        assertThat(score("Justine Dupont", "Justin Dupont")).isGreaterThan(0.85);
        WatchlistEntry martin = listed("Martin Dupont", Sex.MALE);
        assertThat(m.match(asked("Martine Dupont", Sex.FEMALE), martin).score()).isLessThan(0.7);
        assertThat(m.match(asked("Martine Dupont", Sex.FEMALE), martin).name().limits())
                .contains(NameScore.Limit.OTHER_SEX_FORM);
        assertThat(m.match(asked("Martine Dupont", Sex.UNSPECIFIED), martin).score())
                .isGreaterThan(0.85);
        // as the orthography spells them: Valentyn / Valentine, Martyne / Martin
        assertThat(m.match(asked("Valentine Morel", Sex.FEMALE), listed("Valentyn Morel", Sex.MALE))
                        .score())
                .isLessThan(0.7);
        assertThat(m.match(asked("Martyne Dupont", Sex.FEMALE), martin).score()).isLessThan(0.7);
        assertThat(m.match(asked("Yassine Dupont", Sex.MALE), listed("Yasin Dupont", Sex.MALE))
                        .score())
                .isGreaterThan(0.85);
    }

    @Test
    void anArabicNameAndTheDiminutiveOfItsRootAreAPossibleHitNotAStrongOne() {
        for (String[] pair : new String[][] {
            {"Hassan Ali", "Hussein Ali"},
            {"Hasan Ali", "Husayn Ali"},
            {"Hassan Ali", "Hossein Ali"},
            {"Hassaan Ali", "Hussain Ali"},
            {"Hassan Ali", "Hoosain Ali"},
            {"Hassan Ali", "Hussien Ali"},
            {"Hamad Saleh", "Humaid Saleh"},
            {"Jabar Hussain", "Jubair Hussain"},
            {"Ali Hassan Mwinyi", "Hussein Ali Mwinyi"}
        }) {
            assertHeldAt(NameScore.Limit.OTHER_NAME_OF_ROOT, pair);
        }
        // spellings of one name: a single e or i for the diphthong, first vowels that agree (the
        // nisba drops the diminutive's ay: Quraysh, al-Qurashi), an ay that follows no vowel
        assertThat(score("Hussen Ali", "Hussein Ali")).isGreaterThan(0.85);
        assertThat(score("Husin Ali", "Hussein Ali")).isGreaterThan(0.85);
        assertThat(score("Hussain Ali", "Husayn Ali")).isGreaterThan(0.85);
        assertThat(score("Ahmed Qurashi", "Ahmed Quraishi")).isGreaterThan(0.85);
        assertThat(score("Saad al-Juhani", "Saad al-Juhaini")).isGreaterThan(0.85);
        assertThat(score("Romain Gary", "Roman Gary")).isGreaterThan(0.85);
        assertThat(score("Mikhail Ivanov", "Michal Ivanov")).isGreaterThan(0.85);
        assertThat(score("Ahmed Zaydi", "Ahmed Zadi")).isGreaterThan(0.85);
        assertThat(score("Faisal Ali", "Fasal Ali")).isGreaterThan(0.85);
        assertThat(score("Laila Ali", "Lala Ali")).isGreaterThan(0.85);
    }

    @Test
    void differentArabicNamesOfOneRootThatTheSpellingRulesJoinAreAPossibleHitNotAStrongOne() {
        for (String[] pair : new String[][] {
            {"Mohamed Ali", "Mahmoud Ali"},
            {"Mehmet Yilmaz", "Mahmut Yilmaz"},
            {"Hassan Sheikh Mohamud", "Hassan Sheikh Mohamed"},
            {"Jamil Haddad", "Jamal Haddad"},
            {"Rashid Omar", "Rashad Omar"},
            {"Hamid Karimi", "Hamad Karimi"},
            {"Saad Hariri", "Saeed Hariri"},
            {"Said Hariri", "Saad Hariri"},
            {"Saud Hariri", "Saad Hariri"},
            {"Mamadou Diallo", "Amadou Diallo"},
            {"Omar Farouk", "Ammar Farouk"},
            {"Umar Ali", "Umair Ali"},
            {"Omer Khan", "Omair Khan"},
            {"Amin Khalil", "Ayman Khalil"},
            {"Kamal Haddad", "Kamil Haddad"},
            {"Salim Haddad", "Salam Haddad"},
            {"Karim Haddad", "Karam Haddad"},
            {"Munir Haddad", "Manar Haddad"},
            {"Hosni Haddad", "Hassan Haddad"},
            {"Sharif Haddad", "Sharaf Haddad"},
            {"Nasser Haddad", "Nusair Haddad"},
            {"Rashid Haddad", "Rashad Haddad"},
            // in Cyrillic, whichever reading (English, ISO 9, German) meets the other's
            {"Рашид Алиев", "Рашад Алиев"},
            {"Хасан Али", "Хусейн Али"},
            {"Мухаммад Алиев", "Махмуд Алиев"},
            // in the Somali orthography, read as Latin spellings (Xuseen as Husen)
            {"Xasan Cali", "Xuseen Cali"},
            {"Maxamed Cali", "Maxamuud Cali"}
        }) {
            assertHeldAt(NameScore.Limit.OTHER_NAME_OF_ROOT, pair);
        }
        // spellings of one name stay strong, and so do names in Arabic script without their vowels
        assertThat(score("Mohamed Ali", "Muhammad Ali")).isGreaterThan(0.85);
        assertThat(score("Mahamat Deby", "Mohamed Deby")).isGreaterThan(0.85);
        assertThat(score("Magomed Aliev", "Muhammad Aliev")).isGreaterThan(0.85);
        assertThat(score("Mamadou Diallo", "Mohamed Diallo")).isGreaterThan(0.85);
        assertThat(score("Amadou Diallo", "Ahmed Diallo")).isGreaterThan(0.85);
        assertThat(score("Mahmoud Abbas", "Mahmud Abbas")).isGreaterThan(0.85);
        assertThat(score("Salim Nasser", "Salem Nasser")).isGreaterThan(0.85);
        assertThat(score("Omar al-Bashir", "عمر البشير")).isGreaterThan(0.85);
        assertThat(score("Рашид Алиев", "Rashid Aliyev")).isGreaterThan(0.85);
        // Said writes Sa'id and Sayyid, which lists confuse: held apart from Saad only
        assertThat(score("Said Hariri", "Saeed Hariri")).isGreaterThan(0.85);
        assertThat(score("Said Hariri", "Sayed Hariri")).isGreaterThan(0.85);
        // after Abd a part is one of God's names, which the Maghreb writes otherwise
        assertThat(score("Abdel Salem Ali", "Abdel Salam Ali")).isGreaterThan(0.85);
    }

    /** A listed person of one name and a sex. */
    private static WatchlistEntry listed(String name, Sex sex) {
        return new WatchlistEntry(
                "L",
                name,
                WatchlistEntry.Kind.PERSON,
                "test",
                java.util.List.of(new EntryName(name, EntryName.Quality.PRIMARY)),
                java.util.List.of(),
                sex,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null,
                null);
    }

    /** A query of a name and a sex. */
    private static PersonQuery asked(String name, Sex sex) {
        return new PersonQuery(name, "", "", null, sex, "", java.util.List.of());
    }

    /** Asserts that a pair of names scores the limit's cap, and that the explanation names it. */
    private void assertHeldAt(NameScore.Limit limit, String[] pair) {
        NameScore s = m.compareNames(pair[0], pair[1]);
        assertThat(s.score()).as(pair[0] + " / " + pair[1]).isEqualTo(limit.cap());
        assertThat(s.limits()).contains(limit);
    }

    @Test
    void aTurkishFamilyNameMadeFromAnotherIsNotItsShortForm() {
        assertThat(score("Emre Demir", "Emre Demirci")).isLessThan(0.7);
        assertThat(score("Murat Aydin", "Murat Aydinli")).isLessThan(0.7);
        assertThat(score("Mehmet Karaca", "Mehmet Karacaoglu")).isLessThan(0.7);
    }

    @Test
    void readsTheLongOThatJapanesePassportsMayWriteOh() {
        assertThat(score("Kazuo Ohno", "Kazuo Ono")).isGreaterThan(0.95);
        assertThat(score("OHTANI<<SHOHEI", "Shohei Otani")).isGreaterThan(0.95);
        assertThat(score("Yohei Kohno", "Yohei Kono")).isGreaterThan(0.95);
        // not where the rest is no Japanese word
        assertThat(score("Helmut Kohl", "Helmut Kol")).isLessThan(0.95);
    }

    @Test
    void meetsYorubaAndIgboNamesWithoutTheWordsUseDrops() {
        assertThat(score("Oluwaseun Adeyemi", "Seun Adeyemi")).isGreaterThan(0.85);
        assertThat(score("Chukwuemeka Okafor", "Emeka Okafor")).isGreaterThan(0.85);
        assertThat(score("Babatunde Fashola", "Tunde Fashola")).isGreaterThan(0.85);
        assertThat(score("Babamohammadi Ali", "Mohammadi Ali")).isLessThan(0.7);
        assertThat(score("Babajani Reza", "Jani Reza")).isLessThan(0.7);
        assertThat(score("Olamendi Mikel", "Mendi Mikel")).isLessThan(0.7);
        assertThat(method(m.compareNames("Adewale Ayuba", "Wale Ayuba"), "adewale"))
                .isEqualTo(MatchMethod.SHORTENED);
        // not other languages' names that start so
        assertThat(score("Adeline Dupont", "Line Dupont")).isLessThan(0.7);
        assertThat(score("Olaf Berg", "Af Berg")).isLessThan(0.7);
        assertThat(score("Mohammad Khan", "Mohammad Babakhan")).isLessThan(0.7);
        assertThat(score("Ali Zadeh", "Ali Babazadeh")).isLessThan(0.7);
        assertThat(score("Jose Zabal", "Jose Olazabal")).isLessThan(0.7);
        assertThat(score("Maria Izola", "Maria Olaizola")).isLessThan(0.7);
        assertThat(score("Konrad Nauer", "Konrad Adenauer")).isLessThan(0.7);
    }

    @Test
    void yAndEAreInitialsUnlessTheyStandBetweenTwoNamesAsAnd() {
        assertThat(score("Yoweri Museveni", "Y. K. Museveni")).isGreaterThan(0.9);
        assertThat(score("Emmanuel Macron", "E. Macron")).isGreaterThan(0.9);
        assertThat(score("MUSEVENI, Y.", "Yoweri Museveni")).isGreaterThan(0.9);
        assertThat(score("Yasser Arafat", "Y Arafat")).isGreaterThan(0.9);
        // "and" between two family names weighs as a particle, as before
        assertThat(score("Jose Ortega y Gasset", "Jose Ortega Gasset")).isGreaterThan(0.95);
        assertThat(m.compareNames("Jose Ortega y Gasset", "Jose Ortega Gasset").unmatchedQuery())
                .containsExactly("y");
        // an initial Y. elsewhere in the name does not make the "and" an initial
        assertThat(m.compareNames("Y. Ortega y Gasset", "Ortega Gasset").unmatchedQuery())
                .containsExactly("y", "y");
    }

    @Test
    void matchesPartsWrittenTogetherOrApart() {
        assertThat(score("Abdul Rahman Yasin", "Abdulrahman Yasin")).isGreaterThan(0.9);
        assertThat(score("Jean de Dieu Niyonzima", "Jeandedieu Niyonzima")).isGreaterThan(0.9);
        assertThat(score("Nyira Habimana Claudine", "Nyirahabimana Claudine")).isGreaterThan(0.9);
        assertThat(m.compareNames("Abdul Rahman Yasin", "Abdulrahman Yasin").matches())
                .anyMatch(PartMatch::joined);
    }

    @Test
    void joinsChineseFamilyNamesAsHongKongAndSingaporeSpellThem() {
        assertThat(score("CHEUNG, Ka Ming", "Zhang Ka Ming")).isGreaterThan(0.9);
        assertThat(score("LAU<<KA<MING", "Liu Ka Ming")).isGreaterThan(0.9);
        assertThat(score("Lim Boon Keng", "Lin Boon Keng")).isGreaterThan(0.9);
        assertThat(score("Ng Ka Ming", "Wu Ka Ming")).isGreaterThan(0.9);
        // shown as a spelling rule; Hui, a pinyin syllable of other names, is left out of the table
        assertThat(method(m.compareNames("Cheung Ka Ming", "Zhang Ka Ming"), "cheung"))
                .isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Li Hui", "Li Xu")).isLessThan(0.7);
        // names the same letters spell in Korean or Vietnamese are not joined: Yeo is Korean 여
        assertThat(score("Yeo Min Ho", "Yang Min Ho")).isLessThan(0.7);
        assertThat(score("Nguyen Van Tan", "Nguyen Van Tam")).isLessThan(0.7);
    }

    @Test
    void meetsAChineseNameReadInCantoneseAsHongKongSpellsIt() {
        // in Han script: the Cantonese reading of the characters, as Hong Kong spells it
        assertThat(score("李嘉誠", "Li Ka-shing")).isGreaterThan(0.9);
        assertThat(score("周潤發", "Chow Yun-fat")).isGreaterThan(0.9);
        assertThat(score("劉德華", "Lau Tak Wah")).isGreaterThan(0.9);
        assertThat(score("梁朝偉", "Tony Leung Chiu-wai")).isGreaterThan(0.9);
        assertThat(score("陳大文", "CHAN<<TAI<MAN")).isGreaterThan(0.9);
        // the reading meets Hong Kong spellings only: the characters' Mandarin is pinyin's (黃 is
        // Huang, not Wang; 陳 Chen, not Qin, though Cantonese reads Wang, Qin and Chen alike)
        assertThat(score("黃明", "Wang Ming")).isLessThan(0.7);
        assertThat(score("陳明", "Qin Ming")).isLessThan(0.7);
        assertThat(score("李强", "Li Keqiang")).isLessThan(0.7);
        // nor by the other rules: not as a title (韓 hon), an initial (柯 oh), the spelling rules (辛
        // san is no Chan), written together (陳家雲 chan ka wan is no Chan Kevin), nor against other
        // names in Han script (王明 and 黃明 are both wong ming)
        assertThat(score("韓明", "Wang Ming")).isLessThan(0.7);
        assertThat(score("柯明", "Omar Ming")).isLessThan(0.7);
        assertThat(score("辛明", "Chan Ming")).isLessThan(0.7);
        assertThat(score("陳家雲", "Chan Kevin")).isLessThan(0.7);
        assertThat(score("馬志文", "Ma Qiman")).isLessThan(0.7);
        assertThat(score("王明", "黃明")).isLessThan(0.7);
        assertThat(method(m.compareNames("李嘉誠", "Lee Ka Shing"), "lei")).isEqualTo(MatchMethod.CANTONESE);
        // two Latin spellings are not compared by Cantonese readings: their variants drop letters
        // (Noah / Nora), Wade-Giles spells other families so (Tsou / Chou), and through pinyin names
        // of every language met (Hannah / Kenna, Pak Sung-min / Bai Sungmin)
        assertThat(score("Noah Kim", "Nora Kim")).isLessThan(0.7);
        assertThat(score("Omar Ali", "Ouma Ali")).isLessThan(0.7);
        assertThat(score("Chou Wei-ming", "Tsou Wei-ming")).isLessThan(0.7);
        assertThat(score("Hannah Smith", "Kenna Smith")).isLessThan(0.7);
        assertThat(score("Leslie Cheung", "Leslie Song")).isLessThan(0.7);
        assertThat(score("Pak Sung-min", "Bai Sungmin")).isLessThan(0.7);
    }

    @Test
    void readsTheFirstCharacterOfAChineseNameAsAFamilyNameAndNoSyllableAsATitleOrParticle() {
        // 區 and 單 as family names: Au and Sin in Hong Kong, Ou and Shan in pinyin, in traditional
        // characters as in simplified ones
        assertThat(score("區諾軒", "Au Nok-hin")).isGreaterThan(0.9);
        assertThat(score("單仲偕", "Sin Chung-kai")).isGreaterThan(0.9);
        assertThat(score("區明", "Ou Ming")).isGreaterThan(0.9);
        assertThat(score("單明", "Shan Ming")).isGreaterThan(0.9);
        // 乾 is Qian as a family name, not read as 干 (Gan), the simplified form of another one
        assertThat(score("乾隆", "Qian Long")).isGreaterThan(0.9);
        // pinyin q stays with the skeleton rule: Azerbaijani Q is said g, Cantonese reads it k
        assertThat(score("Qismat Aliyev", "Gismet Aliyev")).isGreaterThan(0.9);
        assertThat(score("Chen Qiang", "Chan Keung")).isGreaterThan(0.9);
        // a syllable of one letter stays a particle, so that Gui'e, written together, meets gui e
        assertThat(score("李桂娥", "Li Gui'e")).isGreaterThan(0.9);
        // 根 read gen is no title (Gen., General): 李根 is not Bruce Lee's Lee alone
        assertThat(score("李根", "Bruce Lee")).isLessThan(0.7);
        assertThat(score("李根", "Li Gen")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aChineseNameWithASyllableMoreIsAnotherName() {
        // Keqiang's consonants are Qiang's with one k more: the skeleton alone would join them
        assertThat(score("Li Qiang", "Li Keqiang")).isLessThan(0.7);
        assertThat(score("李强", "Li Keqiang")).isLessThan(0.7);
        assertThat(score("李克强", "Li Keqiang")).isGreaterThan(0.9);
        // one letter apart is a spelling (Mian / Miyan), not a syllable lost
        assertThat(score("Mian Nawaz", "Miyan Nawaz")).isGreaterThan(0.88);
    }

    @Test
    void joinsACompoundSplitBetweenFamilyAndGivenNames() {
        // written family name first (MRZ, list), the compound is the given name's end and the
        // family name's start: Abd | al-Rahman, Abdul | Rahman, Izz al | Din, Nyira | Habimana
        assertThat(score("AL-RAHMAN, Abd", "Abdul Rahman")).isGreaterThan(0.9);
        assertThat(score("UR-REHMAN, Abd", "Abdur Rehman")).isGreaterThan(0.9);
        assertThat(score("RAHMAN<<ABDUL", "Abdulrahman")).isGreaterThan(0.9);
        assertThat(score("HABIMANA<<NYIRA", "Nyirahabimana")).isGreaterThan(0.9);
        assertThat(score("DIN, Izz al", "Izzeddin")).isGreaterThan(0.9);
        // split fields are read the same way
        PersonQuery split = new PersonQuery("", "Abdul", "Rahman", null, Sex.UNSPECIFIED, "", List.of());
        assertThat(split.nameForMatching()).isEqualTo("Rahman, Abdul");
        assertThat(score(split.nameForMatching(), "Abdulrahman")).isGreaterThan(0.9);
        // without a mark the name is read in written order (it may be either)
        assertThat(score("Rahman Abdul", "Abdulrahman")).isLessThan(0.9);
        // an initial is never part of a compound: A is Amr, not the article's a
        assertThat(m.compareNames("AL<SAYED<<SAMIR<A", "AL-SAYED Samir Amr").matches())
                .noneMatch(PartMatch::joined);
        // but a one-letter particle is (Noor-e-Alam, Ortega y Gasset)
        assertThat(score("Noor-e-Alam Khan", "Nooralam Khan")).isGreaterThan(0.9);
        assertThat(score("Ortega y Gasset Jose", "Ortegaygasset Jose")).isGreaterThan(0.9);
        // names in their own script said family name first keep that order
        assertThat(score("이, 명박", "Lee Myung-bak")).isGreaterThan(0.9);
        assertThat(score("张 乐怡", "Zhang Leyi")).isGreaterThan(0.9);
        assertThat(score("李, 解放", "LI<<JIEFANG")).isGreaterThan(0.9);
    }

    @Test
    void joinsRunsByTheirSoundAndWithoutAnInnerArticle() {
        // g/q written for the same Persian letter: the joined run is found by its skeleton
        assertThat(m.compareNames("Gholamreza Baghbani", "Qolam Reza Baqbani").matches())
                .anyMatch(PartMatch::joined);
        assertThat(score("Gholamreza Baghbani", "Qolam Reza Baqbani")).isGreaterThan(0.85);
        // the article is dropped or assimilated when the name is written together
        assertThat(score("Husayn Taj al Din", "Husayn Tajideen")).isGreaterThan(0.85);
        assertThat(score("Ghazi Nasr al Din", "Ghazi Nassereddine")).isGreaterThan(0.85);
    }

    @Test
    void appliesRegionalSpellingRules() {
        NameScore s = m.compareNames("Tshibangu Kalala", "Chibangu Kalala");
        assertThat(s.score()).isGreaterThan(0.9);
        assertThat(method(s, "tshibangu")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Cyusa Eric", "Chyusa Eric")).isGreaterThan(0.9);
    }

    @Test
    void recognisesVowelVariantsAsSoundingAlike() {
        NameScore s = m.compareNames("Mohamed Salah", "Muhammad Salah");
        assertThat(s.score()).isGreaterThan(0.88);
        assertThat(method(s, "mohamed")).isEqualTo(MatchMethod.PHONETIC);
    }

    @Test
    void toleratesTypos() {
        NameScore s = m.compareNames("Habimaba Jean", "Habimana Jean");
        assertThat(method(s, "habimaba")).isEqualTo(MatchMethod.TYPO);
        assertThat(s.score()).isGreaterThan(0.8);
    }

    @Test
    void usesNicknamesAndInitials() {
        assertThat(firstPart("Bill Clinton", "William Clinton")).isEqualTo(MatchMethod.NICKNAME);
        NameScore initial = m.compareNames("J. Kabila", "Joseph Kabila");
        assertThat(method(initial, "j")).isEqualTo(MatchMethod.INITIAL);
        assertThat(initial.score()).isGreaterThan(0.8);
    }

    @Test
    void knowsShortFormsOfGivenNamesBeyondEnglish() {
        assertThat(firstPart("Volodya Tyurin", "Vladimir Tyurin")).isEqualTo(MatchMethod.NICKNAME);
        assertThat(firstPart("Nikos Maziotis", "Nikolaos Maziotis")).isEqualTo(MatchMethod.NICKNAME);
        assertThat(firstPart("Chuy Amezcua", "Jesus Amezcua")).isEqualTo(MatchMethod.NICKNAME);
        // a short form of two names stands for each, but does not join them: Beto is Alberto or Roberto
        assertThat(firstPart("Beto Garza", "Roberto Garza")).isEqualTo(MatchMethod.NICKNAME);
        // short forms under the other spellings of their names (stop 18)
        assertThat(firstPart("Sasha Ovechkin", "Alexander Ovechkin")).isEqualTo(MatchMethod.NICKNAME);
        assertThat(firstPart("Masha Sharapova", "Maria Sharapova")).isEqualTo(MatchMethod.NICKNAME);
        assertThat(firstPart("Betsy DeVos", "Elisabeth DeVos")).isEqualTo(MatchMethod.NICKNAME);
        assertThat(Nicknames.bundled().equivalent("alberto", "roberto")).isFalse();
    }

    @Test
    void matchesOneGivenNameInAnotherLanguageAsAPossibleHitOnItsOwn() {
        NameScore s = m.compareNames("Yakov Rybalsky", "Jacob Rybalsky");
        assertThat(method(s, "yakov")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        // two parts, one translated: possible, not strong, until a birth date agrees too
        assertThat(Thresholds.DEFAULT.classify(s.score())).isEqualTo(MatchClass.POSSIBLE);
        assertThat(firstPart("Petero Habimana", "Pierre Habimana")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("George Haswani", "Jurj Haswani")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Yelena Stashina", "Helen Stashina")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        // Greek, Hebrew, Hungarian, Georgian, Albanian and Armenian forms (stop 18)
        assertThat(firstPart("Giorgos Seferis", "George Seferis")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Itzhak Herzog", "Isaac Herzog")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Lajos Kossuth", "Louis Kossuth")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Ioseb Jughashvili", "Iosif Jughashvili")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Gjergj Kastrioti", "George Kastrioti")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        assertThat(firstPart("Serzh Sargsyan", "Serge Sargsyan")).isEqualTo(MatchMethod.OTHER_LANGUAGE);
        // names that share an origin but are told apart in use stay apart
        assertThat(score("James Okello", "Jacob Okello")).isLessThan(0.70);
        assertThat(score("Yahya Jammeh", "John Jammeh")).isLessThan(0.70);
        // a name whose every matched part is translated is not even possible on its own: capped as
        // a single shared part is
        assertThat(score("Peter Paul", "Pierre Boulos")).isLessThanOrEqualTo(0.60);
        // a closer rule wins: Mark / Markus is a shortened form; Josef / Joseph one spelling (ph as f)
        assertThat(firstPart("Mark Otieno", "Markus Otieno")).isEqualTo(MatchMethod.SHORTENED);
        assertThat(firstPart("Josef Kamau", "Joseph Kamau")).isEqualTo(MatchMethod.SPELLING);
        // the table holds forms of one name only (fixed after review: Matthias, Giacomo for Jacob,
        // Hannah for Anne), and Yohanna is John
        Nicknames names = Nicknames.bundled();
        assertThat(names.sameNameInAnotherLanguage("matthew", "matthias")).isFalse();
        assertThat(names.sameNameInAnotherLanguage("jacob", "giacomo")).isFalse();
        assertThat(names.sameNameInAnotherLanguage("james", "giacomo")).isTrue();
        assertThat(names.sameNameInAnotherLanguage("anne", "hannah")).isFalse();
        assertThat(names.sameNameInAnotherLanguage("john", "yohanna")).isTrue();
    }

    @Test
    void aGivenNameIsNotAShortenedFormOfAFamilyNameMadeFromIt() {
        assertThat(score("Ivan", "Ivanov")).isZero();
        assertThat(score("Karl Berg", "Karlsson Berg")).isLessThan(0.7);
        assertThat(score("Sukarno", "Megawati Sukarnoputri")).isLessThan(0.7);
        // a truncated part still is one (an MRZ cuts Ekaterina, Valentina), and so is the patronymic
        // an alias gives as a given name
        assertThat(score("IVANOVA<<EKATER", "Ekaterina Ivanova")).isGreaterThan(0.85);
        assertThat(score("Valent Petrova", "Valentina Petrova")).isGreaterThan(0.85);
        assertThat(score("Abdulrahm Tuma", "Abdulrahman Tuma")).isGreaterThan(0.85);
        assertThat(score("Vladimir Anatolyevich Tyurin", "Anatoly Tyurin")).isGreaterThan(0.7);
    }

    @Test
    void aMansOwnNameMetAsTheOthersFathersNameIsFatherAndSon() {
        // X bin Y: X is the bearer's name, Y his father's
        assertThat(score("Abdullah bin Abdulaziz", "Abdulaziz bin Abdullah")).isLessThanOrEqualTo(0.6);
        assertThat(score("Hamad bin Khalifa Al Thani", "Tamim bin Hamad Al Thani"))
                .isLessThanOrEqualTo(0.6);
        assertThat(score("Osama bin Mohammed bin Laden", "Mohammed bin Laden")).isLessThanOrEqualTo(0.6);
        // the same chain, shorter or spelled otherwise, is one person
        assertThat(score("Usama bin Muhammad bin Awad bin Ladin", "Usama bin Ladin"))
                .isGreaterThan(0.85);
        assertThat(score("BIN LADIN, Usama", "Usama bin Muhammad bin Ladin")).isGreaterThan(0.85);
    }

    @Test
    void capsOnePartNamesTwoLettersApart() {
        // one-part names (Indonesian, Burmese, Afghan) two letters apart are other names as often
        // as misspellings; one letter apart, or with more parts, the typo counts
        assertThat(score("Sukarno", "Suharto")).isLessThanOrEqualTo(0.6);
        assertThat(score("Sukarno", "Sukarmo")).isGreaterThan(0.8);
        assertThat(score("Ahmed Sukarno", "Ahmed Suharto")).isGreaterThan(0.7);
    }

    @Test
    void saysWhichRuleHeldAScoreDown() {
        // the parts alone would score high; the explanation says why the score is lower
        assertThat(m.compareNames("Hamad bin Khalifa Al Thani", "Tamim bin Hamad Al Thani")
                        .limits())
                .containsExactly(NameScore.Limit.FATHER_AND_SON);
        assertThat(m.compareNames("Oded Tuito", "Daniel Tuito").limits()).isEmpty(); // 0.45: no cap needed
        assertThat(m.compareNames("Oded Tuito Levi", "Daniel Tuito Levi").limits())
                .isEmpty(); // two parts shared
        // Tsai agrees; H. T. stand for Hsein Tai, but initials are not real parts (OFAC aliases)
        NameScore shared = m.compareNames("TSAI, Hsein Tai", "TSAI, Alex H.T.");
        assertThat(shared.limits()).containsExactly(NameScore.Limit.ONE_PART_SHARED);
        assertThat(shared.score()).isEqualTo(0.6);
        assertThat(m.compareNames("Sukarno", "Suharto").limits()).containsExactly(NameScore.Limit.ONE_PART_TYPO);
        assertThat(m.compareNames("Yakov", "Jacob").limits()).containsExactly(NameScore.Limit.OTHER_LANGUAGE_ONLY);
        assertThat(m.compareNames("J. H.", "Justin Hill").limits()).containsExactly(NameScore.Limit.INITIALS_ONLY);
        // no part shared: only the initials' limit, not the one-part one
        assertThat(m.compareNames("A. B. Smith Jones", "Anna Berta").limits())
                .containsExactly(NameScore.Limit.INITIALS_ONLY);
        assertThat(m.compareNames("Jean Habimana", "Jean Habimana").limits()).isEmpty();
        assertThat(NameScore.Limit.FATHER_AND_SON.describe())
                .isEqualTo("held at 0.60: one person's own name is the other's father's name (bin, ibn ...):"
                        + " father and son?");
    }

    /** A listed person with a primary name, strong aliases and nothing else. */
    private static WatchlistEntry person(String name, String... aliases) {
        List<EntryName> names = new ArrayList<>();
        names.add(new EntryName(name, EntryName.Quality.PRIMARY));
        for (String a : aliases) {
            names.add(new EntryName(a, EntryName.Quality.STRONG));
        }
        return new WatchlistEntry(
                "T",
                "1",
                WatchlistEntry.Kind.PERSON,
                "",
                names,
                List.of(),
                Sex.UNSPECIFIED,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    @Test
    void readsUmlautsAsTheMachineReadableZoneWritesThemWithTwoLetters() {
        // ICAO 9303: ä ae, ö oe, ü ue, å aa, ø oe, þ th; the single letters are folding's reading
        NameScore s = m.compareNames("Jürgen Schröder", "SCHROEDER<<JUERGEN");
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.romanisation()).isEqualTo(NameNormalizer.ICAO);
        assertThat(score("Åse Ødegård", "OEDEGAARD<<AASE")).isEqualTo(1.0);
        assertThat(score("Jürgen Schröder", "SCHRODER<<JURGEN")).isEqualTo(1.0);
        assertThat(NameNormalizer.normalize("Hans Mueller")).hasSize(1);
    }

    @Test
    void readsTheBelarusianTransliterationAsTheRussianFormToo() {
        // -au, -eu for -ov, -ev, and h for g, in Latin letters and from Cyrillic with ў
        assertThat(score("Viktar Halavanau", "Viktor Golovanov")).isGreaterThan(0.9);
        assertThat(score("Віктар Галаванаў", "Viktor Golovanov")).isGreaterThan(0.9);
        assertThat(score("Uladzimir Navumau", "Vladimir Naumov")).isGreaterThan(0.85);
        assertThat(m.compareNames("Ivan Ivanau", "Ivan Ivanov").romanisation()).isEqualTo(NameNormalizer.BELARUSIAN);
        // the reading: -au ov, -eu (also after y) ev, -slau slav; h g, but kh stays kh
        assertThat(NameNormalizer.normalize("Siarhei Tsikhanau Stanislau"))
                .filteredOn(n -> n.romanisation().equals(NameNormalizer.BELARUSIAN))
                .extracting(n -> n.parts().stream().map(p -> p.text()).toList())
                .containsExactly(List.of("siargei", "tsikhanov", "stanislav"));
        assertThat(score("Siarhei Aliakseyeu", "Sergei Alekseev")).isGreaterThan(0.85);
        // the explanation shows the parts as written
        assertThat(ScreeningIndex.build(
                                new Watchlist("t", List.of(TestEntries.person("T", "1", "Viktor Golovanov", "", ""))),
                                m)
                        .screen(PersonQuery.ofName("Viktar Halavanau"), 1)
                        .get(0)
                        .explanation())
                .anyMatch(l -> l.contains("halavanau"));
        // so do the West African reading's (Diallo read Jallo)
        assertThat(ScreeningIndex.build(
                                new Watchlist("t", List.of(TestEntries.person("T", "1", "Mamadou Jallow", "", ""))), m)
                        .screen(PersonQuery.ofName("DIALLO<<MAMADOU"), 1)
                        .get(0)
                        .explanation())
                .anyMatch(l -> l.contains("diallo"));
        // a name that does not end so is not read so, and Moreau keeps its vowel
        assertThat(score("Jan Moreau", "Jan Morov")).isLessThan(0.7);
        // nor the Kikuyu Kamau and Gitau (five letters): a reading of every Kenyan Kamau as Kamov
        // added forms to the index and cost a true entry its top-10 place in the benchmark
        assertThat(NameNormalizer.normalize("Wanjiru Gitau Kamau")).hasSize(1);
        assertThat(score("Kamau Njoroge", "Kamov Njoroge")).isLessThan(0.7);
    }

    @Test
    void readsMdMohdAndMhdAsMuhammadWrittenShort() {
        assertThat(score("Md. Abdul Karim", "Mohammad Abdul Karim")).isGreaterThan(0.9);
        assertThat(score("Mohd Najib Razak", "Muhammad Najib Razak")).isGreaterThan(0.9);
        assertThat(score("Mhd Amer Alchwiki", "Mohamad Amer Alchwiki")).isGreaterThan(0.9);
        assertThat(method(m.compareNames("Md Ali", "Mohamed Ali"), "md")).isEqualTo(MatchMethod.NICKNAME);
        // but not Mo, said short in English (Mo Farah): the Chinese and Burmese Mo and Maurice
        // are Mo too
        assertThat(score("Mo Yan", "Mohamed Yan")).isLessThan(0.7);
        // the spellings of the full name stay spellings, not nicknames of one another
        assertThat(method(m.compareNames("Mohamed Salah", "Muhammad Salah"), "mohamed"))
                .isEqualTo(MatchMethod.PHONETIC);
        assertThat(score("Md Ali", "Mahmud Ali")).isLessThan(0.7);
        // and the name in Arabic script: محمد, not محمود (Mahmud); only written abbreviations meet
        // a script's name so, not every name a nickname group holds (Helen, Ella: Ali)
        assertThat(score("محمد علي", "Md Ali")).isGreaterThan(0.9);
        assertThat(score("محمود علي", "Md Ali")).isLessThan(0.7);
        assertThat(score("علي حسن", "Helen Hassan")).isLessThan(0.7);
        assertThat(score("שרה כהן", "Alexander Cohen")).isLessThan(0.7);
        assertThat(score("فريد خان", "William Khan")).isLessThan(0.7);
        // MD after a name of two words or more is the medical degree, dropped with PhD
        assertThat(score("Sarah Khan MD", "Mohammed Khan")).isLessThan(0.7);
        assertThat(score("Ali Hassan MD PhD", "Ali Hassan")).isEqualTo(1.0);
        assertThat(score("Sarah Khan MD", "Sarah Khan")).isEqualTo(1.0);
        assertThat(score("Sarah Khan, MD", "Mohammed Khan")).isLessThan(0.7);
        assertThat(score("Sarah Khan, MD", "Sarah Khan")).isEqualTo(1.0);
        // two name words: titles and particles do not count, and after bin Md is the father's name
        assertThat(score("Dr Khan MD", "Imran Khan")).isLessThan(0.7);
        assertThat(score("Ali bin Md", "Ali bin Ahmad")).isLessThan(0.7);
        assertThat(score("Ali bin Md", "Ali bin Mohammed")).isGreaterThan(0.9);
        // the index finds the full name from the short one, among other names with Ali
        ScreeningIndex index = ScreeningIndex.build(
                new Watchlist(
                        "t",
                        List.of(
                                TestEntries.person("T", "1", "Mahmud Ali", "", ""),
                                TestEntries.person("T", "2", "Ahmed Ali", "", ""),
                                TestEntries.person("T", "3", "Mohammed Ali", "", ""),
                                TestEntries.person("T", "4", "Ali Hassan", "", ""))),
                m);
        assertThat(index.screen(PersonQuery.ofName("ALI<<MD"), 1))
                .extracting(h -> h.entry().primaryName())
                .containsExactly("Mohammed Ali");
    }

    @Test
    void theHitExplanationSaysWhyTheScoreIsHeldDown() {
        WatchlistEntry tamim = person("Tamim bin Hamad Al Thani");
        Hit h = ScreeningIndex.build(new Watchlist("t", List.of(tamim)), m)
                .screen(PersonQuery.ofName("Hamad bin Khalifa Al Thani"), 1)
                .get(0);
        assertThat(h.explanation()).contains("  " + NameScore.Limit.FATHER_AND_SON.describe());
    }

    @Test
    void tellsGenerationsApartWhereBothNamesStateOne() {
        assertThat(NameNormalizer.generation("Martin Luther King Jr.")).isEqualTo(2);
        assertThat(NameNormalizer.generation("King, Martin Luther, Jr.")).isEqualTo(2);
        assertThat(NameNormalizer.generation("KING<<MARTIN<LUTHER<JR")).isEqualTo(2);
        assertThat(NameNormalizer.generation("Ken Griffey Sr.")).isEqualTo(1);
        assertThat(NameNormalizer.generation("Benigno S. Aquino 3rd")).isEqualTo(3);
        assertThat(NameNormalizer.generation("Benigno Aquino III")).isEqualTo(3);
        assertThat(NameNormalizer.generation("John Smith 4th")).isEqualTo(4);
        // an ordinal written with digits leaves no part behind ("th" of 4th); Th. alone still is one
        assertThat(m.compareNames("John Smith 4th", "John Smith IV").score()).isEqualTo(1.0);
        assertThat(m.compareNames("Henry Ford 2d", "Henry Ford II").score()).isEqualTo(1.0);
        assertThat(m.compareNames("Henry Ford 2 nd", "Henry Ford II").score()).isEqualTo(1.0);
        assertThat(NameNormalizer.generation("Henry Ford 2d")).isEqualTo(2);
        assertThat(NameNormalizer.generation("Henry Ford 2 nd")).isEqualTo(2);
        assertThat(m.compareNames("Guðni Th. Jóhannesson", "Gudni Johannesson").score())
                .isLessThan(1.0);
        assertThat(NameNormalizer.generation("Senior General Min Aung Hlaing")).isZero();
        assertThat(NameNormalizer.generation("John Smith")).isZero();
        // Junior and Senior are names too; señor before a name; a given name after the comma
        assertThat(NameNormalizer.generation("SILVA, Junior")).isZero();
        assertThat(NameNormalizer.generation("SILVA<<JUNIOR")).isZero();
        assertThat(NameNormalizer.generation("David Senior")).isZero();
        assertThat(NameNormalizer.generation("PÉREZ, Sr. Juan")).isZero();
        assertThat(m.compareNames("Junior Silva", "Maria Silva").score()).isLessThanOrEqualTo(0.6);
        WatchlistEntry senior = person("Martin Luther King Sr.");
        Hit son = m.match(PersonQuery.ofName("Martin Luther King Jr."), senior);
        assertThat(son.nameScore()).isEqualTo(0.6);
        assertThat(son.name().limits()).containsExactly(NameScore.Limit.OTHER_GENERATION);
        assertThat(son.explanation()).contains("  " + NameScore.Limit.OTHER_GENERATION.describe());
        // a name without a suffix may be either: no limit
        assertThat(m.match(PersonQuery.ofName("Martin Luther King"), senior).nameScore())
                .isEqualTo(1.0);
        assertThat(m.match(PersonQuery.ofName("KING<<MARTIN<LUTHER<SR"), senior).nameScore())
                .isEqualTo(1.0);
        // an alias without the suffix is the same person's name: the entry's generation holds
        WatchlistEntry withAlias = person("Martin Luther King Sr.", "Martin Luther King");
        assertThat(m.match(PersonQuery.ofName("Martin Luther King Jr."), withAlias)
                        .nameScore())
                .isEqualTo(0.6);
        assertThat(ScreeningIndex.build(new Watchlist("t", List.of(withAlias)), m)
                        .screen(PersonQuery.ofName("Martin Luther King Jr."), 1)
                        .get(0)
                        .nameScore())
                .isEqualTo(0.6);
    }

    @Test
    void saysWhyANameCannotBeCompared() {
        assertThat(NameMatcher.unreadable("Jean Habimana")).isEmpty();
        assertThat(NameMatcher.unreadable("")).isEmpty(); // no name given
        assertThat(NameMatcher.unreadable("ⴰⵎⴰⵣⵉⵖ")).isEmpty(); // Tifinagh is read since stop 19
        assertThat(NameMatcher.unreadable("ཆོས་ཀྱི་ཉི་མ"))
                .isEqualTo("its letters (Tibetan script) give no part Mpaka can compare");
        assertThat(NameMatcher.unreadable("12 -- !")).isEqualTo("it has no letters Mpaka can compare");
    }

    @Test
    void namesTheUnmatchedPartsWhenNothingMatches() {
        NameScore none = m.compareNames("Alpha Omega", "Beta");
        assertThat(none.score()).isZero();
        assertThat(none.unmatchedQuery()).containsExactly("alpha", "omega");
        assertThat(none.unmatchedListed()).containsExactly("beta");
    }

    @Test
    void readsTheArabicArticleAssimilatedToASunLetter() {
        // al-Din is said ad-Din, ed-Din, ud-Din: written as one part with the letter doubled
        NameScore eddin = m.compareNames("Kamal Eddin Tuma", "Kamal Al-Din Tuma");
        assertThat(method(eddin, "eddin")).isEqualTo(MatchMethod.SPELLING); // the article as said
        assertThat(eddin.score()).isGreaterThan(0.95);
        assertThat(eddin.unmatchedQuery()).isEmpty();
        assertThat(score("Kamal Uddin Tuma", "Kamal Al-Din Tuma")).isGreaterThan(0.95);
        // with the French final e
        assertThat(score("Nour Eddine Tuma", "Nur Al-Din Tuma")).isGreaterThan(0.95);
        // the silent e only in parts of five letters or more: Line, Mine, Hine are not Lin, Min, Hin
        assertThat(score("Line Jensen", "Lin Jensen")).isLessThan(0.7);
        assertThat(score("Wine Myint", "Win Myint")).isLessThan(0.7);
        // and inside a name written together: Izz al-Din as Ezedin, and as Ezzeddine, with the
        // leading vowel said e and the French final e both (0.46 before the e was read as silent)
        assertThat(score("Ezedin Khalil", "Izz al-Din Khalil")).isGreaterThan(0.88);
        assertThat(score("Ezzeddine Khalil", "Izz al-Din Khalil")).isGreaterThan(0.88);
        // where the article was dropped instead, that reading still counts in full
        assertThat(score("Nurdin Khalil", "Nur al-Din Khalil")).isGreaterThan(0.97);
        // without the doubled letter, a part is not read as the article: Edin is a name of its own
        assertThat(m.compareNames("Kamal Edin Tuma", "Kamal Al-Din Tuma").unmatchedQuery())
                .containsExactly("edin");
        // nor is a short name that only looks so: Assad (al-Asad) is not read as al-Saad (written
        // together, the two are a letter apart: a typo, no more), nor Assaf as al-Saif
        assertThat(method(m.compareNames("Mohammed Assad Tuma", "Mohammed Al Saad Tuma"), "assad"))
                .isEqualTo(MatchMethod.TYPO);
        assertThat(m.compareNames("Mohammed Assaf Tuma", "Mohammed Al Saif Tuma")
                        .unmatchedQuery())
                .containsExactly("assaf");
    }

    @Test
    void anInitialThatAgreesScoresAboveOneThatMatchesNothing() {
        // the query's A stands for Athumani; the other listed name has no part for it
        double agrees = score("KEMBOI<<DANIEL<A", "KEMBOI, Daniel Athumani");
        double unmatched = score("KEMBOI<<DANIEL<A", "Daniel Kemboi");
        assertThat(agrees).isGreaterThan(unmatched);
        // and the same the other way round, with the initial on the listed side
        assertThat(score("Daniel Athumani Kemboi", "KEMBOI, Daniel A."))
                .isGreaterThan(score("Daniel Athumani Kemboi", "Daniel Kemboi"));
        // an initial stands for a name, not for an article: A goes with Amr, not with al
        NameScore withArticle = m.compareNames("AL<SAYED<<SAMIR<A", "AL-SAYED Samir Amr");
        assertThat(method(withArticle, "a")).isEqualTo(MatchMethod.INITIAL);
        assertThat(withArticle.matches())
                .filteredOn(pm -> pm.queryPart().equals("a"))
                .singleElement()
                .satisfies(pm -> assertThat(pm.listedPart()).isEqualTo("amr"));
        // but initials alone are no identification
        assertThat(score("J. H.", "Justin Hill")).isEqualTo(0.5);
        assertThat(score("J. H.", "Hassan Jamal")).isEqualTo(0.5);
    }

    @Test
    void missingMiddleNamesCostLittleButOneSharedNameIsNotAMatch() {
        assertThat(score("Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zawahiri"))
                .isGreaterThan(0.8);
        assertThat(score("Muhammad Hassan", "Muhammad Ali")).isLessThan(Thresholds.DEFAULT.possible());
        assertThat(score("Pierre Habimana", "Jean Nsengiyumva")).isLessThan(Thresholds.DEFAULT.weak());
    }

    @Test
    void matchesNamesAcrossScripts() {
        NameScore s = m.compareNames("Vladimir Putin", "Владимир Путин");
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.romanisation()).isNotEmpty();
    }

    @Test
    void matchesNamesInArabicScriptWithTheirLatinSpellings() {
        // short vowels are not written in Arabic script: the parts compare by their consonants
        for (String[] pair : new String[][] {
            {"محمد بن سلمان", "Mohammed bin Salman"},
            {"صدام حسين", "Saddam Hussein"},
            {"أسامة بن لادن", "Usama bin Laden"},
            {"معمر القذافي", "Muammar Gaddafi"},
            {"عبد الرحمن", "Abdulrahman"},
            {"حسن نصر الله", "Hassan Nasrallah"},
            {"فاطمة الزهراء", "Fatima Zahra"},
            {"محمود احمدی نژاد", "Mahmoud Ahmadinejad"}
        }) {
            NameScore s = m.compareNames(pair[0], pair[1]);
            assertThat(s.score()).as(pair[1]).isGreaterThanOrEqualTo(0.85);
            assertThat(s.romanisation()).isEqualTo("Arabic script, vowels not written");
        }
        assertThat(method(m.compareNames("صدام حسين", "Saddam Hussein"), "hsin"))
                .isEqualTo(MatchMethod.TRANSLITERATION);
        // other names with the same consonants but other long vowels, or other consonants
        assertThat(score("حسن", "Hussein")).isZero();
        assertThat(score("سلمان", "Suleiman")).isZero();
        assertThat(score("محمد", "Ahmed")).isZero();
        assertThat(score("عمر حسن", "Omar Hussein")).isLessThan(0.70);
        // the long vowels the script writes must agree in quality: other names with the same consonants
        assertThat(score("محمود عباس", "Mohammed Abbas")).isLessThan(0.70);
        assertThat(score("محمد عباس", "Mahmood Abbas")).isLessThan(0.70);
        assertThat(score("حسين علي", "Hassan Ali")).isLessThan(0.70);
        assertThat(score("كريم خان", "Karam Khan")).isLessThan(0.70);
        // an article assimilated to a sun letter, written on (Urrahman)
        assertThat(score("نور الرحمن", "Noor Urrahman")).isGreaterThan(0.85);
    }

    @Test
    void matchesKoreanNamesInHangulAndAcrossRomanisations() {
        assertThat(score("김정은", "Kim Jong Un")).isEqualTo(1.0);
        assertThat(score("김정은", "Kim Jong-un")).isEqualTo(1.0);
        assertThat(score("리병철", "Ri Pyong Chol")).isEqualTo(1.0);
        assertThat(score("이명박", "Lee Myung-bak")).isGreaterThan(0.9);
        // Korean surnames in their other romanisations (a table: the rules do not join them)
        assertThat(score("Lee Myung-bak", "Yi Myeong-bak")).isGreaterThan(0.9);
        assertThat(score("Choe Ryong Hae", "Choi Ryong Hae")).isGreaterThan(0.9);
        assertThat(firstPart("Pak Chol", "Park Chol")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Kim Jong Un", "Lee Jong Un")).isLessThan(0.70);
        // a spelling the table joins to a Korean surname that is a name of other languages is left out
        assertThat(score("Jo Smith", "Cho Smith")).isLessThan(0.88);
        assertThat(score("Ho Van Nam", "Huh Van Nam")).isLessThan(0.88);
    }

    @Test
    void matchesChineseNamesInWadeGilesAndPinyinWhetherTheSyllablesAreWrittenApartOrTogether() {
        assertThat(score("Mao Zedong", "Mao Tse-tung")).isGreaterThan(0.9);
        assertThat(score("Xi Jinping", "Hsi Chin-ping")).isGreaterThan(0.9);
        assertThat(score("Tsai Ing-wen", "Cai Yingwen")).isGreaterThan(0.85);
        assertThat(score("Zhao Ziyang", "Chao Tzu-yang")).isGreaterThan(0.85);
        assertThat(m.compareNames("Mao Zedong", "Mao Tse-tung").matches()).anyMatch(PartMatch::joined);
        // other syllables stay apart
        assertThat(score("Mao Zedong", "Mao Tse-min")).isLessThan(0.70);
        assertThat(score("Xi Jinping", "Hsi Chin-tao")).isLessThan(0.70);
        assertThat(score("Tsai Ing-wen", "Cai Yingjiu")).isLessThan(0.70);
    }

    @Test
    void matchesBelarusianAndUkrainianFormsOfRussianGivenNames() {
        assertThat(score("Aleh Slizheuski", "Oleg Slizhevsky")).isGreaterThan(0.85);
        assertThat(score("Oleh Tsaryov", "Oleg Tsarev")).isGreaterThan(0.85);
        assertThat(firstPart("Siarhei Ivanou", "Sergey Ivanov")).isEqualTo(MatchMethod.SPELLING);
        assertThat(firstPart("Uladzimir Makei", "Vladimir Makei")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Oleg Ivanov", "Igor Ivanov")).isLessThan(0.70);
    }

    @Test
    void readsALeadingVowelEitherWayBesideTheFinalVowelSwahiliAdds() {
        // the Swahili forms of Arabic names add a final i or u (Omari, Usmani, Ibrahimu)
        assertThat(firstPart("Omari Juma", "Umar Juma")).isEqualTo(MatchMethod.PHONETIC);
        assertThat(firstPart("Usmani Ali", "Osman Ali")).isEqualTo(MatchMethod.PHONETIC);
        assertThat(firstPart("Ibrahimu Juma", "Ebrahim Juma")).isEqualTo(MatchMethod.PHONETIC);
        // the letters after the leading vowel must agree (Ozan is not Uzun, Ulf not Olaf, Erin not
        // Irene), and a final a is no such vowel
        assertThat(score("Ozan Yilmaz", "Uzun Yilmaz")).isLessThan(0.70);
        assertThat(score("Ulf Svensson", "Olaf Svensson")).isLessThan(0.70);
        assertThat(score("Erin Smith", "Irene Smith")).isLessThan(0.70);
        assertThat(score("Ilan Cohen", "Elon Cohen")).isLessThan(0.70);
        assertThat(score("Olena Shevchenko", "Ulyana Shevchenko")).isLessThan(0.70);
    }

    @Test
    void matchesTheGhanaianAndIvorianSpellingsOfAkanDayNames() {
        assertThat(firstPart("Yaw Mensah", "Ekow Mensah")).isEqualTo(MatchMethod.SPELLING);
        assertThat(firstPart("Kwadwo Boateng", "Kouadio Boateng")).isEqualTo(MatchMethod.SPELLING);
        // spellings that are names of other languages are left out: Yao (姚), Kojo
        assertThat(score("Yao Ming", "Ekow Ming")).isLessThan(0.70);
        assertThat(firstPart("Kweku Annan", "Kwaku Annan")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Kwasi Asante", "Kouassi Asante")).isGreaterThan(0.88);
        // another day's name is another name
        assertThat(score("Yaw Mensah", "Kwame Mensah")).isLessThan(0.70);
    }

    @Test
    void matchesTheSenegaleseAndGambianSpellingsOfWolofFamilyNames() {
        // French spellings of Senegal against English ones of The Gambia and Sierra Leone, two
        // differences in a short name each (0.50 before the table's rows)
        assertThat(method(m.compareNames("Modou Diop", "Modou Jobe"), "diop")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Mariama Sow", "Mariama Sowe")).isGreaterThan(0.88);
        assertThat(score("Malick Ndao", "Malick Ndow")).isGreaterThan(0.88);
        assertThat(score("Ibrahim Toure", "Ibrahim Turay")).isGreaterThan(0.88);
        // Secka ends as a woman's form of Seck would: a possible hit, held as such where the
        // sexes are not known to agree
        assertThat(score("Fatou Seck", "Fatou Secka")).isEqualTo(NameScore.Limit.OTHER_SEX_FORM.cap());
        // left out (a review): Njie is also a family name of Cameroon, Gaye another Senegalese one
        assertThat(score("Clinton Njie", "Clinton Ndiaye")).isLessThan(0.70);
        assertThat(score("Babacar Gaye", "Babacar Gueye")).isLessThan(0.70);
        // another family name stays another: Ndiaye is not Ndao, nor Sow Sall
        assertThat(score("Modou Ndiaye", "Modou Ndao")).isLessThan(0.70);
        assertThat(score("Modou Sow", "Modou Sall")).isLessThan(0.70);
    }

    @Test
    void matchesTheTurkishPersianAndSwahiliFormsOfArabicNamesTheLetterRulesLeaveApart() {
        // two differences each: the th of Arabic said s and another leading vowel (Osman), the
        // Swahili vowels and another leading one (Athumani)
        assertThat(firstPart("Osman Ali", "Uthman Ali")).isEqualTo(MatchMethod.SPELLING);
        assertThat(firstPart("Athumani Juma", "Othman Juma")).isEqualTo(MatchMethod.SPELLING);
        assertThat(firstPart("Sabit Juma", "Thabit Juma")).isEqualTo(MatchMethod.SPELLING);
        assertThat(firstPart("Heysem Kaya", "Haytham Kaya")).isEqualTo(MatchMethod.SPELLING);
        assertThat(score("Ezz el-Din Haddad", "Izz al-Din Haddad")).isGreaterThan(0.88);
        // Hausa's Aliyu for Ali (0.50 before its row)
        assertThat(firstPart("Aliyu Gusau", "Ali Gusau")).isEqualTo(MatchMethod.SPELLING);
        // a nisba made of the name is another family's name, and another name stays another
        assertThat(score("Ali Osmani", "Ali Uthman")).isLessThan(0.70);
        assertThat(score("Osman Ali", "Usama Ali")).isLessThan(0.70);
        // Sabiti is a Runyankore name of Uganda, not the Swahili form of Thabit (a review)
        assertThat(score("Sabiti Mutengesa", "Thabit Mutengesa")).isLessThan(0.70);
    }

    @Test
    void birthDateAndNationalityAdjustButNeverHideAStrongNameMatch() {
        WatchlistEntry e = TestEntries.person("L1", "1", "Jean Bosco Ntaganda", "1973-11-05", "COD");
        PersonQuery same = new PersonQuery(
                "Jean Bosco Ntaganda", "", "", PartialDate.parse("1973-11-05").get(), Sex.UNSPECIFIED, "CD", List.of());
        PersonQuery other = new PersonQuery(
                "Jean Bosco Ntaganda",
                "",
                "",
                PartialDate.parse("1990-01-01").get(),
                Sex.UNSPECIFIED,
                "RWA",
                List.of());
        Hit good = m.match(same, e);
        Hit conflicting = m.match(other, e);
        assertThat(good.score()).isGreaterThan(conflicting.score());
        assertThat(conflicting.matchClass()).isIn(MatchClass.STRONG, MatchClass.POSSIBLE);
        assertThat(conflicting.explanation()).anyMatch(l -> l.startsWith("birth date:") && l.contains("differs"));
        assertThat(good.explanation()).anyMatch(l -> l.startsWith("nationality:") && l.contains("+0.03"));
    }

    @Test
    void matchesDocumentsExactlyAndUpToOcrConfusions() {
        WatchlistEntry stolen = new WatchlistEntry(
                "LSD",
                "9",
                WatchlistEntry.Kind.STOLEN_DOCUMENT,
                "stolen",
                List.of(),
                List.of(),
                Sex.UNSPECIFIED,
                List.of(),
                List.of(new DocumentRef("PC0I2S8B", "passport", "RWA")),
                List.of(),
                null,
                null);
        PersonQuery ocr = new PersonQuery(
                "Anyone", "", "", null, Sex.UNSPECIFIED, "", List.of(new DocumentRef("PCO125B8", "", "RWA")));
        Hit h = m.match(ocr, stolen);
        assertThat(h.score()).isEqualTo(0.95);
        assertThat(h.explanation()).anyMatch(l -> l.contains("OCR"));
        PersonQuery otherState =
                new PersonQuery("", "", "", null, Sex.UNSPECIFIED, "", List.of(new DocumentRef("PC0I2S8B", "", "UGA")));
        assertThat(m.match(otherState, stolen).score()).isEqualTo(0.85);
    }

    @Test
    void thresholdsClassifyAndValidate() {
        Thresholds t = new Thresholds(0.9, 0.8, 0.6);
        assertThat(t.classify(0.95)).isEqualTo(MatchClass.STRONG);
        assertThat(t.classify(0.85)).isEqualTo(MatchClass.POSSIBLE);
        assertThat(t.classify(0.65)).isEqualTo(MatchClass.WEAK);
        assertThat(t.classify(0.1)).isEqualTo(MatchClass.NONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Thresholds(0.5, 0.8, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesPartialDates() {
        assertThat(PartialDate.parse("10 Dec 1948")).contains(new PartialDate(1948, 12, 10));
        assertThat(PartialDate.parse("1948")).contains(new PartialDate(1948, 0, 0));
        assertThat(PartialDate.parse("1948-02")).contains(new PartialDate(1948, 2, 0));
        assertThat(PartialDate.parse("31 Foo 1948")).isEmpty();
        assertThat(PartialDate.parse("1948-13-01")).isEmpty();
        assertThat(new PartialDate(1948, 12, 10)).hasToString("1948-12-10");
        assertThat(new PartialDate(1948, 2, 0)).hasToString("1948-02");
        assertThat(new PartialDate(1948, 0, 0)).hasToString("1948");
        assertThat(new PartialDate(2001, 1, 5)).hasToString("2001-01-05");
    }

    @Test
    void comparesOverlongNamesByTheirFirstParts() {
        StringBuilder longName = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longName.append("Name")
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26))
                    .append(' ');
        }
        String listed = longName.toString().strip();
        NameScore s = m.compareNames(listed + " Extra", listed);
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.matches()).hasSize(32);
    }

    @Test
    void readsSeveralDatesRangesAndCircaInAPairsFile() {
        assertThat(NamePairs.dates("25 Aug 1972|circa 1974|bad"))
                .containsExactly(new PartialDate(1972, 8, 25), new PartialDate(1974, 0, 0));
        assertThat(NamePairs.dates("1970 to 1972"))
                .containsExactly(new PartialDate(1970, 0, 0), new PartialDate(1971, 0, 0), new PartialDate(1972, 0, 0));
        assertThat(NamePairs.dates("01 Jan 1953 to 31 Dec 1953")).containsExactly(new PartialDate(1953, 0, 0));
        assertThat(NamePairs.dates("")).isEmpty();
    }

    @Test
    void readsSomaliNamesWithoutMatchingNamesThatOnlyLookSomali() {
        assertThat(score("Maxamed Cali", "Mohamed Ali")).isGreaterThanOrEqualTo(0.88);
        assertThat(score("Xasan Cabdulle Xirsi", "Hassan Abdullah Hersi")).isGreaterThanOrEqualTo(0.88);
        assertThat(score("Cabdiraxmaan Xuseen Faarax", "Abdirahman Hussein Farah"))
                .isGreaterThanOrEqualTo(0.88);
        assertThat(score("Raxiimo Cali", "Rahima Ali")).isGreaterThanOrEqualTo(0.88);
        // Abd written Cabd, as only Somali writes it, marks the whole name (0.455 before)
        assertThat(score("Cumar Cabdullahi", "Omar Abdullahi")).isGreaterThanOrEqualTo(0.88);
        // a c before a vowel alone is not Somali (Cali in Cali Garcia is Cali), nor beside a doubled
        // vowel in another part (a review: Nguyen Huu Canh is not Nguyen Huu Anh)
        assertThat(score("Nguyen Huu Canh", "Nguyen Huu Anh")).isLessThan(0.70);
        assertThat(score("Cali Garcia", "Ali Garcia")).isLessThan(0.70);
        // an x before a vowel inside an English name is no Somali x (Maxine is not Mahine, so not
        // Mukhin); the Somali x inside a part is axa or comes with a doubled vowel
        assertThat(score("Maxine Smith", "Mukhin Smith")).isLessThan(0.70);
        // common names that a reading of a single c or x would make strong hits
        for (String[] pair : new String[][] {
            {"Luc Martin", "Lu Martin"},
            {"Max Wang", "Ma Wang"},
            {"Moussa Cisse", "Moussa Isse"},
            {"Isaac Cohen", "Isa Cohen"},
            {"Alex Ivanov", "Ali Ivanov"},
            {"Nguyen Thi Ngoc", "Nguyen Thi Ngo"},
            {"Imran Khan", "Imran Shan"},
            {"Noah Levi", "Noam Levi"}
        }) {
            assertThat(score(pair[0], pair[1])).as("%s / %s", pair[0], pair[1]).isLessThan(0.88);
        }
    }
}
