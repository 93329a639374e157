-- The service's watch on the policy's promises (issue 14): people get an e-mail address, and each
-- warning (an incident not acknowledged in time, an update due soon or overdue, a publication that
-- failed or is late) is recorded once per incident, kind and occasion, so several services and
-- restarts write it once.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

CREATE TABLE watch_notices (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    kind        TEXT NOT NULL CHECK (kind IN ('unacknowledged', 'due_soon', 'overdue', 'publication_failed',
                                              'publication_late')),
    occasion    INTEGER NOT NULL, -- what makes it this warning and not the next: a due time, a job
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    recipients  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, kind, occasion)
);
