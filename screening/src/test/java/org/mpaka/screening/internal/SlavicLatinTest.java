package org.mpaka.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mpaka.screening.NameMatcher;

class SlavicLatinTest {

    private static final NameMatcher MATCHER = new NameMatcher();

    @Test
    void knowsTheAlphabetsByTheirLettersAndThePolishDigraphs() {
        assertThat(SlavicLatin.marked("Siergiej Ławrow")).isTrue();
        assertThat(SlavicLatin.marked("Szamil Basajew")).isTrue();
        assertThat(SlavicLatin.marked("Michail Gorbaczow")).isTrue();
        assertThat(SlavicLatin.marked("Petr Čech")).isTrue();
        assertThat(SlavicLatin.marked("Antonín Dvořák")).isTrue();
        assertThat(SlavicLatin.marked("Vladimir Putin")).isFalse();
        // the German sch alone only with a Slavic ending; a reading the rules spell as the first
        // adds no form (Schröder read Shroder)
        assertThat(SlavicLatin.marked("Francesco Schiavone")).isFalse();
        assertThat(SlavicLatin.marked("Eduard Schewardnadse")).isTrue();
        assertThat(NameNormalizer.normalize("Gerhard Schröder"))
                .extracting(NormalizedName::romanisation)
                .containsExactly("", NameNormalizer.ICAO);
        assertThat(SlavicLatin.marked("José Núñez")).isFalse();
    }

    @Test
    void readsLatvianAndLithuanianFormsOfSlavicNames() {
        // Latvian and Lithuanian passports give Russian names their own case endings and letters
        assertThat(MATCHER.compareNames("Andrejs Kuznecovs", "Andrey Kuznetsov").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("KUZNECOVS<<ANDREJS", "KUZNETSOV, Andrey")
                        .score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Jurijs Gagarins", "Yuri Gagarin").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Sergejus Lavrovas", "Sergey Lavrov").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Michailas Ivanovas", "Mikhail Ivanov").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Nils Usakovs", "Nil Ushakov").score()).isGreaterThan(0.85);
        // Spanish surnames end as Lithuanian ones do; their c is no ts (Cuevas is not Tsuev)
        assertThat(MATCHER.compareNames("Adam Cuevas", "Adam Tsuev").score()).isLessThan(0.70);
        assertThat(MATCHER.compareNames("Daniel Canovas", "Daniel Tsanov").score())
                .isLessThan(0.70);
        // the Dutch -hijs is no Baltic ending
        assertThat(NameNormalizer.normalize("Mathijs de Vries")).hasSize(1);
        // a name with none of the endings keeps its s: Thomas is not read Thom
        assertThat(NameNormalizer.normalize("Thomas Collins")).hasSize(1);
        assertThat(MATCHER.compareNames("Thomas Collins", "Thom Collin").score())
                .isLessThan(0.9);
    }

    @Test
    void readsTheJThatSlavicLatinSpellingsWriteForY() {
        assertThat(MATCHER.compareNames("Jurij Gagarin", "Yuri Gagarin").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Julija Timoshenko", "Yulia Tymoshenko").score())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(MATCHER.compareNames("Aleksej Dikij", "Aleksey Dikiy").score())
                .isEqualTo(1.0);
        assertThat(MATCHER.compareNames("Pjotr Ivanov", "Pyotr Ivanov").score()).isEqualTo(1.0);
        // other languages' j after r, b, k, h is no y: Arjun is not Aryan, Bjorn not Byron
        assertThat(MATCHER.compareNames("Arjun Sharma", "Aryan Sharma").score()).isLessThan(0.70);
        assertThat(MATCHER.compareNames("Bjorn Borg", "Byron Borg").score()).isLessThan(0.70);
        assertThat(MATCHER.compareNames("Kjell Larsen", "Kyle Larsen").score()).isLessThan(0.70);
        assertThat(MATCHER.compareNames("Marjan", "Maryam").score()).isLessThan(0.70);
        assertThat(NameNormalizer.normalize("Harjit Singh")).hasSize(1);
        // nor the Arabic article written on (al-Jazi is not al-Yazi), nor the Scandinavian fj
        assertThat(NameNormalizer.normalize("Aljazi")).hasSize(1);
        // (a keying error apart, 0.82, not a spelling at 0.96)
        assertThat(MATCHER.compareNames("Fjeld", "Field").score()).isLessThan(0.85);
        // the j of Jamal, Jose and Djamel is not a y: those names get no second reading
        assertThat(NameNormalizer.normalize("Jamal Jose Djamel")).hasSize(1);
        assertThat(MATCHER.compareNames("Jamal Nasser", "Yamal Nasser").score()).isLessThan(0.95);
    }

    @Test
    void spellsTheLettersAsEnglishSpellingsOfSlavicNames() {
        assertThat(SlavicLatin.spelling("Nikita Chruszczow")).isEqualTo("nikita khrushchov");
        assertThat(SlavicLatin.spelling("Wiaczesław Mołotow")).isEqualTo("vyachesłav mołotov");
        assertThat(SlavicLatin.spelling("Siergiej Jewgienij")).isEqualTo("sergey yevgeniy");
        assertThat(SlavicLatin.spelling("Dżochar Prigożyn")).isEqualTo("dzhokhar prigozhyn");
        assertThat(SlavicLatin.spelling("Grzegorz Brzeziński")).isEqualTo("gzhegozh bzheziński");
        assertThat(SlavicLatin.spelling("Václav Milošević Dvořák")).isEqualTo("vátslav miloshevich dvorzhák");
        assertThat(SlavicLatin.spelling("Đorđe")).isEqualTo("djordje");
    }

    @Test
    void readsPolishSpellingsOfEastSlavicNamesAndNamesWithAHacekAsEnglishSpellsThem() {
        assertThat(MATCHER.compareNames("Stanisław Szuszkiewicz", "Stanislav Shushkevich")
                        .score())
                .isGreaterThan(0.95);
        assertThat(MATCHER.compareNames("Siergiej Ławrow", "Sergei Lavrov").score())
                .isGreaterThan(0.95);
        assertThat(MATCHER.compareNames("Michaił Gorbaczow", "Mikhail Gorbachev")
                        .score())
                .isGreaterThan(0.9);
        assertThat(MATCHER.compareNames("Wiaczesław Mołotow", "Vyacheslav Molotov")
                        .score())
                .isGreaterThan(0.95);
        assertThat(MATCHER.compareNames("Slobodan Milošević", "Slobodan Miloshevich")
                        .score())
                .isGreaterThan(0.95);
        assertThat(MATCHER.compareNames("Petr Čech", "Petr Chekh").score()).isGreaterThan(0.95);
        // Russian names in German spelling
        assertThat(SlavicLatin.marked("Nikita Chruschtschow")).isTrue();
        assertThat(SlavicLatin.spelling("Chruschtschow Dschugaschwili")).isEqualTo("khrushchov dzhugashvili");
        assertThat(MATCHER.compareNames("Nikita Chruschtschow", "Nikita Khrushchev")
                        .score())
                .isGreaterThan(0.9);
        // the plain reading stays: the same letters typed without their marks
        assertThat(MATCHER.compareNames("Slobodan Milošević", "Slobodan Milosevic")
                        .score())
                .isEqualTo(1.0);
        // different people stay apart
        assertThat(MATCHER.compareNames("Lech Wałęsa", "Danuta Wałęsa").score()).isLessThan(0.7);
    }
}
