package org.mpaka.watchlist;

import java.util.List;

/**
 * What an import did.
 *
 * @param version the version label stored
 * @param entries entries imported (all lists of the file)
 * @param rejects records skipped, as {@code file:line: reason} (empty unless the importer accepted
 *     rejects, see {@link ImportOptions#acceptRejects()})
 * @param warnings records imported with a value left out, as {@code file:line: reason} (a birth
 *     date that is no date, for example)
 * @param added entries new in the lists the file holds
 * @param removed entries of those lists that are gone
 * @param changed entries of those lists whose content changed
 * @param renamed ids of those lists that now belong to another entry, which the file names as a
 *     former id of that entry (records the list's publisher merged: FollowTheMoney's {@code
 *     referents}); they count in neither {@code added} nor {@code removed}
 */
public record ImportReport(
        String version,
        int entries,
        List<String> rejects,
        List<String> warnings,
        int added,
        int removed,
        int changed,
        int renamed) {

    /** Copies the list. */
    public ImportReport {
        rejects = List.copyOf(rejects);
        warnings = List.copyOf(warnings);
    }
}
