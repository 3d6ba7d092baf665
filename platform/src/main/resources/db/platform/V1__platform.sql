-- The platform's own tables, in their own schema with their own Flyway history, so that they evolve apart from
-- the tables of the service that embeds the library.

CREATE TABLE idempotency_key (
    caller       TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    status       INTEGER,
    body         TEXT,
    location     TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);

-- Audit records are written in the transaction of the change; the sealer chains them afterwards in the order
-- they became visible (chain_pos), so that writers never wait on one another.
CREATE TABLE audit_record (
    id            BIGSERIAL   PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    org           TEXT,
    action        TEXT        NOT NULL,
    resource_type TEXT        NOT NULL,
    resource_id   TEXT,
    request_id    TEXT,
    digest        TEXT        NOT NULL,
    detail        TEXT,
    chain_pos     BIGINT      UNIQUE,
    prev_hash     TEXT,
    hash          TEXT
);
CREATE INDEX audit_record_unsealed ON audit_record (id) WHERE chain_pos IS NULL;
CREATE INDEX audit_record_resource ON audit_record (resource_type, resource_id);
CREATE INDEX audit_record_actor ON audit_record (actor);
CREATE INDEX audit_record_occurred_at ON audit_record (occurred_at);

-- The end of the chain: the verifier also compares with it, so that cutting off the last records is found.
CREATE TABLE audit_head (
    singleton BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    chain_pos BIGINT      NOT NULL,
    hash      TEXT        NOT NULL
);
INSERT INTO audit_head (chain_pos, hash) VALUES (0, 'GENESIS');

CREATE TABLE outbox_event (
    seq            BIGSERIAL   PRIMARY KEY,
    id             UUID        NOT NULL UNIQUE,
    type           TEXT        NOT NULL,
    aggregate_type TEXT        NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    request_id     TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per event and subscriber; delivered_at stays null until the subscriber acknowledged it.
CREATE TABLE outbox_delivery (
    event_seq       BIGINT      NOT NULL REFERENCES outbox_event (seq),
    subscriber      TEXT        NOT NULL,
    aggregate_key   TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    last_error      TEXT,
    PRIMARY KEY (event_seq, subscriber)
);
CREATE INDEX outbox_delivery_pending ON outbox_delivery (next_attempt_at, event_seq) WHERE delivered_at IS NULL;
CREATE INDEX outbox_delivery_aggregate ON outbox_delivery (subscriber, aggregate_key, event_seq)
    WHERE delivered_at IS NULL;

CREATE TABLE inbox_event (
    event_id    UUID        PRIMARY KEY,
    type        TEXT        NOT NULL,
    source      TEXT,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
