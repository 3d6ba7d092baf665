-- case-service's own tables (the platform keeps its tables in schema "platform").

-- One counter per (unit region, year): the readable case number {region}-{year}-{sequence}.
CREATE TABLE case_number_counter (
    region  VARCHAR(6) NOT NULL,
    year    INTEGER    NOT NULL,
    last    INTEGER    NOT NULL,
    PRIMARY KEY (region, year)
);

CREATE TABLE fraud_case (
    id              UUID          PRIMARY KEY,
    number          VARCHAR(20)   NOT NULL UNIQUE,
    type            VARCHAR(32)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(4000),
    region          VARCHAR(6)    NOT NULL,
    owning_org      VARCHAR(64)   NOT NULL,
    tags            TEXT[]        NOT NULL DEFAULT '{}',
    occurred_at     TIMESTAMPTZ,
    reported_at     TIMESTAMPTZ   NOT NULL,
    filed_at        TIMESTAMPTZ,
    solved_at       TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    rejected_at     TIMESTAMPTZ,
    loss_amount     NUMERIC(17,2) NOT NULL CHECK (loss_amount >= 0),
    secured_amount  NUMERIC(17,2) NOT NULL DEFAULT 0 CHECK (secured_amount >= 0),
    victim_count    INTEGER       NOT NULL DEFAULT 1 CHECK (victim_count >= 0),
    -- set when the case was opened from a warning (WarningOutcomeRecorded): one case per warning
    warning_id      UUID          UNIQUE,
    created_at      TIMESTAMPTZ   NOT NULL,
    version         INTEGER       NOT NULL DEFAULT 0
);
-- jurisdiction scans are prefix scans on the region
CREATE INDEX fraud_case_region ON fraud_case (region text_pattern_ops, reported_at);
CREATE INDEX fraud_case_solved ON fraud_case (solved_at) WHERE solved_at IS NOT NULL;
CREATE INDEX fraud_case_tags ON fraud_case USING GIN (tags);

CREATE TABLE case_transition (
    id          UUID         PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES fraud_case (id),
    from_status VARCHAR(16)  NOT NULL,
    to_status   VARCHAR(16)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(200) NOT NULL
);
CREATE INDEX case_transition_case ON case_transition (case_id, at);

CREATE TABLE case_identifier (
    id        UUID         PRIMARY KEY,
    case_id   UUID         NOT NULL REFERENCES fraud_case (id),
    kind      VARCHAR(32)  NOT NULL,
    value     VARCHAR(253) NOT NULL,
    role      VARCHAR(64),
    added_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (case_id, kind, value)
);
-- the serial-case lookup: every case holding one normalised identifier
CREATE INDEX case_identifier_value ON case_identifier (kind, value, case_id);

-- What InterventionResolved reported, one row per intervention; case_id is null for a number we do not know.
CREATE TABLE intervention_result (
    intervention_id UUID          PRIMARY KEY,
    case_number     VARCHAR(64)   NOT NULL,
    case_id         UUID          REFERENCES fraud_case (id),
    kind            VARCHAR(40)   NOT NULL,
    result          VARCHAR(16)   NOT NULL,
    amount_secured  NUMERIC(17,2) CHECK (amount_secured >= 0),
    resolved_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX intervention_result_case ON intervention_result (case_id, resolved_at);

CREATE TABLE case_suspect (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES fraud_case (id),
    name            VARCHAR(200) NOT NULL,
    -- HMAC-SHA256 (hex) of the normalised ID number under FRAUDLINK_CASES_HMAC_KEY, never the number itself
    id_number_hash  CHAR(64),
    id_number_last4 VARCHAR(4),
    status          VARCHAR(16)  NOT NULL,
    arrested_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX case_suspect_case ON case_suspect (case_id);
CREATE INDEX case_suspect_hash ON case_suspect (id_number_hash) WHERE id_number_hash IS NOT NULL;

CREATE TABLE case_gang (
    id            UUID         PRIMARY KEY,
    case_id       UUID         NOT NULL REFERENCES fraud_case (id),
    name          VARCHAR(200) NOT NULL,
    members       INTEGER      CHECK (members >= 0),
    dismantled_at TIMESTAMPTZ  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_gang_case ON case_gang (case_id);

CREATE TABLE case_den (
    id           UUID         PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES fraud_case (id),
    location     VARCHAR(500) NOT NULL,
    region       VARCHAR(6)   NOT NULL,
    destroyed_at TIMESTAMPTZ  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_den_case ON case_den (case_id);
CREATE INDEX case_den_region ON case_den (region text_pattern_ops, destroyed_at);
