-- The two-card sanction list: people punished for selling bank or phone cards. The ID number is kept only as
-- HMAC-SHA256 under FRAUDLINK_SANCTIONS_HMAC_KEY, the name only masked.
CREATE TABLE card_sanction (
    id              UUID        PRIMARY KEY,
    id_number_hash  TEXT        NOT NULL,
    masked_name     TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    issuing_org     TEXT        NOT NULL REFERENCES organisation (code),
    issuing_region  CHAR(6)     NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE        NOT NULL CHECK (end_date > start_date),
    status          TEXT        NOT NULL,
    lifted_at       TIMESTAMPTZ,
    lift_reason     TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    version         INTEGER     NOT NULL
);

CREATE INDEX card_sanction_hash ON card_sanction (id_number_hash);
CREATE INDEX card_sanction_region_start ON card_sanction (issuing_region, start_date);

CREATE TABLE sanction_appeal (
    id            UUID        PRIMARY KEY,
    sanction_id   UUID        NOT NULL REFERENCES card_sanction (id),
    grounds       TEXT        NOT NULL,
    filed_at      TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    version       INTEGER     NOT NULL
);

-- at most one appeal waits for a decision per sanction
CREATE UNIQUE INDEX sanction_appeal_pending ON sanction_appeal (sanction_id) WHERE status = 'PENDING';
