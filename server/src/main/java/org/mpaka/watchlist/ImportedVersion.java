package org.mpaka.watchlist;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored import (active or replaced).
 *
 * @param id the version's id (UUIDv7)
 * @param version the version label
 * @param format the file format ({@code UN_XML}, {@code OFAC_SDN_CSV}, {@code CSV}, {@code JSON_LINES}, {@code FTM_JSON})
 * @param fileName the uploaded file's name
 * @param sha256 SHA-256 of the file, hex
 * @param entries entries imported
 * @param rejected records skipped
 * @param importedAt when (UTC)
 * @param importedBy who
 */
public record ImportedVersion(
        UUID id,
        String version,
        String format,
        String fileName,
        String sha256,
        int entries,
        int rejected,
        Instant importedAt,
        String importedBy) {}
