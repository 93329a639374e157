-- Measured on delivery (issue 15): an update counts for the daily promise from the moment the Help
-- Center confirmed it, not from the lead's click. A publication job records when it was done; an
-- update is delivered when every Help Center job it has is done (the last of them), or, with no
-- Help Center job at all (no such target), when it was published. The incident keeps the last
-- delivery as its cadence clock (and how many published updates have not landed), recomputed whenever a job or a publication changes.
ALTER TABLE publication_jobs ADD COLUMN delivered_at INTEGER;
UPDATE publication_jobs SET delivered_at = updated_at WHERE state = 'done';
ALTER TABLE incidents ADD COLUMN last_delivered_at INTEGER;
ALTER TABLE incidents ADD COLUMN undelivered_updates INTEGER NOT NULL DEFAULT 0;

CREATE VIEW update_deliveries AS
SELECT u.id AS update_id, u.incident_id, u.kind, u.published_at,
       CASE
           WHEN NOT EXISTS (SELECT 1 FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id
                            WHERE j.update_id = u.id AND t.kind = 'helpcenter') THEN u.published_at
           WHEN EXISTS (SELECT 1 FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id
                        WHERE j.update_id = u.id AND t.kind = 'helpcenter' AND j.state NOT IN ('done', 'cancelled'))
               THEN NULL
           ELSE (SELECT max(j.delivered_at) FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id
                 WHERE j.update_id = u.id AND t.kind = 'helpcenter' AND j.state = 'done')
       END AS delivered_at,
       EXISTS (SELECT 1 FROM publication_jobs j JOIN publication_targets t ON t.id = j.target_id
               WHERE j.update_id = u.id AND t.kind = 'helpcenter') AS via_help_center
FROM updates u
WHERE u.status = 'published';

UPDATE incidents SET last_delivered_at = (SELECT max(d.delivered_at) FROM update_deliveries d
                                          WHERE d.incident_id = incidents.id),
                     undelivered_updates = (SELECT count(*) FROM update_deliveries d
                                            WHERE d.incident_id = incidents.id AND d.delivered_at IS NULL);

CREATE TRIGGER publication_jobs_delivery_insert AFTER INSERT ON publication_jobs BEGIN
    UPDATE incidents SET last_delivered_at = (SELECT max(d.delivered_at) FROM update_deliveries d
                                              WHERE d.incident_id = incidents.id),
                         undelivered_updates = (SELECT count(*) FROM update_deliveries d
                                                WHERE d.incident_id = incidents.id AND d.delivered_at IS NULL)
    WHERE id = (SELECT incident_id FROM updates WHERE id = new.update_id);
END;
CREATE TRIGGER publication_jobs_delivery_update AFTER UPDATE OF state, delivered_at ON publication_jobs BEGIN
    UPDATE incidents SET last_delivered_at = (SELECT max(d.delivered_at) FROM update_deliveries d
                                              WHERE d.incident_id = incidents.id),
                         undelivered_updates = (SELECT count(*) FROM update_deliveries d
                                                WHERE d.incident_id = incidents.id AND d.delivered_at IS NULL)
    WHERE id = (SELECT incident_id FROM updates WHERE id = new.update_id);
END;
CREATE TRIGGER updates_delivery AFTER UPDATE OF status ON updates WHEN new.status = 'published' BEGIN
    UPDATE incidents SET last_delivered_at = (SELECT max(d.delivered_at) FROM update_deliveries d
                                              WHERE d.incident_id = incidents.id),
                         undelivered_updates = (SELECT count(*) FROM update_deliveries d
                                                WHERE d.incident_id = incidents.id AND d.delivered_at IS NULL)
    WHERE id = new.incident_id;
END;
CREATE INDEX publication_jobs_update ON publication_jobs (update_id);

-- The metrics read an incident's reports (first one, language, customers, confirmations) from
-- this index alone, never the reports' text; and an incident's published updates by their own index
-- (not every published update by status, which made each delivery read them all).
CREATE INDEX reports_incident_received ON reports (incident_id, received_at, customer_ref, customer_email,
                                                   confirmation, confirmed_at, language) WHERE incident_id IS NOT NULL;
CREATE INDEX updates_incident_status ON updates (incident_id, status);
