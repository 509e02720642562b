package org.mpaka.watchlist;

import org.mpaka.screening.WatchlistImport;

/**
 * How to import a list file.
 *
 * @param format the file's format, or null to detect it from the content ({@link
 *     WatchlistImport#detect})
 * @param versionLabel the version label to store, or null/blank for the list's own (the UN list's
 *     generation date, otherwise the file name)
 * @param acceptRejects false (the default): a file with any rejected record is not imported at all;
 *     true: the other records are imported and the rejects reported
 */
public record ImportOptions(WatchlistImport.Format format, String versionLabel, boolean acceptRejects) {

    /** Detect the format, label from the file, refuse files with rejected records. */
    public static final ImportOptions DEFAULT = new ImportOptions(null, null, false);

    /** Trims the label; blank means none. */
    public ImportOptions {
        versionLabel = versionLabel == null || versionLabel.isBlank() ? null : versionLabel.strip();
    }
}
