-- SPDX-License-Identifier: GPL-3.0-or-later
-- Incident Desk schema, SQLite dialect. Times are UTC epoch milliseconds on both engines.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
    password_hash TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE services (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'operational'
               CHECK (status IN ('operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance')),
    updated_at INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE incidents (
    id                INTEGER PRIMARY KEY,
    reference         TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL CHECK (length(title) > 0),
    description       TEXT NOT NULL DEFAULT '',
    impact_summary    TEXT NOT NULL DEFAULT '',
    user_journeys     TEXT NOT NULL DEFAULT '',
    workaround        TEXT NOT NULL DEFAULT '',
    impact_level      TEXT NOT NULL DEFAULT 'minor' CHECK (impact_level IN ('none', 'minor', 'major', 'critical')),
    state             TEXT NOT NULL DEFAULT 'reported'
                      CHECK (state IN ('reported', 'acknowledged', 'investigating', 'identified', 'monitoring',
                                       'resolved', 'reviewed', 'closed')),
    owner             TEXT,
    cadence_minutes   INTEGER NOT NULL DEFAULT 1440 CHECK (cadence_minutes > 0),
    created_at        INTEGER NOT NULL,
    acknowledged_at   INTEGER,
    resolved_at       INTEGER,
    reviewed_at       INTEGER,
    closed_at         INTEGER,
    last_published_at INTEGER,
    root_cause        TEXT NOT NULL DEFAULT '',
    updated_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX incidents_state ON incidents (state);

CREATE TABLE incident_services (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    service_id  INTEGER NOT NULL REFERENCES services (id),
    PRIMARY KEY (incident_id, service_id)
);

CREATE TABLE preventive_actions (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    external_ref   TEXT NOT NULL UNIQUE,
    received_at    INTEGER NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('contact_form', 'email', 'phone', 'import')),
    customer_ref   TEXT NOT NULL DEFAULT '',
    customer_name  TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('it', 'en', 'fr', 'de', 'es')),
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    service_id     INTEGER REFERENCES services (id),
    attachments    TEXT NOT NULL DEFAULT '[]',
    status         TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'claimed', 'linked', 'not_incident', 'duplicate', 'closed')),
    incident_id    INTEGER REFERENCES incidents (id),
    duplicate_of   INTEGER REFERENCES reports (id),
    claimed_by     TEXT,
    claim_until    INTEGER,
    confirmation   TEXT NOT NULL DEFAULT 'none' CHECK (confirmation IN ('none', 'exported', 'sent')),
    confirmed_at   INTEGER,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX reports_received ON reports (received_at);
CREATE INDEX reports_status_received ON reports (status, received_at);
CREATE INDEX reports_incident ON reports (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX reports_service_received ON reports (service_id, received_at);
CREATE INDEX reports_customer ON reports (customer_ref);
CREATE INDEX reports_duplicate_of ON reports (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE updates (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    kind           TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'impact', 'progress', 'resolution', 'postmortem')),
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'submitted', 'approved', 'changes_requested', 'published')),
    author         TEXT NOT NULL,
    approver       TEXT,
    review_comment TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    submitted_at   INTEGER,
    decided_at     INTEGER,
    published_at   INTEGER,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX updates_incident ON updates (incident_id);
CREATE INDEX updates_status ON updates (status);

CREATE TABLE update_bodies (
    update_id INTEGER NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
    language  TEXT NOT NULL CHECK (language IN ('it', 'en', 'fr', 'de', 'es')),
    body      TEXT NOT NULL,
    PRIMARY KEY (update_id, language)
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    op         TEXT NOT NULL
);

-- Full-text search over reports and incidents (external content: no copy of the text).
CREATE VIRTUAL TABLE reports_fts USING fts5(
    subject, body, customer_name, content = 'reports', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE incidents_fts USING fts5(
    title, description, impact_summary, content = 'incidents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, subject, body, customer_name)
    VALUES (new.id, new.subject, new.body, new.customer_name);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, subject, body, customer_name)
    VALUES ('delete', old.id, old.subject, old.body, old.customer_name);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF subject, body, customer_name ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, subject, body, customer_name)
    VALUES ('delete', old.id, old.subject, old.body, old.customer_name);
    INSERT INTO reports_fts (rowid, subject, body, customer_name)
    VALUES (new.id, new.subject, new.body, new.customer_name);
END;
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts (rowid, title, description, impact_summary)
    VALUES (new.id, new.title, new.description, new.impact_summary);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts (incidents_fts, rowid, title, description, impact_summary)
    VALUES ('delete', old.id, old.title, old.description, old.impact_summary);
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, description, impact_summary ON incidents BEGIN
    INSERT INTO incidents_fts (incidents_fts, rowid, title, description, impact_summary)
    VALUES ('delete', old.id, old.title, old.description, old.impact_summary);
    INSERT INTO incidents_fts (rowid, title, description, impact_summary)
    VALUES (new.id, new.title, new.description, new.impact_summary);
END;

-- The rules that hold whatever the client does.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
END;
CREATE TRIGGER updates_published_frozen BEFORE UPDATE ON updates WHEN old.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update never changes: write a new update to correct it');
END;
CREATE TRIGGER updates_published_kept BEFORE DELETE ON updates WHEN old.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update cannot be deleted');
END;
CREATE TRIGGER updates_review_rules BEFORE UPDATE OF status ON updates
WHEN new.status IN ('approved', 'changes_requested') AND new.status <> old.status BEGIN
    SELECT RAISE(ABORT, 'only a submitted update can be reviewed') WHERE old.status <> 'submitted';
    SELECT RAISE(ABORT, 'nobody approves their own update') WHERE new.approver IS NULL OR new.approver = old.author;
    SELECT RAISE(ABORT, 'only a team lead can approve updates')
    WHERE coalesce((SELECT role FROM users WHERE name = new.approver), '') NOT IN ('lead', 'admin');
END;
CREATE TRIGGER updates_publish_rules BEFORE UPDATE OF status ON updates
WHEN new.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'only an approved update can be published') WHERE old.status <> 'approved';
END;
CREATE TRIGGER update_bodies_frozen_insert BEFORE INSERT ON update_bodies
WHEN (SELECT status FROM updates WHERE id = new.update_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update never changes');
END;
CREATE TRIGGER update_bodies_frozen_update BEFORE UPDATE ON update_bodies
WHEN (SELECT status FROM updates WHERE id = old.update_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update never changes');
END;
CREATE TRIGGER update_bodies_frozen_delete BEFORE DELETE ON update_bodies
WHEN (SELECT status FROM updates WHERE id = old.update_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update never changes');
END;

-- Change feed for live sync: one change_log row per changed row.
CREATE TRIGGER users_changes_insert AFTER INSERT ON users BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'users', new.id, 'insert');
END;
CREATE TRIGGER users_changes_update AFTER UPDATE ON users BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'users', new.id, 'update');
END;
CREATE TRIGGER users_changes_delete AFTER DELETE ON users BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'users', old.id, 'delete');
END;
CREATE TRIGGER services_changes_insert AFTER INSERT ON services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', new.id, 'insert');
END;
CREATE TRIGGER services_changes_update AFTER UPDATE ON services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', new.id, 'update');
END;
CREATE TRIGGER services_changes_delete AFTER DELETE ON services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'services', old.id, 'delete');
END;
CREATE TRIGGER incidents_changes_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', new.id, 'insert');
END;
CREATE TRIGGER incidents_changes_update AFTER UPDATE ON incidents BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', new.id, 'update');
END;
CREATE TRIGGER incidents_changes_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incidents', old.id, 'delete');
END;
CREATE TRIGGER incident_services_changes_insert AFTER INSERT ON incident_services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_services', new.incident_id, 'insert');
END;
CREATE TRIGGER incident_services_changes_update AFTER UPDATE ON incident_services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_services', new.incident_id, 'update');
END;
CREATE TRIGGER incident_services_changes_delete AFTER DELETE ON incident_services BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'incident_services', old.incident_id, 'delete');
END;
CREATE TRIGGER preventive_actions_changes_insert AFTER INSERT ON preventive_actions BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'preventive_actions', new.id, 'insert');
END;
CREATE TRIGGER preventive_actions_changes_update AFTER UPDATE ON preventive_actions BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'preventive_actions', new.id, 'update');
END;
CREATE TRIGGER preventive_actions_changes_delete AFTER DELETE ON preventive_actions BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'preventive_actions', old.id, 'delete');
END;
CREATE TRIGGER reports_changes_insert AFTER INSERT ON reports BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'reports', new.id, 'insert');
END;
CREATE TRIGGER reports_changes_update AFTER UPDATE ON reports BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'reports', new.id, 'update');
END;
CREATE TRIGGER reports_changes_delete AFTER DELETE ON reports BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'reports', old.id, 'delete');
END;
CREATE TRIGGER updates_changes_insert AFTER INSERT ON updates BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'updates', new.id, 'insert');
END;
CREATE TRIGGER updates_changes_update AFTER UPDATE ON updates BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'updates', new.id, 'update');
END;
CREATE TRIGGER updates_changes_delete AFTER DELETE ON updates BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'updates', old.id, 'delete');
END;
CREATE TRIGGER update_bodies_changes_insert AFTER INSERT ON update_bodies BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'update_bodies', new.update_id, 'insert');
END;
CREATE TRIGGER update_bodies_changes_update AFTER UPDATE ON update_bodies BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'update_bodies', new.update_id, 'update');
END;
CREATE TRIGGER update_bodies_changes_delete AFTER DELETE ON update_bodies BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'update_bodies', old.update_id, 'delete');
END;
