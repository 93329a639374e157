-- Measured on delivery (issue 15): an update counts for the daily promise from the moment the Help
-- Center confirmed it, not from the lead's click. A publication job records when it was done, once; an update is delivered when every Help Center job
-- it has is done (the last of them), or, with no Help Center job at all (no such target), when it
-- was published. The incident keeps the last delivery as its cadence clock (and how many published updates have not landed), recomputed by the
-- database whenever a job or a publication changes, so no client can move it.
ALTER TABLE publication_jobs ADD COLUMN delivered_at bigint;
UPDATE publication_jobs SET delivered_at = updated_at WHERE state = 'done';
ALTER TABLE incidents ADD COLUMN last_delivered_at bigint;
ALTER TABLE incidents ADD COLUMN undelivered_updates integer NOT NULL DEFAULT 0;

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
ALTER VIEW update_deliveries OWNER TO desk_owner;
GRANT SELECT ON update_deliveries TO desk_agent, desk_publisher, desk_mailer;

CREATE INDEX publication_jobs_update ON publication_jobs (update_id);

-- A job's delivery time is set once, when it becomes done (the sender's clock, as for an incident's
-- milestones, or the database's when the statement gives none), and kept afterwards.
CREATE FUNCTION desk_publication_jobs_delivered() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.desk_is_superuser() THEN
        RETURN NEW; -- history and demo data bring their own times
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.delivered_at IS NOT NULL THEN
        NEW.delivered_at := OLD.delivered_at;
    ELSIF NEW.state = 'done' THEN
        NEW.delivered_at := coalesce(NEW.delivered_at, public.desk_now_ms());
    ELSE
        NEW.delivered_at := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER publication_jobs_delivered BEFORE INSERT OR UPDATE ON publication_jobs
    FOR EACH ROW EXECUTE FUNCTION desk_publication_jobs_delivered();

-- The incident's cadence clock, computed, never taken from a statement.
CREATE FUNCTION desk_incidents_delivery() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.last_delivered_at := NULL;
        NEW.undelivered_updates := 0;
    ELSE
        SELECT max(d.delivered_at), count(*) FILTER (WHERE d.delivered_at IS NULL)
        INTO NEW.last_delivered_at, NEW.undelivered_updates
        FROM public.update_deliveries d WHERE d.incident_id = NEW.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER incidents_delivery BEFORE INSERT OR UPDATE ON incidents
    FOR EACH ROW EXECUTE FUNCTION desk_incidents_delivery();

-- A job created or moved along touches its incident, whose clock is then computed again.
CREATE FUNCTION desk_publication_jobs_touch_incident() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    incident bigint := (SELECT u.incident_id FROM public.updates u WHERE u.id = NEW.update_id);
    delivered bigint;
    undelivered integer;
BEGIN
    SELECT max(d.delivered_at), count(*) FILTER (WHERE d.delivered_at IS NULL)
    INTO delivered, undelivered FROM public.update_deliveries d WHERE d.incident_id = incident;
    UPDATE public.incidents i SET last_delivered_at = delivered
    WHERE i.id = incident
      AND (i.last_delivered_at IS DISTINCT FROM delivered OR i.undelivered_updates IS DISTINCT FROM undelivered);
    RETURN NULL;
END $$;
CREATE TRIGGER publication_jobs_touch_incident AFTER INSERT OR UPDATE OF state, delivered_at ON publication_jobs
    FOR EACH ROW EXECUTE FUNCTION desk_publication_jobs_touch_incident();

-- The clock is bookkeeping: moving it is not an edit of the incident in the audit log.
CREATE OR REPLACE FUNCTION desk_changed(old_row jsonb, new_row jsonb, OUT before jsonb, OUT after jsonb) LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
SELECT coalesce(jsonb_object_agg(k, old_row -> k) FILTER (WHERE old_row ? k), '{}'::jsonb),
       coalesce(jsonb_object_agg(k, new_row -> k) FILTER (WHERE new_row ? k), '{}'::jsonb)
FROM (SELECT k FROM jsonb_object_keys(coalesce(new_row, '{}'::jsonb) || coalesce(old_row, '{}'::jsonb)) AS k
      WHERE k NOT IN ('version', 'updated_at', 'search', 'body', 'subject', 'last_delivered_at', 'undelivered_updates')
        AND (old_row -> k) IS DISTINCT FROM (new_row -> k)) AS changed
$$;

UPDATE incidents SET last_delivered_at = NULL; -- computed by the trigger

GRANT UPDATE (delivered_at) ON publication_jobs TO desk_publisher;
ALTER FUNCTION desk_publication_jobs_delivered() OWNER TO desk_owner;
ALTER FUNCTION desk_incidents_delivery() OWNER TO desk_owner;
ALTER FUNCTION desk_publication_jobs_touch_incident() OWNER TO desk_owner;
ALTER FUNCTION desk_changed(jsonb, jsonb) OWNER TO desk_owner;

-- The metrics read an incident's reports (first one, language, customers, confirmations) from
-- this index alone, never the reports' text; and an incident's published updates by their own index.
CREATE INDEX reports_incident_received ON reports (incident_id, received_at)
    INCLUDE (customer_ref, customer_email, confirmation, confirmed_at, language) WHERE incident_id IS NOT NULL;
CREATE INDEX updates_incident_status ON updates (incident_id, status);
