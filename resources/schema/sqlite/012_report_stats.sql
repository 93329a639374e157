-- An incident's reports in figures (issue 15): how many, from how many customers, how many were
-- told of the resolution and when the last of them was, and the first report (when, in which
-- language). Kept by the database as reports are linked, moved, edited and removed, so that a
-- year of metrics reads one row per incident instead of a million reports.
--
-- Customers are told apart by their reference, else by their e-mail address; a report with
-- neither is a customer of its own (counted in `anonymous`). `incident_customers` holds how many
-- reports each known customer sent about the incident, so the distinct count can go down again.
CREATE TABLE incident_report_stats (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
    reports INTEGER NOT NULL DEFAULT 0,
    anonymous INTEGER NOT NULL DEFAULT 0,
    known_customers INTEGER NOT NULL DEFAULT 0,
    confirmed INTEGER NOT NULL DEFAULT 0,
    last_confirmed_at INTEGER,
    first_report_at INTEGER,
    first_report_id INTEGER,
    first_language TEXT
);
CREATE TABLE incident_customers (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    customer TEXT NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (incident_id, customer)
) WITHOUT ROWID;

-- One change of one report, applied by the trigger below: +1 when a report joins an incident (or
-- comes back to it edited), -1 when it leaves. The report triggers only say what changed.
CREATE VIEW report_stats_changes (incident_id, report_id, customer, confirmed, confirmed_at, received_at, language, sign) AS
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;

CREATE TRIGGER report_stats_apply INSTEAD OF INSERT ON report_stats_changes BEGIN
    INSERT OR IGNORE INTO incident_report_stats (incident_id) SELECT new.incident_id WHERE new.sign > 0;
    UPDATE incident_report_stats
    SET reports = reports + new.sign,
        anonymous = anonymous + CASE WHEN new.customer IS NULL THEN new.sign ELSE 0 END,
        confirmed = confirmed + CASE WHEN new.confirmed THEN new.sign ELSE 0 END,
        known_customers = known_customers + CASE
            WHEN new.customer IS NULL THEN 0
            WHEN new.sign > 0 AND NOT EXISTS (SELECT 1 FROM incident_customers c WHERE c.incident_id = new.incident_id
                                                                                AND c.customer = new.customer) THEN 1
            WHEN new.sign < 0 AND (SELECT c.reports FROM incident_customers c WHERE c.incident_id = new.incident_id
                                                                                AND c.customer = new.customer) = 1 THEN -1
            ELSE 0 END
    WHERE incident_id = new.incident_id;
    INSERT INTO incident_customers (incident_id, customer, reports)
    SELECT new.incident_id, new.customer, 1 WHERE new.customer IS NOT NULL AND new.sign > 0
    ON CONFLICT (incident_id, customer) DO UPDATE SET reports = reports + 1;
    UPDATE incident_customers SET reports = reports - 1
    WHERE new.sign < 0 AND incident_id = new.incident_id AND customer = new.customer;
    DELETE FROM incident_customers WHERE new.sign < 0 AND incident_id = new.incident_id AND customer = new.customer
                                         AND reports <= 0;
    -- A report joining: the latest confirmation and the first report can only move its way.
    UPDATE incident_report_stats
    SET last_confirmed_at = CASE WHEN new.confirmed AND new.confirmed_at IS NOT NULL
                                      AND (last_confirmed_at IS NULL OR new.confirmed_at > last_confirmed_at)
                                 THEN new.confirmed_at ELSE last_confirmed_at END,
        first_report_id = CASE WHEN first_report_at IS NULL OR new.received_at < first_report_at
                                    OR (new.received_at = first_report_at AND new.report_id < first_report_id)
                               THEN new.report_id ELSE first_report_id END,
        first_language = CASE WHEN first_report_at IS NULL OR new.received_at < first_report_at
                                   OR (new.received_at = first_report_at AND new.report_id < first_report_id)
                              THEN new.language ELSE first_language END,
        first_report_at = CASE WHEN first_report_at IS NULL OR new.received_at < first_report_at
                               THEN new.received_at ELSE first_report_at END
    WHERE new.sign > 0 AND incident_id = new.incident_id;
    -- A report leaving that held one of them: read again from the incident's remaining reports.
    UPDATE incident_report_stats
    SET last_confirmed_at = (SELECT max(r.confirmed_at) FROM reports r
                             WHERE r.incident_id = new.incident_id AND r.confirmation <> 'none')
    WHERE new.sign < 0 AND incident_id = new.incident_id AND last_confirmed_at = new.confirmed_at;
    UPDATE incident_report_stats
    SET (first_report_at, first_report_id, first_language) =
        (SELECT r.received_at, r.id, r.language FROM reports r WHERE r.incident_id = new.incident_id
         ORDER BY r.received_at, r.id LIMIT 1)
    WHERE new.sign < 0 AND incident_id = new.incident_id AND first_report_id = new.report_id;
END;

CREATE TRIGGER reports_stats_insert AFTER INSERT ON reports WHEN new.incident_id IS NOT NULL BEGIN
    INSERT INTO report_stats_changes
    VALUES (new.incident_id, new.id,
            CASE WHEN new.customer_ref <> '' THEN 'r:' || new.customer_ref
                 WHEN new.customer_email <> '' THEN 'e:' || lower(new.customer_email) END,
            new.confirmation <> 'none', new.confirmed_at, new.received_at, new.language, 1);
END;
CREATE TRIGGER reports_stats_update AFTER UPDATE OF incident_id, customer_ref, customer_email, confirmation,
                                                   confirmed_at, received_at, language ON reports
    WHEN (old.incident_id IS NOT NULL OR new.incident_id IS NOT NULL)
     AND (old.incident_id IS NOT new.incident_id OR old.customer_ref IS NOT new.customer_ref
          OR old.customer_email IS NOT new.customer_email OR old.confirmation IS NOT new.confirmation
          OR old.confirmed_at IS NOT new.confirmed_at OR old.received_at IS NOT new.received_at
          OR old.language IS NOT new.language) BEGIN
    INSERT INTO report_stats_changes
    SELECT old.incident_id, old.id,
           CASE WHEN old.customer_ref <> '' THEN 'r:' || old.customer_ref
                WHEN old.customer_email <> '' THEN 'e:' || lower(old.customer_email) END,
           old.confirmation <> 'none', old.confirmed_at, old.received_at, old.language, -1
    WHERE old.incident_id IS NOT NULL;
    INSERT INTO report_stats_changes
    SELECT new.incident_id, new.id,
           CASE WHEN new.customer_ref <> '' THEN 'r:' || new.customer_ref
                WHEN new.customer_email <> '' THEN 'e:' || lower(new.customer_email) END,
           new.confirmation <> 'none', new.confirmed_at, new.received_at, new.language, 1
    WHERE new.incident_id IS NOT NULL;
END;
CREATE TRIGGER reports_stats_delete AFTER DELETE ON reports WHEN old.incident_id IS NOT NULL BEGIN
    INSERT INTO report_stats_changes
    VALUES (old.incident_id, old.id,
            CASE WHEN old.customer_ref <> '' THEN 'r:' || old.customer_ref
                 WHEN old.customer_email <> '' THEN 'e:' || lower(old.customer_email) END,
            old.confirmation <> 'none', old.confirmed_at, old.received_at, old.language, -1);
END;

-- What is there already.
INSERT INTO incident_customers (incident_id, customer, reports)
SELECT incident_id, customer, count(*)
FROM (SELECT incident_id, CASE WHEN customer_ref <> '' THEN 'r:' || customer_ref
                               WHEN customer_email <> '' THEN 'e:' || lower(customer_email) END AS customer
      FROM reports WHERE incident_id IS NOT NULL)
WHERE customer IS NOT NULL GROUP BY incident_id, customer;
INSERT INTO incident_report_stats (incident_id, reports, anonymous, known_customers, confirmed, last_confirmed_at,
                                   first_report_at, first_report_id, first_language)
SELECT r.incident_id, count(*),
       sum(CASE WHEN r.customer_ref = '' AND r.customer_email = '' THEN 1 ELSE 0 END),
       (SELECT count(*) FROM incident_customers c WHERE c.incident_id = r.incident_id),
       sum(CASE WHEN r.confirmation <> 'none' THEN 1 ELSE 0 END),
       max(CASE WHEN r.confirmation <> 'none' THEN r.confirmed_at END),
       NULL, NULL, NULL
FROM reports r WHERE r.incident_id IS NOT NULL GROUP BY r.incident_id;
UPDATE incident_report_stats
SET (first_report_at, first_report_id, first_language) =
    (SELECT r.received_at, r.id, r.language FROM reports r WHERE r.incident_id = incident_report_stats.incident_id
     ORDER BY r.received_at, r.id LIMIT 1);
