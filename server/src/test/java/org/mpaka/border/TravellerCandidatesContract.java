package org.mpaka.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People proposed for a new document ({@link Travellers#candidates}): a similar name and a birth
 * date that can be the same day, where unknown month or day ({@code XX}) matches anything. Runs on
 * H2 ({@link TravellerCandidatesIT}) and PostgreSQL ({@link TravellerCandidatesPostgresIT}).
 */
abstract class TravellerCandidatesContract {

    @Autowired
    Travellers travellers;

    static CapturedDocument doc(String number, String family, String given, String birthDate) {
        return new CapturedDocument(
                DocumentType.PASSPORT,
                number,
                "RWA",
                LocalDate.of(2031, 1, 1),
                family,
                given,
                birthDate,
                Integer.parseInt(birthDate.substring(0, 4)),
                "F",
                "RWA",
                true,
                List.of());
    }

    @Test
    void fullDateFindsTheSameDayAndPartialDatesThatFitItOnly() {
        String family = "NYIRANDAGIJIMANA";
        String given = "BERTHILDE";
        for (String date : List.of(
                "1931-04-17", "1931-04-XX", "1931-XX-17", "1931-XX-XX", "1931-05-17", "1931-04-18", "1932-04-17")) {
            travellers.create(doc("C" + date.replace("-", ""), family, given, date), "DGIE");
        }
        travellers.create(doc("CX1", "KAYITESI", "ALINE", "1931-04-17"), "DGIE");

        List<String> dates = travellers.candidates(doc("NEW1", family, given, "1931-04-17")).stream()
                .map(c -> c.traveller().birthDate())
                .sorted()
                .toList();

        assertThat(dates).containsExactly("1931-04-17", "1931-04-XX", "1931-XX-17", "1931-XX-XX");
    }

    @Test
    void partialDateFindsEveryoneBornThatYearWithADateThatFits() {
        String family = "HABYARIMANA";
        String given = "THEONESTE";
        for (String date : List.of("1933-02-03", "1933-02-XX", "1933-03-03", "1933-XX-XX", "1934-02-03")) {
            travellers.create(doc("D" + date.replace("-", ""), family, given, date), "DGIE");
        }

        List<String> dates = travellers.candidates(doc("NEW2", family, given, "1933-02-XX")).stream()
                .map(c -> c.traveller().birthDate())
                .sorted()
                .toList();

        assertThat(dates).containsExactly("1933-02-03", "1933-02-XX", "1933-XX-XX");
    }
}
