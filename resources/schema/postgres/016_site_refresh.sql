-- A reviewed incident's Help Center page shows its root cause and each preventive action's state
-- (issue 15). When the incident is reviewed, and when they change afterwards, the pages go out
-- again by themselves: the change asks every Help Center target for a refresh, which the publication runner carries out
-- (render, upload) and then removes — unless something changed again meanwhile (requested_at).
-- Only the database asks; the publishing service carries out and removes.
CREATE TABLE site_refreshes (
    incident_id     bigint NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    target_id       bigint NOT NULL REFERENCES publication_targets (id) ON DELETE CASCADE,
    requested_at    bigint NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at bigint,
    last_error      text NOT NULL DEFAULT '',
    claimed_by      text,
    claim_until     bigint,
    PRIMARY KEY (incident_id, target_id)
);

CREATE FUNCTION desk_site_refresh_request() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    incident bigint;
BEGIN
    IF TG_TABLE_NAME = 'incidents' THEN
        incident := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        incident := OLD.incident_id;
    ELSE
        incident := NEW.incident_id;
    END IF;
    INSERT INTO public.site_refreshes AS s (incident_id, target_id, requested_at)
    SELECT i.id, t.id, public.desk_now_ms()
    FROM public.incidents i JOIN public.publication_targets t ON t.kind = 'helpcenter' AND t.enabled
    WHERE i.id = incident AND i.state IN ('reviewed', 'closed')
      AND EXISTS (SELECT FROM public.updates u WHERE u.incident_id = i.id AND u.status = 'published')
    ON CONFLICT (incident_id, target_id) DO UPDATE
        SET requested_at = greatest(EXCLUDED.requested_at, s.requested_at + 1), attempts = 0, next_attempt_at = NULL,
            last_error = '';
    RETURN NULL;
END $$;
CREATE TRIGGER preventive_actions_site AFTER INSERT OR DELETE ON preventive_actions
    FOR EACH ROW EXECUTE FUNCTION desk_site_refresh_request();
CREATE TRIGGER preventive_actions_site_update AFTER UPDATE ON preventive_actions
    FOR EACH ROW WHEN ((OLD.description, OLD.due_date, OLD.done) IS DISTINCT FROM (NEW.description, NEW.due_date, NEW.done))
    EXECUTE FUNCTION desk_site_refresh_request();
CREATE TRIGGER incidents_site_review AFTER UPDATE OF root_cause, state ON incidents
    FOR EACH ROW WHEN (OLD.root_cause IS DISTINCT FROM NEW.root_cause OR OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION desk_site_refresh_request();

ALTER TABLE site_refreshes OWNER TO desk_owner;
ALTER FUNCTION desk_site_refresh_request() OWNER TO desk_owner;
REVOKE ALL ON site_refreshes FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION desk_site_refresh_request() FROM PUBLIC;
GRANT SELECT ON site_refreshes TO desk_agent;
-- The runner (the publishing service, or a lead's workstation) claims, reports and removes.
GRANT SELECT, DELETE ON site_refreshes TO desk_publisher, desk_lead;
GRANT UPDATE (attempts, next_attempt_at, last_error, claimed_by, claim_until) ON site_refreshes TO desk_publisher, desk_lead;
