package org.mpaka.screening;

import java.util.List;

/** Object mother for watchlist entries in tests. */
final class TestEntries {

    private TestEntries() {}

    static WatchlistEntry person(String list, String id, String name, String dob, String nationality) {
        return new WatchlistEntry(
                list,
                id,
                WatchlistEntry.Kind.PERSON,
                "test",
                List.of(new EntryName(name, EntryName.Quality.PRIMARY)),
                PartialDate.parse(dob).stream().toList(),
                Sex.UNSPECIFIED,
                nationality.isEmpty() ? List.of() : List.of(nationality),
                List.of(),
                List.of(),
                null,
                null);
    }
}
