package org.mpaka.watchlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code watchlist_*} tables. */
@Repository
class WatchlistStore {

    /** One stored version without its file. */
    record Version(
            UUID id,
            String label,
            String format,
            String fileName,
            String sha256,
            int entries,
            int recordsRead,
            int rejected,
            Instant importedAt,
            String importedBy,
            String originSite) {}

    private final JdbcClient jdbc;

    WatchlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Version v, byte[] content, Map<String, Integer> entriesPerList) {
        jdbc.sql("INSERT INTO watchlist_version (id, version_label, format, file_name, file_sha256, content,"
                        + " entry_count, records_read, rejected, imported_at, imported_by, origin_site)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        v.id(),
                        v.label(),
                        v.format(),
                        v.fileName(),
                        v.sha256(),
                        content,
                        v.entries(),
                        v.recordsRead(),
                        v.rejected(),
                        Sql.utc(v.importedAt()),
                        v.importedBy(),
                        v.originSite())
                .update();
        entriesPerList.forEach((list, n) -> jdbc.sql(
                        "INSERT INTO watchlist_version_list (version_id, list_name, entry_count) VALUES (?,?,?)")
                .params(v.id(), list, n)
                .update());
    }

    /** The newest version holding a list, and that list's entries in it. */
    record ListVersion(Version version, int listEntries) {}

    /** For each list name, the newest version that holds it (ties broken by the time-ordered id). */
    Map<String, ListVersion> latestPerList() {
        Map<String, ListVersion> latest = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT l.list_name, l.entry_count AS list_entries, v.id, v.version_label, v.format, v.file_name, v.file_sha256, v.entry_count,"
                                + " v.records_read, v.rejected, v.imported_at, v.imported_by, v.origin_site"
                                + " FROM watchlist_version_list l JOIN watchlist_version v ON v.id = l.version_id"
                                + " ORDER BY l.list_name, v.imported_at DESC, v.id DESC")
                .query(rs -> {
                    String list = rs.getString("list_name");
                    if (!latest.containsKey(list)) {
                        latest.put(list, new ListVersion(map(rs), rs.getInt("list_entries")));
                    }
                });
        return latest;
    }

    /** All stored versions, newest first. */
    List<Version> history(int limit) {
        return new ArrayList<>(jdbc.sql("SELECT id, version_label, format, file_name, file_sha256, entry_count,"
                        + " records_read, rejected, imported_at, imported_by, origin_site FROM watchlist_version"
                        + " ORDER BY imported_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> map(rs))
                .list());
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM watchlist_version WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static Version map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(
                rs.getObject("id", UUID.class),
                rs.getString("version_label"),
                rs.getString("format"),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                rs.getInt("entry_count"),
                rs.getInt("records_read"),
                rs.getInt("rejected"),
                Sql.instant(rs, "imported_at"),
                rs.getString("imported_by"),
                rs.getString("origin_site"));
    }
}
