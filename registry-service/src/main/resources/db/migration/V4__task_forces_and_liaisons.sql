-- Task forces with their members, and the round-the-clock liaisons of every organisation.
CREATE TABLE task_force (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL,
    lead_org    TEXT        NOT NULL REFERENCES organisation (code),
    lead_region CHAR(6)     NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE,
    created_at  TIMESTAMPTZ NOT NULL,
    version     INTEGER     NOT NULL,
    CHECK (end_date IS NULL OR end_date > start_date)
);

CREATE TABLE task_force_member (
    id            UUID        PRIMARY KEY,
    task_force_id UUID        NOT NULL REFERENCES task_force (id),
    org_code      TEXT        NOT NULL REFERENCES organisation (code),
    person        TEXT        NOT NULL,
    role          TEXT        NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (task_force_id, org_code, person)
);

CREATE INDEX task_force_member_org ON task_force_member (org_code);

CREATE TABLE liaison (
    id         UUID        PRIMARY KEY,
    org_code   TEXT        NOT NULL REFERENCES organisation (code),
    name       TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    phone      TEXT        NOT NULL,
    role       TEXT        NOT NULL,
    -- local time of day (fraudlink.registry.duty-zone); duty_to <= duty_from wraps past midnight, equal = all day
    duty_from  TIME        NOT NULL,
    duty_to    TIME        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version    INTEGER     NOT NULL
);

CREATE INDEX liaison_org ON liaison (org_code);
