-- The joint-meeting system: meetings, who attended, and the action items of their resolutions.
CREATE TABLE meeting (
    id              UUID        PRIMARY KEY,
    meeting_date    DATE        NOT NULL,
    convener        TEXT        NOT NULL REFERENCES organisation (code),
    convener_region CHAR(6)     NOT NULL,
    minutes         TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    version         INTEGER     NOT NULL
);

CREATE TABLE meeting_attendee (
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    org_code   TEXT NOT NULL REFERENCES organisation (code),
    PRIMARY KEY (meeting_id, org_code)
);

CREATE INDEX meeting_attendee_org ON meeting_attendee (org_code);

CREATE TABLE action_item (
    id           UUID        PRIMARY KEY,
    meeting_id   UUID        NOT NULL REFERENCES meeting (id),
    resolution   TEXT        NOT NULL,
    owner_org    TEXT        NOT NULL REFERENCES organisation (code),
    owner_region CHAR(6)     NOT NULL,
    due_date     DATE        NOT NULL,
    status       TEXT        NOT NULL,
    done_at      TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL,
    version      INTEGER     NOT NULL
);

CREATE INDEX action_item_meeting ON action_item (meeting_id);
CREATE INDEX action_item_open_due ON action_item (due_date) WHERE status = 'OPEN';
