-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who has what open, and whether they are typing in it: a heartbeat per workstation and thing.
CREATE TABLE presence (
    workstation  TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER NOT NULL,
    activity     TEXT NOT NULL CHECK (activity IN ('viewing', 'editing')),
    heartbeat_at INTEGER NOT NULL,
    PRIMARY KEY (workstation, entity, entity_id)
);
CREATE INDEX presence_entity ON presence (entity, entity_id);

CREATE TRIGGER presence_changes_insert AFTER INSERT ON presence BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'presence', new.entity_id, 'insert');
END;
CREATE TRIGGER presence_changes_update AFTER UPDATE OF activity ON presence WHEN old.activity <> new.activity BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'presence', new.entity_id, 'update');
END;
CREATE TRIGGER presence_changes_delete AFTER DELETE ON presence BEGIN
    INSERT INTO change_log (at, table_name, row_id, op) VALUES (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'presence', old.entity_id, 'delete');
END;

-- Operations replayed from a workstation's offline outbox, by idempotency key: each is applied
-- once, however often it is sent.
CREATE TABLE applied_operations (
    key        TEXT PRIMARY KEY,
    applied_at INTEGER NOT NULL,
    actor      TEXT NOT NULL
);
