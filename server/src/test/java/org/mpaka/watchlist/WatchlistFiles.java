package org.mpaka.watchlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;

/** Small list files in Mpaka CSV for tests; each test uses list names of its own. */
final class WatchlistFiles {

    static final String HEADER =
            "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to\n";

    private WatchlistFiles() {}

    /** A list name no other test uses. */
    static String uniqueList(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String csv(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MpakaPrincipal admin() {
        return new MpakaPrincipal(UUID.randomUUID(), "test.admin", "DGIE", EnumSet.of(Role.ADMIN), Set.of(), false);
    }

    static MpakaPrincipal officer() {
        return new MpakaPrincipal(
                UUID.randomUUID(), "test.officer", "DGIE", EnumSet.of(Role.OFFICER), Set.of("RUSIZI2"), false);
    }
}
