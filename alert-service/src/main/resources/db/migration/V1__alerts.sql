-- alert-service: warnings and their dispatch, interventions, flagged identifiers, and the organisations it knows
-- from OrganisationChanged.

CREATE TABLE organisation (
    code        text PRIMARY KEY,
    name        text,
    type        text NOT NULL,
    region      char(6) NOT NULL,
    parent_code text,
    status      text NOT NULL,
    changed_at  timestamptz NOT NULL
);

CREATE TABLE flag (
    kind        text NOT NULL,
    value       text NOT NULL,
    since       timestamptz NOT NULL,
    case_number text NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE TABLE warning (
    id                uuid PRIMARY KEY,
    external_id       text NOT NULL,
    source_org        text NOT NULL,
    source_kind       text NOT NULL,
    victim_phone      text NOT NULL,
    victim_name       text,
    victim_region     char(6) NOT NULL,
    observed_at       timestamptz NOT NULL,
    risk_hint         text,
    grade             text NOT NULL,
    risk_reasons      text[] NOT NULL,
    channel           text NOT NULL,
    status            text NOT NULL,
    assigned_org      text,
    chain             text[] NOT NULL,
    escalation_level  integer NOT NULL DEFAULT 0,
    needs_rerouting   boolean NOT NULL DEFAULT false,
    dispatched_at     timestamptz NOT NULL,
    ack_due_at        timestamptz NOT NULL,
    outcome_due_at    timestamptz NOT NULL,
    acknowledged_at   timestamptz,
    outcome           text,
    outcome_channel   text,
    notes             text,
    outcome_at        timestamptz,
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    -- the same partner sending the same lead again is a duplicate, never a second warning
    CONSTRAINT warning_source_external UNIQUE (source_org, external_id)
);
CREATE INDEX warning_assigned ON warning (assigned_org, status);
CREATE INDEX warning_region ON warning (victim_region);
CREATE INDEX warning_observed ON warning (observed_at);
CREATE INDEX warning_open_ack_due ON warning (ack_due_at) WHERE status = 'DISPATCHED';
CREATE INDEX warning_open_outcome_due ON warning (outcome_due_at) WHERE status = 'ACKNOWLEDGED';
CREATE INDEX warning_rerouting ON warning (created_at) WHERE needs_rerouting;

CREATE TABLE warning_indicator (
    warning_id uuid NOT NULL REFERENCES warning (id),
    position   integer NOT NULL,
    kind       text NOT NULL,
    value      text NOT NULL,
    PRIMARY KEY (warning_id, position)
);
CREATE INDEX warning_indicator_value ON warning_indicator (kind, value);

CREATE TABLE warning_hop (
    id         uuid PRIMARY KEY,
    warning_id uuid NOT NULL REFERENCES warning (id),
    from_org   text,
    to_org     text,
    reason     text NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX warning_hop_warning ON warning_hop (warning_id);

CREATE TABLE intervention (
    id              uuid PRIMARY KEY,
    kind            text NOT NULL,
    target_org      text NOT NULL,
    issuing_org     text NOT NULL,
    issuing_region  char(6) NOT NULL,
    case_number     text NOT NULL,
    subject_kind    text NOT NULL,
    subject_value   text NOT NULL,
    amount          numeric(17, 2),
    legal_basis     text NOT NULL,
    status          text NOT NULL,
    issued_at       timestamptz NOT NULL,
    deadline        timestamptz NOT NULL,
    acknowledged_at timestamptz,
    result          text,
    amount_secured  numeric(17, 2),
    reason          text,
    resolved_at     timestamptz,
    renewals        integer NOT NULL DEFAULT 0,
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL
);
CREATE INDEX intervention_target ON intervention (target_org, status);
CREATE INDEX intervention_issuer ON intervention (issuing_org);
CREATE INDEX intervention_subject ON intervention (subject_kind, subject_value, kind);
CREATE INDEX intervention_resolved ON intervention (resolved_at);
