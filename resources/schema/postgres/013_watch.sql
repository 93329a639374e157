-- The service's watch on the policy's promises (issue 14): people get an e-mail address, and each
-- warning (an incident not acknowledged in time, an update due soon or overdue, a publication that
-- failed or is late) is recorded once per incident, kind and occasion, so several services and
-- restarts write it once. The mail service's login reads who to write to and records its warnings.
ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '' CHECK (length(email) <= 254);

CREATE TABLE watch_notices (
    incident_id bigint NOT NULL REFERENCES incidents (id),
    kind        text NOT NULL CHECK (kind IN ('unacknowledged', 'due_soon', 'overdue', 'publication_failed',
                                              'publication_late')),
    occasion    bigint NOT NULL,
    created_at  bigint NOT NULL,
    sent_at     bigint,
    recipients  text NOT NULL DEFAULT '' CHECK (length(recipients) <= 4000),
    PRIMARY KEY (incident_id, kind, occasion)
);
REVOKE ALL ON watch_notices FROM PUBLIC;
ALTER TABLE watch_notices OWNER TO desk_owner;
GRANT SELECT ON watch_notices TO desk_agent;
GRANT SELECT, INSERT, UPDATE, DELETE ON watch_notices TO desk_mailer;
GRANT SELECT (id, name, display_name, role, active, email) ON users TO desk_mailer;
GRANT SELECT ON publication_jobs TO desk_mailer;
