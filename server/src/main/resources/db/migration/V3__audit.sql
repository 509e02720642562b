-- Tamper-evident audit trail. Each site (post or HQ) writes its own hash chain: a record's hash
-- covers its fields and the previous record's hash, so an edited or deleted row breaks the chain.
-- Owned by the site that wrote it; replicated to headquarters read-only.

CREATE TABLE audit_event (
    id              UUID          PRIMARY KEY,         -- UUIDv7
    site            VARCHAR(16)   NOT NULL,
    seq             BIGINT        NOT NULL,            -- 1, 2, 3 ... per site
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    agency_code     VARCHAR(16),
    client_address  VARCHAR(64),
    action          VARCHAR(64)   NOT NULL,
    object_type     VARCHAR(64),
    object_id       VARCHAR(128),
    reason          VARCHAR(1000),
    details         VARCHAR(4000),
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    UNIQUE (site, seq)
);

CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id);

-- The head of each site's chain; updating it serialises writers.
CREATE TABLE audit_chain_head (
    site       VARCHAR(16)  PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
