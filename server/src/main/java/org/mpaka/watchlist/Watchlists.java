package org.mpaka.watchlist;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.mpaka.audit.AuditEntry;
import org.mpaka.audit.AuditTrail;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.screening.Hit;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.ListUpdate;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Screener;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.screening.WatchlistImportException;
import org.mpaka.shared.Ids;
import org.mpaka.shared.MpakaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The watchlist module's facade. Imports list files (stored with their bytes, audited), keeps the
 * newest version of every list in one in-memory {@link Screener}, and screens people against it.
 *
 * <p>An import replaces only the lists its file holds; the other lists stay as they are. A file
 * that cannot be read, holds no entry, or (unless {@link ImportOptions#acceptRejects()}) has any
 * rejected record is refused with {@link ImportRejectedException} and changes nothing. Imports are
 * serialised; screening never waits for them and never reads the database.
 */
@Service
public class Watchlists {

    private static final Logger log = LoggerFactory.getLogger(Watchlists.class);

    /** Longest list name stored. */
    static final int MAX_LIST_NAME = 100;

    private static final int MAX_LABEL = 200;
    private static final int MAX_FILE_NAME = 200;
    private static final int REJECTS_IN_MESSAGE = 10;

    /** One list as held in memory. */
    private record Loaded(ActiveList info, UUID versionId, List<WatchlistEntry> entries) {}

    private final WatchlistStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String site;
    private final ZoneId zone;
    private final Screener screener = new Screener(new NameMatcher());
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ObjectProvider<MeterRegistry> meters;
    private MultiGauge gauge;

    /** Null until loaded; replaced, never modified. Sorted by list name. */
    private volatile Map<String, Loaded> lists;

    Watchlists(
            WatchlistStore store,
            AuditTrail audit,
            TransactionTemplate tx,
            MpakaProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.site = properties.site();
        this.zone = properties.timeZone() == null ? ZoneId.of("UTC") : properties.timeZone();
        this.meters = meters;
    }

    /**
     * Screens against all active lists, keeping only entries that apply today (their validity dates,
     * in the site's time zone). Hits whose class is STRONG, POSSIBLE or WEAK, best first, at most
     * {@code limit}. Thread-safe; reads no database (once the lists are loaded, which the server does
     * on start).
     */
    public List<Hit> screen(PersonQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Map<String, Loaded> loaded = ensureLoaded();
        int size = loaded.values().stream().mapToInt(l -> l.entries().size()).sum();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int fetch = limit + 16;
        while (true) {
            List<Hit> raw = screener.screen(query, fetch);
            List<Hit> valid = raw.stream()
                    .filter(h -> h.entry().isValidOn(today))
                    .limit(limit)
                    .toList();
            if (valid.size() == limit || raw.size() < fetch || fetch >= size) {
                return valid;
            }
            fetch = Math.min(fetch * 4, Math.max(size, limit));
        }
    }

    /** The active version of each list, by list name. */
    public List<ActiveList> active() {
        return ensureLoaded().values().stream().map(Loaded::info).toList();
    }

    /**
     * The newest stored version of each list, read from the database without loading the entries
     * (what {@link #active()} shows once loaded or refreshed).
     */
    public List<ActiveList> stored() {
        return store.latestPerList().entrySet().stream()
                .map(e -> {
                    WatchlistStore.Version v = e.getValue().version();
                    return new ActiveList(
                            e.getKey(), v.label(), e.getValue().listEntries(), v.importedAt(), v.importedBy());
                })
                .toList();
    }

    /** Stored imports, newest first (active and replaced). */
    public List<ImportedVersion> history(int limit) {
        return store.history(limit).stream()
                .map(v -> new ImportedVersion(
                        v.id(),
                        v.label(),
                        v.format(),
                        v.fileName(),
                        v.sha256(),
                        v.entries(),
                        v.rejected(),
                        v.importedAt(),
                        v.importedBy()))
                .toList();
    }

    /**
     * Imports a new version of the lists a file holds, with the default options (format detected,
     * label from the file, refused when any record is rejected). Administrators only.
     *
     * @throws ImportRejectedException (an {@code InvalidInputException}) when the file is refused;
     *     nothing changed then
     * @throws AccessDeniedException when the actor is not an administrator
     */
    public ImportReport importFile(MpakaPrincipal actor, Path file, String originalFileName) {
        return importFile(actor, null, file, originalFileName, ImportOptions.DEFAULT);
    }

    /** As {@link #importFile(MpakaPrincipal, Path, String)}, with the client's address and options. */
    public ImportReport importFile(
            MpakaPrincipal actor, String clientAddress, Path file, String originalFileName, ImportOptions options) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators import watchlists");
        }
        return doImport(actor.name(), actor.agencyCode(), clientAddress, file, originalFileName, options);
    }

    /**
     * Imports on behalf of Mpaka itself: {@code console} for {@code mpaka watchlist import},
     * {@code system} for the demo data.
     */
    public ImportReport importAsSystem(String actorName, Path file, String originalFileName, ImportOptions options) {
        return doImport(actorName, null, null, file, originalFileName, options);
    }

    /**
     * (Re)loads the newest stored version of every list from the database and makes it active. The
     * server calls this on start; call it again to pick up imports made by another process.
     *
     * @throws IllegalStateException when a stored file can no longer be read
     */
    public void reload() {
        writeLock.lock();
        try {
            loadLocked();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Reloads when the database holds a newer version of some list than the one active here (an
     * import by another server or by {@code mpaka watchlist import}, or rows replicated from
     * headquarters to a post). A cheap query when nothing changed.
     *
     * @return whether the lists were reloaded
     */
    public boolean refreshIfChanged() {
        Map<String, Loaded> current = lists;
        if (current == null) {
            return false; // not loaded yet: the first use loads
        }
        Map<String, UUID> stored = new TreeMap<>();
        store.latestPerList().forEach((list, v) -> stored.put(list, v.version().id()));
        Map<String, UUID> active = new TreeMap<>();
        current.forEach((list, l) -> active.put(list, l.versionId()));
        if (stored.equals(active)) {
            return false;
        }
        writeLock.lock();
        try {
            if (lists != current) {
                return false; // an import here changed them meanwhile; the next check compares again
            }
            loadLocked();
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    private Map<String, Loaded> ensureLoaded() {
        Map<String, Loaded> current = lists;
        if (current != null) {
            return current;
        }
        writeLock.lock();
        try {
            if (lists == null) {
                loadLocked();
            }
            return lists;
        } finally {
            writeLock.unlock();
        }
    }

    private void loadLocked() {
        Map<String, WatchlistStore.Version> latest = new LinkedHashMap<>();
        store.latestPerList().forEach((list, lv) -> latest.put(list, lv.version()));
        Map<UUID, WatchlistStore.Version> versions = new LinkedHashMap<>();
        latest.values().forEach(v -> versions.putIfAbsent(v.id(), v));
        Map<String, Loaded> next = new TreeMap<>();
        for (WatchlistStore.Version v : versions.values()) {
            ImportResult parsed;
            try {
                parsed = parseStored(v, store.content(v.id()));
            } catch (WatchlistImportException | IOException e) {
                throw new IllegalStateException(
                        "stored watchlist version " + v.id() + " (" + v.fileName() + ") cannot be read: "
                                + e.getMessage(),
                        e);
            }
            Map<String, List<WatchlistEntry>> byList = byList(parsed.list().entries());
            latest.forEach((list, newest) -> {
                if (newest.id().equals(v.id())) {
                    List<WatchlistEntry> entries = byList.getOrDefault(list, List.of());
                    next.put(
                            list,
                            new Loaded(
                                    new ActiveList(list, v.label(), entries.size(), v.importedAt(), v.importedBy()),
                                    v.id(),
                                    entries));
                }
            });
        }
        activate(next);
        log.info(
                "watchlists loaded: {}",
                next.isEmpty()
                        ? "none"
                        : next.values().stream()
                                .map(l -> l.info().list() + " " + l.info().version() + " ("
                                        + l.entries().size() + " entries)")
                                .collect(Collectors.joining(", ")));
    }

    private ImportReport doImport(
            String actorName,
            String agencyCode,
            String clientAddress,
            Path file,
            String originalFileName,
            ImportOptions options) {
        ImportOptions opts = options == null ? ImportOptions.DEFAULT : options;
        String name = safeFileName(originalFileName, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRejectedException(name + ": cannot read the file", List.of());
        }
        if (bytes.length == 0) {
            throw new ImportRejectedException(name + ": the file is empty", List.of());
        }
        WatchlistImport.Format format;
        ImportResult parsed;
        try {
            Parsed p = parse(bytes, name, opts.format());
            format = p.format();
            parsed = p.result();
        } catch (WatchlistImportException e) {
            throw new ImportRejectedException(e.getMessage(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file", e);
        }
        List<String> rejects =
                parsed.rejects().stream().map(ImportResult.Reject::describe).toList();
        List<WatchlistEntry> entries = parsed.list().entries();
        if (entries.isEmpty()) {
            throw new ImportRejectedException(
                    name + ": no entries"
                            + (rejects.isEmpty()
                                    ? " (is it a " + format + " file?)"
                                    : "; " + describeRejects(rejects, parsed.recordsRead())),
                    rejects);
        }
        if (!rejects.isEmpty() && !opts.acceptRejects()) {
            throw new ImportRejectedException(
                    name + ": " + describeRejects(rejects, parsed.recordsRead())
                            + "; nothing was imported (fix the file, or import the rest and accept the rejects)",
                    rejects);
        }
        Map<String, List<WatchlistEntry>> byList = byList(entries);
        for (String list : byList.keySet()) {
            if (list.isBlank() || list.length() > MAX_LIST_NAME) {
                throw new ImportRejectedException(
                        name + ": list name '" + list + "' must be 1-" + MAX_LIST_NAME + " characters", rejects);
            }
        }
        String wanted = opts.versionLabel() != null
                ? opts.versionLabel()
                : (parsed.list().version().isBlank() ? name : parsed.list().version());
        String label = wanted.length() > MAX_LABEL ? wanted.substring(0, MAX_LABEL) : wanted;

        writeLock.lock();
        try {
            Map<String, Loaded> current = ensureLoaded();
            List<WatchlistEntry> before = new ArrayList<>();
            for (String list : byList.keySet()) {
                Loaded l = current.get(list);
                if (l != null) {
                    before.addAll(l.entries());
                }
            }
            ListUpdate diff = ListUpdate.between(
                    new Watchlist("", before),
                    new Watchlist(label, entries, parsed.list().formerKeys()));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            UUID id = Ids.newId();
            Map<String, Integer> counts = new LinkedHashMap<>();
            byList.forEach((list, e) -> counts.put(list, e.size()));
            WatchlistStore.Version version = new WatchlistStore.Version(
                    id,
                    label,
                    format.name(),
                    name,
                    sha256(bytes),
                    entries.size(),
                    parsed.recordsRead(),
                    rejects.size(),
                    now,
                    actorName,
                    site);
            String details = "file=" + name + " lists=" + String.join(",", byList.keySet()) + " entries="
                    + entries.size() + " rejected=" + rejects.size() + " added="
                    + diff.added().size()
                    + " removed=" + diff.removed().size() + " changed="
                    + diff.changed().size() + " renamed=" + diff.renamed().size() + " sha256="
                    + version.sha256();
            tx.executeWithoutResult(status -> {
                store.insert(version, bytes, counts);
                audit.record(new AuditEntry(
                        actorName,
                        agencyCode,
                        clientAddress,
                        "watchlist.import",
                        "watchlist_version",
                        id.toString(),
                        null,
                        details.length() > 4000 ? details.substring(0, 4000) : details));
            });
            Map<String, Loaded> next = new TreeMap<>(current);
            byList.forEach((list, e) ->
                    next.put(list, new Loaded(new ActiveList(list, label, e.size(), now, actorName), id, e)));
            activate(next);
            log.info("watchlist import by {}: {} {}", actorName, label, details);
            return new ImportReport(
                    label,
                    entries.size(),
                    rejects,
                    parsed.warnings().stream()
                            .map(ImportResult.Reject::describe)
                            .toList(),
                    diff.added().size(),
                    diff.removed().size(),
                    diff.changed().size(),
                    diff.renamed().size());
        } finally {
            writeLock.unlock();
        }
    }

    /** Builds the combined index and makes it and {@code next} active. Called under the write lock. */
    private void activate(Map<String, Loaded> next) {
        Watchlist combined = new Watchlist("", List.of());
        for (Loaded l : next.values()) {
            combined =
                    combined.plus(new Watchlist(l.info().list() + "@" + l.info().version(), l.entries()));
        }
        screener.update(combined);
        lists = java.util.Collections.unmodifiableMap(new TreeMap<>(next));
        registerGauges(next);
    }

    private void registerGauges(Map<String, Loaded> next) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        if (gauge == null) {
            gauge = MultiGauge.builder("mpaka.watchlist.entries")
                    .description("Entries of the active version of each watchlist")
                    .baseUnit("entries")
                    .register(registry);
        }
        gauge.register(
                next.values().stream()
                        .map(l -> MultiGauge.Row.of(
                                Tags.of("list", l.info().list()), l.entries().size()))
                        .toList(),
                true);
    }

    private record Parsed(WatchlistImport.Format format, ImportResult result) {}

    /** Parses the bytes under their file name (so rejects and labels name the uploaded file). */
    private static Parsed parse(byte[] bytes, String name, WatchlistImport.Format given)
            throws WatchlistImportException, IOException {
        Path dir = Files.createTempDirectory("mpaka-watchlist-");
        Path copy = dir.resolve(name);
        try {
            Files.write(copy, bytes);
            WatchlistImport.Format format = given != null ? given : WatchlistImport.detect(copy);
            return new Parsed(format, WatchlistImport.read(copy, format));
        } catch (WatchlistImportException e) {
            // the library names the temporary copy; name the file as uploaded
            throw new WatchlistImportException(
                    name, e.getMessage().replace(copy.toString() + ": ", "").replace(copy.toString(), name), e);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
    }

    private static ImportResult parseStored(WatchlistStore.Version v, byte[] bytes)
            throws WatchlistImportException, IOException {
        return parse(bytes, v.fileName(), WatchlistImport.Format.valueOf(v.format()))
                .result();
    }

    private static Map<String, List<WatchlistEntry>> byList(List<WatchlistEntry> entries) {
        Map<String, List<WatchlistEntry>> out = new LinkedHashMap<>();
        for (WatchlistEntry e : entries) {
            out.computeIfAbsent(e.list(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static String describeRejects(List<String> rejects, int recordsRead) {
        String shown = rejects.stream().limit(REJECTS_IN_MESSAGE).collect(Collectors.joining("; "));
        int more = rejects.size() - REJECTS_IN_MESSAGE;
        return rejects.size() + " of " + recordsRead + " records rejected: " + shown
                + (more > 0 ? "; and " + more + " more" : "");
    }

    /** The last path segment of the uploaded name, limited to safe characters. */
    static String safeFileName(String originalFileName, Path file) {
        String raw = originalFileName == null || originalFileName.isBlank()
                ? (file.getFileName() == null ? "" : file.getFileName().toString())
                : originalFileName;
        raw = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
                .strip();
        StringBuilder sb = new StringBuilder();
        raw.codePoints()
                .forEach(c -> sb.append(
                        Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' '
                                ? Character.toString(c)
                                : "_"));
        String safe = sb.toString();
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.isBlank()) {
            safe = "watchlist";
        }
        return safe.length() > MAX_FILE_NAME ? safe.substring(safe.length() - MAX_FILE_NAME) : safe;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
