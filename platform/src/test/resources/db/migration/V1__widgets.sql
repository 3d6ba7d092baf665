-- The fixture application's own table: a stand-in for a service's domain.
CREATE TABLE widget (
    id      UUID PRIMARY KEY,
    name    TEXT           NOT NULL UNIQUE,
    kind    TEXT           NOT NULL,
    price   NUMERIC(17, 2) NOT NULL,
    version INTEGER        NOT NULL
);

CREATE TABLE widget_event_log (
    event_id  UUID NOT NULL,
    widget_id TEXT NOT NULL
);
