-- Identity and access: people who sign in, the posts they work at, API tokens of machine clients.
-- Owned by headquarters (accounts are managed centrally); last_login_at and the lock-out counters
-- are written wherever the user signs in.

CREATE TABLE identity_user (
    id               UUID          PRIMARY KEY,        -- UUIDv7
    username         VARCHAR(64)   NOT NULL UNIQUE,
    display_name     VARCHAR(200)  NOT NULL,
    password_hash    VARCHAR(200)  NOT NULL,
    agency_code      VARCHAR(16)   NOT NULL,
    roles            VARCHAR(200)  NOT NULL,           -- comma-separated role names
    enabled          BOOLEAN       NOT NULL,
    failed_attempts  INT           NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    last_login_at    TIMESTAMP WITH TIME ZONE,
    origin_site      VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_user_post (
    user_id    UUID         NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
    post_code  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (user_id, post_code)
);

CREATE TABLE identity_api_token (
    id            UUID          PRIMARY KEY,          -- UUIDv7
    name          VARCHAR(100)  NOT NULL,
    token_prefix  VARCHAR(16)   NOT NULL,             -- shown to admins to recognise a token
    token_hash    VARCHAR(64)   NOT NULL UNIQUE,      -- SHA-256 of the secret, hex
    agency_code   VARCHAR(16)   NOT NULL,
    roles         VARCHAR(200)  NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    origin_site   VARCHAR(16)   NOT NULL
);
