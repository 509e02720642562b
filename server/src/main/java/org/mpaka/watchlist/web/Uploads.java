package org.mpaka.watchlist.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.watchlist.ImportOptions;
import org.mpaka.watchlist.ImportReport;
import org.mpaka.watchlist.Watchlists;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded list file, shared by the page and the API. */
final class Uploads {

    private Uploads() {}

    static ImportReport importUpload(
            Watchlists watchlists,
            MpakaPrincipal me,
            String clientAddress,
            MultipartFile file,
            String version,
            String format,
            boolean acceptRejects) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "choose a non-empty list file");
        }
        if (version != null && version.length() > 200) {
            throw InvalidInputException.of("version", "at most 200 characters");
        }
        ImportOptions options = new ImportOptions(format(format), version, acceptRejects);
        Path temp = null;
        try {
            temp = Files.createTempFile("mpaka-upload-", ".list");
            file.transferTo(temp);
            return watchlists.importFile(me, clientAddress, temp, file.getOriginalFilename(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static WatchlistImport.Format format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        try {
            return WatchlistImport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "format", "one of " + Arrays.toString(WatchlistImport.Format.values()) + " or empty to detect");
        }
    }
}
