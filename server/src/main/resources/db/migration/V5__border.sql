-- Border crossings at a post: travellers and their documents, counter sessions, crossings with
-- their exit and entry movements, screening hits and their dispositions, referrals.
-- Owned by the POST that creates the rows (origin_site), except the configuration tables at the
-- end (entitlement rules, nationality groups, data-sharing agreements), owned by headquarters.

CREATE TABLE border_traveller (
    id                 UUID          PRIMARY KEY,        -- UUIDv7
    family_name        VARCHAR(200)  NOT NULL,
    given_names        VARCHAR(200)  NOT NULL,
    birth_date         VARCHAR(10),                      -- ISO 8601, unknown parts as XX (1974-XX-XX)
    birth_year         INT,                              -- for candidate search; NULL when unknown
    sex                VARCHAR(1)    NOT NULL,           -- M | F | X
    nationality        VARCHAR(3)    NOT NULL,
    created_by_agency  VARCHAR(16)   NOT NULL,
    origin_site        VARCHAR(16)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX border_traveller_birth_year ON border_traveller (birth_year);

CREATE TABLE border_document (
    id             UUID          PRIMARY KEY,            -- UUIDv7
    traveller_id   UUID          NOT NULL REFERENCES border_traveller (id),
    doc_type       VARCHAR(24)   NOT NULL,
    number         VARCHAR(40)   NOT NULL,
    issuing_state  VARCHAR(3)    NOT NULL,
    expiry_date    DATE,
    origin_site    VARCHAR(16)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT border_document_key UNIQUE (doc_type, number, issuing_state)
);
CREATE INDEX border_document_traveller ON border_document (traveller_id);

-- An officer's choice of post, counter and direction; the latest one is remembered.
CREATE TABLE border_counter_session (
    id            UUID          PRIMARY KEY,             -- UUIDv7
    user_id       UUID          NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    agency_code   VARCHAR(16)   NOT NULL,
    post_code     VARCHAR(16)   NOT NULL,
    counter_code  VARCHAR(16)   NOT NULL,
    from_country  VARCHAR(3)    NOT NULL,
    to_country    VARCHAR(3)    NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    origin_site   VARCHAR(16)   NOT NULL
);
CREATE INDEX border_counter_session_user ON border_counter_session (user_id, started_at);
CREATE INDEX border_counter_session_post ON border_counter_session (post_code, last_seen_at);

-- A supervisor's permission to process outside the opening hours of the agency's side.
CREATE TABLE border_hours_override (
    id            UUID          PRIMARY KEY,             -- UUIDv7
    post_code     VARCHAR(16)   NOT NULL,
    agency_code   VARCHAR(16)   NOT NULL,
    granted_by    VARCHAR(64)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    valid_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    origin_site   VARCHAR(16)   NOT NULL
);
CREATE INDEX border_hours_override_post ON border_hours_override (post_code, agency_code, valid_until);

-- A scan whose checks found watchlist hits, until the crossing with its dispositions is recorded.
CREATE TABLE border_pending_check (
    id             UUID          PRIMARY KEY,            -- UUIDv7
    post_code      VARCHAR(16)   NOT NULL,
    counter_code   VARCHAR(16)   NOT NULL,
    agency_code    VARCHAR(16)   NOT NULL,
    officer        VARCHAR(64)   NOT NULL,
    traveller_name VARCHAR(400)  NOT NULL,
    hit_count      INT           NOT NULL,
    best_class     VARCHAR(16)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    origin_site    VARCHAR(16)   NOT NULL
);
CREATE INDEX border_pending_check_open ON border_pending_check (post_code, resolved_at);

-- One traveller passing the post in one direction: the officer's decision and what was recorded.
-- agency_code is the agency of the officer who recorded it; it owns the decision, notes and hits.
CREATE TABLE border_crossing (
    id                   UUID          PRIMARY KEY,      -- UUIDv7
    idempotency_key      VARCHAR(100)  NOT NULL,
    post_code            VARCHAR(16)   NOT NULL,
    counter_code         VARCHAR(16)   NOT NULL,
    from_country         VARCHAR(3)    NOT NULL,
    to_country           VARCHAR(3)    NOT NULL,
    agency_code          VARCHAR(16)   NOT NULL,
    officer              VARCHAR(64)   NOT NULL,
    traveller_id         UUID          NOT NULL REFERENCES border_traveller (id),
    document_id          UUID          NOT NULL REFERENCES border_document (id),
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decision             VARCHAR(8)    NOT NULL,         -- ADMIT | REFUSE | REFER
    status               VARCHAR(12)   NOT NULL,         -- ADMITTED | REFUSED | REFERRED
    reason_code          VARCHAR(32),
    note                 VARCHAR(2000),
    checks               VARCHAR(4000) NOT NULL,         -- the checks as shown, one per line
    entitlement          VARCHAR(300),
    allowed_until        TIMESTAMP WITH TIME ZONE,
    visa_type            VARCHAR(32),
    visa_number          VARCHAR(40),
    visa_valid_until     DATE,
    purpose              VARCHAR(16)   NOT NULL,
    goods                BOOLEAN       NOT NULL,
    sex                  VARCHAR(1)    NOT NULL,
    age_group            VARCHAR(8)    NOT NULL,
    nationality          VARCHAR(3)    NOT NULL,
    hours_override_id    UUID,
    pending_check_id     UUID,
    referral_outcome     VARCHAR(12),                    -- ADMITTED | REFUSED once closed
    referral_closed_by   VARCHAR(64),
    referral_closed_at   TIMESTAMP WITH TIME ZONE,
    referral_note        VARCHAR(2000),
    origin_site          VARCHAR(16)   NOT NULL,
    CONSTRAINT border_crossing_idempotency UNIQUE (idempotency_key)
);
CREATE INDEX border_crossing_post_time ON border_crossing (post_code, recorded_at);
CREATE INDEX border_crossing_traveller ON border_crossing (traveller_id, recorded_at);
CREATE INDEX border_crossing_status ON border_crossing (post_code, status);

-- The exit from one country and the entry into the other; each row belongs to its country's agency.
CREATE TABLE border_movement (
    id             UUID          PRIMARY KEY,            -- UUIDv7
    crossing_id    UUID          NOT NULL REFERENCES border_crossing (id),
    agency_code    VARCHAR(16)   NOT NULL,
    country_code   VARCHAR(3)    NOT NULL,
    kind           VARCHAR(5)    NOT NULL,               -- EXIT | ENTRY
    post_code      VARCHAR(16)   NOT NULL,
    traveller_id   UUID          NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    allowed_until  TIMESTAMP WITH TIME ZONE,             -- ENTRY: end of the allowed stay, NULL when open-ended
    origin_site    VARCHAR(16)   NOT NULL
);
CREATE INDEX border_movement_traveller ON border_movement (traveller_id, country_code, occurred_at);

CREATE TABLE border_hit (
    id             UUID          PRIMARY KEY,            -- UUIDv7
    crossing_id    UUID          NOT NULL REFERENCES border_crossing (id),
    agency_code    VARCHAR(16)   NOT NULL,
    list_name      VARCHAR(100)  NOT NULL,
    entry_id       VARCHAR(100)  NOT NULL,
    category       VARCHAR(300),
    score          DOUBLE PRECISION NOT NULL,
    match_class    VARCHAR(16)   NOT NULL,
    matched_name   VARCHAR(400),
    explanation    VARCHAR(4000) NOT NULL,
    disposition    VARCHAR(12)   NOT NULL,               -- TRUE_MATCH | FALSE_MATCH | NOT_SURE
    reason         VARCHAR(1000) NOT NULL,
    origin_site    VARCHAR(16)   NOT NULL
);
CREATE INDEX border_hit_crossing ON border_hit (crossing_id);

CREATE TABLE border_photo (
    crossing_id    UUID          PRIMARY KEY REFERENCES border_crossing (id),
    content_type   VARCHAR(32)   NOT NULL,
    image          BYTEA         NOT NULL,
    origin_site    VARCHAR(16)   NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Configuration, owned by headquarters.

-- Named groups of nationalities used by entitlement rules.
CREATE TABLE border_nationality_group (
    group_code    VARCHAR(16)  NOT NULL,
    country_code  VARCHAR(3)   NOT NULL,
    PRIMARY KEY (group_code, country_code)
);
INSERT INTO border_nationality_group (group_code, country_code) VALUES
('CEPGL', 'BDI'), ('CEPGL', 'COD'), ('CEPGL', 'RWA'),
('EAC', 'BDI'), ('EAC', 'COD'), ('EAC', 'KEN'), ('EAC', 'RWA'), ('EAC', 'SOM'), ('EAC', 'SSD'),
('EAC', 'TZA'), ('EAC', 'UGA');

-- What a traveller may do when entering a country at a post. The most specific matching rule wins:
-- a nationality code beats a group beats '*', a document category beats '*', then lowest priority.
-- kind: CITIZEN (no limit) | SAME_DAY (until the end of the day of entry)
--       | DAYS (until the end of the stay_days-th day after the day of entry)
--       | VISA (a visa is required and recorded; stay until the visa's end)
-- Initial values are placeholders to confirm with DGIE and DGM.
CREATE TABLE border_entitlement_rule (
    id               INT           PRIMARY KEY,
    post_code        VARCHAR(16)   NOT NULL,
    entering_country VARCHAR(3)    NOT NULL,
    nationality      VARCHAR(16)   NOT NULL,             -- country code, group code or *
    doc_category     VARCHAR(16)   NOT NULL,             -- ID_CARD | CEPGL_CARD | PASSPORT | *
    kind             VARCHAR(8)    NOT NULL,
    stay_days        INT,
    label            VARCHAR(200)  NOT NULL
);
INSERT INTO border_entitlement_rule (id, post_code, entering_country, nationality, doc_category, kind, stay_days, label) VALUES
(1,  'RUSIZI2', 'RWA', 'RWA',   '*',          'CITIZEN',  NULL, 'Rwandan citizen'),
(2,  'RUSIZI2', 'RWA', 'CEPGL', 'ID_CARD',    'SAME_DAY', NULL, 'Border resident on ID card: return the same day'),
(3,  'RUSIZI2', 'RWA', 'CEPGL', 'CEPGL_CARD', 'DAYS',     3,    'CEPGL card: up to 3 days'),
(4,  'RUSIZI2', 'RWA', 'EAC',   'PASSPORT',   'DAYS',     30,   'EAC national on passport: up to 30 days'),
(5,  'RUSIZI2', 'RWA', '*',     '*',          'VISA',     NULL, 'Visa required'),
(6,  'RUSIZI2', 'COD', 'COD',   '*',          'CITIZEN',  NULL, 'Congolese citizen'),
(7,  'RUSIZI2', 'COD', 'CEPGL', 'ID_CARD',    'SAME_DAY', NULL, 'Border resident on ID card: return the same day'),
(8,  'RUSIZI2', 'COD', 'CEPGL', 'CEPGL_CARD', 'DAYS',     3,    'CEPGL card: up to 3 days'),
(9,  'RUSIZI2', 'COD', 'EAC',   'PASSPORT',   'DAYS',     30,   'EAC national on passport: up to 30 days'),
(10, 'RUSIZI2', 'COD', '*',     '*',          'VISA',     NULL, 'Visa required');

-- Data-sharing agreement: which fields of its crossings an agency shares with the other agency
-- of a post. field: IDENTITY | DOCUMENT | DECISION | PURPOSE | VISA | PHOTO | NOTES | HITS
CREATE TABLE border_sharing (
    post_code    VARCHAR(16)  NOT NULL,
    from_agency  VARCHAR(16)  NOT NULL,
    to_agency    VARCHAR(16)  NOT NULL,
    field        VARCHAR(16)  NOT NULL,
    PRIMARY KEY (post_code, from_agency, to_agency, field)
);
INSERT INTO border_sharing (post_code, from_agency, to_agency, field) VALUES
('RUSIZI2', 'DGIE', 'DGM', 'IDENTITY'), ('RUSIZI2', 'DGIE', 'DGM', 'DOCUMENT'),
('RUSIZI2', 'DGIE', 'DGM', 'DECISION'), ('RUSIZI2', 'DGIE', 'DGM', 'PURPOSE'),
('RUSIZI2', 'DGM', 'DGIE', 'IDENTITY'), ('RUSIZI2', 'DGM', 'DGIE', 'DOCUMENT'),
('RUSIZI2', 'DGM', 'DGIE', 'DECISION'), ('RUSIZI2', 'DGM', 'DGIE', 'PURPOSE');
