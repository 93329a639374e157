-- A reviewed incident's Help Center page shows its root cause and each preventive action's state
-- (issue 15). When the incident is reviewed, and when they change afterwards, the pages go out
-- again by themselves: the change asks every Help Center target for a refresh, which the publication runner carries out
-- (render, upload) and then removes — unless something changed again meanwhile (requested_at).
CREATE TABLE site_refreshes (
    incident_id     INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    target_id       INTEGER NOT NULL REFERENCES publication_targets (id) ON DELETE CASCADE,
    requested_at    INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    claimed_by      TEXT,
    claim_until     INTEGER,
    PRIMARY KEY (incident_id, target_id)
);

CREATE VIEW site_refresh_requests (incident_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER site_refresh_request INSTEAD OF INSERT ON site_refresh_requests BEGIN
    INSERT INTO site_refreshes (incident_id, target_id, requested_at)
    SELECT i.id, t.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM incidents i JOIN publication_targets t ON t.kind = 'helpcenter' AND t.enabled
    WHERE i.id = new.incident_id AND i.state IN ('reviewed', 'closed')
      AND EXISTS (SELECT 1 FROM updates u WHERE u.incident_id = i.id AND u.status = 'published')
    ON CONFLICT (incident_id, target_id) DO UPDATE
        SET requested_at = max(excluded.requested_at, requested_at + 1), attempts = 0, next_attempt_at = NULL,
            last_error = '';
END;

CREATE TRIGGER preventive_actions_site_insert AFTER INSERT ON preventive_actions BEGIN
    INSERT INTO site_refresh_requests VALUES (new.incident_id);
END;
CREATE TRIGGER preventive_actions_site_update AFTER UPDATE ON preventive_actions
    WHEN old.description IS NOT new.description OR old.due_date IS NOT new.due_date OR old.done IS NOT new.done BEGIN
    INSERT INTO site_refresh_requests VALUES (new.incident_id);
END;
CREATE TRIGGER preventive_actions_site_delete AFTER DELETE ON preventive_actions BEGIN
    INSERT INTO site_refresh_requests VALUES (old.incident_id);
END;
CREATE TRIGGER incidents_site_review AFTER UPDATE OF root_cause, state ON incidents
    WHEN old.root_cause IS NOT new.root_cause OR old.state IS NOT new.state BEGIN
    INSERT INTO site_refresh_requests VALUES (new.id);
END;
