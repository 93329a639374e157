-- E-mail to reporters (issue 14): one durable job per reporter, incident and message, made by the
-- database itself when the acknowledgement or the resolution is published (and when a report is
-- linked to an incident whose acknowledgement or resolution is out already). The Message-ID's
-- unique part is fixed here, at creation, so every attempt sends the same message.
--
-- pending → claimed (a sender took it, nothing sent yet) → sending (the SMTP transaction began)
--   → sent | pending (a temporary failure, with a next attempt) | failed (refused for good)
--   | in_doubt (the connection broke after the message went out: a person decides).
-- A sent message stays sent.
CREATE TABLE mail_jobs (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    report_id       INTEGER NOT NULL REFERENCES reports (id),
    kind            TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'resolution')),
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'claimed', 'sending', 'sent', 'failed', 'in_doubt', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    message_key     TEXT NOT NULL UNIQUE,
    claimed_by      TEXT,
    claimed_at      INTEGER,
    sent_at         INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (report_id, incident_id, kind)
);
CREATE INDEX mail_jobs_state ON mail_jobs (state, next_attempt_at);
CREATE INDEX mail_jobs_incident ON mail_jobs (incident_id, kind);

-- A lead can hold an incident's mail: nothing of it is sent until released.
CREATE TABLE mail_holds (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents (id),
    held_by     TEXT NOT NULL,
    held_at     INTEGER NOT NULL
);

CREATE TRIGGER mail_jobs_sent_stays BEFORE UPDATE OF state ON mail_jobs
WHEN old.state = 'sent' AND new.state <> 'sent' BEGIN
    SELECT RAISE(ABORT, 'a message that was sent stays sent');
END;

CREATE TRIGGER mail_jobs_on_publish AFTER UPDATE OF status ON updates
WHEN new.status = 'published' AND old.status <> 'published' AND new.kind IN ('acknowledgement', 'resolution') BEGIN
    -- One message per person: a customer who wrote twice (the form, then an e-mail) gets one.
    INSERT OR IGNORE INTO mail_jobs (incident_id, report_id, kind, message_key, created_at, updated_at)
    SELECT new.incident_id, min(r.id), new.kind, lower(hex(randomblob(16))),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM reports r
    WHERE r.incident_id = new.incident_id AND r.status = 'linked' AND r.customer_email <> ''
      AND (new.kind = 'acknowledgement' OR r.confirmation = 'none')
      AND NOT EXISTS (SELECT 1 FROM mail_jobs j JOIN reports o ON o.id = j.report_id
                      WHERE j.incident_id = new.incident_id AND j.kind = new.kind AND j.state <> 'cancelled'
                        AND lower(o.customer_email) = lower(r.customer_email))
    GROUP BY lower(r.customer_email);
END;

CREATE TRIGGER mail_jobs_on_link AFTER UPDATE OF incident_id, status ON reports
WHEN new.incident_id IS NOT NULL AND new.status = 'linked'
     AND (old.incident_id IS NOT new.incident_id OR old.status <> 'linked') BEGIN
    INSERT OR IGNORE INTO mail_jobs (incident_id, report_id, kind, message_key, created_at, updated_at)
    SELECT new.incident_id, new.id, u.kind, lower(hex(randomblob(16))),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM (SELECT DISTINCT kind FROM updates
          WHERE incident_id = new.incident_id AND status = 'published' AND kind IN ('acknowledgement', 'resolution')) u
    WHERE new.customer_email <> '' AND (u.kind = 'acknowledgement' OR new.confirmation = 'none')
      AND NOT EXISTS (SELECT 1 FROM mail_jobs j JOIN reports o ON o.id = j.report_id
                      WHERE j.incident_id = new.incident_id AND j.kind = u.kind AND j.state <> 'cancelled'
                        AND lower(o.customer_email) = lower(new.customer_email));
END;

CREATE TRIGGER mail_jobs_on_insert_linked AFTER INSERT ON reports
WHEN new.incident_id IS NOT NULL AND new.status = 'linked' AND new.customer_email <> '' BEGIN
    INSERT OR IGNORE INTO mail_jobs (incident_id, report_id, kind, message_key, created_at, updated_at)
    SELECT new.incident_id, new.id, u.kind, lower(hex(randomblob(16))),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM (SELECT DISTINCT kind FROM updates
          WHERE incident_id = new.incident_id AND status = 'published' AND kind IN ('acknowledgement', 'resolution')) u
    WHERE (u.kind = 'acknowledgement' OR new.confirmation = 'none')
      AND NOT EXISTS (SELECT 1 FROM mail_jobs j JOIN reports o ON o.id = j.report_id
                      WHERE j.incident_id = new.incident_id AND j.kind = u.kind AND j.state <> 'cancelled'
                        AND lower(o.customer_email) = lower(new.customer_email));
END;

CREATE TRIGGER mail_jobs_on_unlink AFTER UPDATE OF incident_id, status ON reports
WHEN old.incident_id IS NOT NULL AND (new.incident_id IS NOT old.incident_id OR new.status <> 'linked') BEGIN
    UPDATE mail_jobs SET state = 'cancelled', last_error = 'the report is no longer linked to this incident',
                         updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), version = version + 1
    WHERE report_id = new.id AND incident_id = old.incident_id AND state IN ('pending', 'claimed');
END;

-- A confirmation that went out confirms the report.
CREATE TRIGGER mail_jobs_confirm AFTER UPDATE OF state ON mail_jobs
WHEN new.state = 'sent' AND old.state <> 'sent' AND new.kind = 'resolution' BEGIN
    UPDATE reports SET confirmation = 'sent', confirmed_at = coalesce(new.sent_at, new.updated_at),
                       updated_at = coalesce(new.sent_at, new.updated_at), version = version + 1
    WHERE id = new.report_id AND confirmation <> 'sent';
END;

CREATE TRIGGER mail_jobs_changes_insert AFTER INSERT ON mail_jobs BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'mail_jobs', new.id, 'insert');
END;
CREATE TRIGGER mail_jobs_changes_update AFTER UPDATE ON mail_jobs BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'mail_jobs', new.id, 'update');
END;
CREATE TRIGGER mail_holds_changes_insert AFTER INSERT ON mail_holds BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'mail_holds', new.incident_id, 'insert');
END;
CREATE TRIGGER mail_holds_changes_delete AFTER DELETE ON mail_holds BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'mail_holds', old.incident_id, 'delete');
END;
