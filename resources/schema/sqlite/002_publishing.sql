-- SPDX-License-Identifier: GPL-3.0-or-later
-- Where approved updates go, one durable job per published update and target, and the index
-- the incident timeline reads the audit log through.

CREATE TABLE publication_targets (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('helpcenter', 'statuspage', 'cachet', 'zendesk', 'webhook')),
    name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    config     TEXT NOT NULL DEFAULT '{}',
    enabled    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE publication_jobs (
    id              INTEGER PRIMARY KEY,
    update_id       INTEGER NOT NULL REFERENCES updates (id),
    target_id       INTEGER NOT NULL REFERENCES publication_targets (id),
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'done', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    remote_id       TEXT,
    remote_url      TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (update_id, target_id)
);
CREATE INDEX publication_jobs_state ON publication_jobs (state, next_attempt_at);

CREATE TRIGGER publication_jobs_need_published BEFORE INSERT ON publication_jobs
WHEN (SELECT status FROM updates WHERE id = new.update_id) IS NOT 'published' BEGIN
    SELECT RAISE(ABORT, 'only a published update is sent to the publication targets');
END;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER publication_targets_changes_insert AFTER INSERT ON publication_targets BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'publication_targets', new.id, 'insert');
END;
CREATE TRIGGER publication_targets_changes_update AFTER UPDATE ON publication_targets BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'publication_targets', new.id, 'update');
END;
CREATE TRIGGER publication_jobs_changes_insert AFTER INSERT ON publication_jobs BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'publication_jobs', new.id, 'insert');
END;
CREATE TRIGGER publication_jobs_changes_update AFTER UPDATE ON publication_jobs BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'publication_jobs', new.id, 'update');
END;
