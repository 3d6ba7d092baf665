-- Organisations (the directory and the police hierarchy) and the API clients that get tokens.
CREATE TABLE organisation (
    id            UUID        PRIMARY KEY,
    code          TEXT        NOT NULL UNIQUE,
    name          TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    region        CHAR(6)     NOT NULL,
    parent_code   TEXT        REFERENCES organisation (code),
    status        TEXT        NOT NULL,
    contact_name  TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    version       INTEGER     NOT NULL
);

CREATE INDEX organisation_type_region ON organisation (type, region);
CREATE INDEX organisation_parent ON organisation (parent_code);

CREATE TABLE api_client (
    id          UUID        PRIMARY KEY,
    client_id   TEXT        NOT NULL UNIQUE,
    org_code    TEXT        NOT NULL REFERENCES organisation (code),
    name        TEXT        NOT NULL,
    -- comma-separated role names, from the set the organisation's type allows
    roles       TEXT        NOT NULL,
    -- HMAC-SHA256 (hex) of the secret under FRAUDLINK_CLIENTS_SECRET_KEY; the secret itself is never stored
    secret_hash TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    disabled_at TIMESTAMPTZ,
    version     INTEGER     NOT NULL
);

CREATE INDEX api_client_org ON api_client (org_code);
