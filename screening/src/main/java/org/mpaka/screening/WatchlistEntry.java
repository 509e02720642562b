package org.mpaka.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a watchlist: a person or a document (lost, stolen, revoked).
 *
 * @param list the list the entry comes from ({@code UN}, {@code OFAC-SDN}, a national list name)
 * @param id the entry's identifier within its list
 * @param kind person or document
 * @param category category or reason (sanctions programme, {@code stolen}, alert type)
 * @param names primary name first, then aliases; empty for document entries
 * @param birthDates birth dates, possibly partial; several when the list gives several
 * @param sex sex when known
 * @param nationalities nationalities (codes or names)
 * @param documents documents of the person, or the listed document itself
 * @param addressCountries countries of the entry's known addresses (informative, not scored)
 * @param validFrom first day the entry applies, null when open
 * @param validTo last day the entry applies, null when open
 */
public record WatchlistEntry(
        String list,
        String id,
        Kind kind,
        String category,
        List<EntryName> names,
        List<PartialDate> birthDates,
        Sex sex,
        List<String> nationalities,
        List<DocumentRef> documents,
        List<String> addressCountries,
        LocalDate validFrom,
        LocalDate validTo) {

    /** What an entry lists. */
    public enum Kind {
        PERSON,
        /** An organisation, vessel or aircraft (screened by name like a person). */
        ENTITY,
        LOST_DOCUMENT,
        STOLEN_DOCUMENT,
        REVOKED_DOCUMENT
    }

    /** Copies the lists and replaces nulls by empty values. */
    public WatchlistEntry {
        list = list == null ? "" : list;
        id = id == null ? "" : id;
        kind = kind == null ? Kind.PERSON : kind;
        category = category == null ? "" : category;
        names = names == null ? List.of() : List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        sex = sex == null ? Sex.UNSPECIFIED : sex;
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
        addressCountries = addressCountries == null ? List.of() : List.copyOf(addressCountries);
    }

    /** The key that identifies the entry across list versions: {@code list + ":" + id}. */
    public String key() {
        return list + ":" + id;
    }

    /** The primary name, or empty for a document entry. */
    public String primaryName() {
        return names.isEmpty() ? "" : names.get(0).name();
    }

    /** Whether the entry applies on the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
