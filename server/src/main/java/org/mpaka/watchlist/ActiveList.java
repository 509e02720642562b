package org.mpaka.watchlist;

import java.time.Instant;

/**
 * The active version of one list.
 *
 * @param list the list name (for example {@code RW-ALERT}, {@code UN})
 * @param version the version label of the import it comes from
 * @param entries entries of this list in that version
 * @param importedAt when that version was imported (UTC)
 * @param importedBy who imported it (username, {@code console} or {@code system})
 */
public record ActiveList(String list, String version, int entries, Instant importedAt, String importedBy) {}
