-- Watchlists: every imported version of a list file, kept with its source bytes so that the
-- server rebuilds its in-memory screening index from the database on start (the newest version of
-- each list wins). Owned by headquarters; posts receive the rows read-only.

CREATE TABLE watchlist_version (
    id             UUID          PRIMARY KEY,        -- UUIDv7
    version_label  VARCHAR(200)  NOT NULL,
    format         VARCHAR(16)   NOT NULL,           -- UN_XML, OFAC_SDN_CSV, CSV, JSON_LINES
    file_name      VARCHAR(255)  NOT NULL,
    file_sha256    VARCHAR(64)   NOT NULL,
    content        BYTEA         NOT NULL,           -- the file as uploaded
    entry_count    INT           NOT NULL,
    records_read   INT           NOT NULL,
    rejected       INT           NOT NULL,           -- records skipped (only when the importer accepted that)
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by    VARCHAR(64)   NOT NULL,
    origin_site    VARCHAR(16)   NOT NULL
);

-- The lists one version holds (a file may hold several, e.g. an alert list and lost documents).
CREATE TABLE watchlist_version_list (
    version_id   UUID          NOT NULL REFERENCES watchlist_version (id),
    list_name    VARCHAR(100)  NOT NULL,
    entry_count  INT           NOT NULL,
    PRIMARY KEY (version_id, list_name)
);

CREATE INDEX watchlist_version_list_name ON watchlist_version_list (list_name);
CREATE INDEX watchlist_version_imported ON watchlist_version (imported_at);
