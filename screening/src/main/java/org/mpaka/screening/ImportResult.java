package org.mpaka.screening;

import java.util.List;

/**
 * The outcome of importing a list file.
 *
 * @param list the imported entries under a version label
 * @param recordsRead records (lines, XML elements) read
 * @param rejects records that were skipped, with where and why
 * @param warnings records imported with a problem worth knowing (a date that could not be read)
 */
public record ImportResult(Watchlist list, int recordsRead, List<Reject> rejects, List<Reject> warnings) {

    /** Copies the lists. */
    public ImportResult {
        rejects = List.copyOf(rejects);
        warnings = List.copyOf(warnings);
    }

    /**
     * One problem record.
     *
     * @param source file name
     * @param location line number (CSV, JSON lines) or record number (XML), 1-based
     * @param reason what was wrong
     */
    public record Reject(String source, long location, String reason) {
        /** For example {@code sdn.csv:12: missing name}. */
        public String describe() {
            return source + ":" + location + ": " + reason;
        }
    }

    /** For example {@code 7012 entries from 7020 records, 8 rejected}. */
    public String summary() {
        return list.entries().size() + " entries from " + recordsRead + " records, " + rejects.size() + " rejected, "
                + warnings.size() + " warnings";
    }
}
