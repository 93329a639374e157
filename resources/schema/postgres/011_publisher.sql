-- The publishing service's role (issue 14): it sends the publication jobs leads created, with
-- nobody's desktop open. It reads what the Help Center shows (incidents, their published updates,
-- services) and the change feed, and it moves jobs along and records what it uploaded; it never
-- creates a job, approves or publishes an update, or reads customers' reports.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_publisher') THEN
        CREATE ROLE desk_publisher NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;

CREATE FUNCTION desk_is_publisher() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, 'desk_publisher', 'MEMBER') $$;
ALTER FUNCTION desk_is_publisher() OWNER TO desk_owner;

CREATE OR REPLACE FUNCTION desk_publication_jobs_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Leads create and change jobs; the publishing service only moves them along.
    IF NOT public.desk_is_lead() AND NOT public.desk_is_superuser()
       AND NOT (TG_OP = 'UPDATE' AND public.desk_is_publisher()) THEN
        RAISE EXCEPTION 'only a team lead can publish updates' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' AND (SELECT u.status FROM public.updates u WHERE u.id = NEW.update_id)
                            IS DISTINCT FROM 'published' THEN
        RAISE EXCEPTION 'only a published update is sent to the publication targets'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.update_id <> OLD.update_id OR NEW.target_id <> OLD.target_id
                             OR NEW.idempotency_key <> OLD.idempotency_key OR NEW.created_at <> OLD.created_at) THEN
        RAISE EXCEPTION 'a publication job keeps its update, target and idempotency key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

GRANT SELECT ON incidents, incident_services, preventive_actions, updates, update_bodies, services, publication_targets,
    publication_jobs, published_files, publication_remote_objects, change_log, schema_migrations TO desk_publisher;
GRANT UPDATE (state, attempts, next_attempt_at, last_error, remote_id, remote_url, updated_at, version)
    ON publication_jobs TO desk_publisher;
GRANT INSERT, UPDATE, DELETE ON published_files TO desk_publisher;
GRANT INSERT, UPDATE ON publication_remote_objects TO desk_publisher;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk_publisher;
GRANT EXECUTE ON FUNCTION desk_now_ms(), desk_is_lead(), desk_is_admin(), desk_is_superuser(), desk_is_publisher()
    TO desk_publisher;
