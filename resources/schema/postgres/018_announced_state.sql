-- What each published update announced (issue 16): the incident's state when it was published,
-- shown next to the update on the Help Center ("Update · Identified"). The database stamps it in
-- the same statement that publishes: nobody sets or changes it by hand.
ALTER TABLE updates ADD COLUMN announced_state text
    CHECK (announced_state IN ('reported', 'acknowledged', 'investigating', 'identified', 'monitoring', 'resolved',
                               'reviewed', 'closed'));

-- Updates published before this column: what their kind says, where it says anything.
UPDATE updates SET announced_state = CASE kind WHEN 'acknowledgement' THEN 'acknowledged'
                                               WHEN 'resolution' THEN 'resolved'
                                               WHEN 'postmortem' THEN 'reviewed' END
WHERE status = 'published';

CREATE FUNCTION desk_updates_announced_state() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.status = 'published' AND OLD.status IS DISTINCT FROM 'published' THEN
        -- A resolution announces the end, even when the incident's state moves after it.
        NEW.announced_state := CASE WHEN NEW.kind = 'resolution' THEN 'resolved'
                                    ELSE (SELECT i.state FROM public.incidents i WHERE i.id = NEW.incident_id) END;
    ELSE
        NEW.announced_state := OLD.announced_state;
    END IF;
    RETURN NEW;
END $$;
-- Named to run after updates_guard (triggers of one event fire in name order).
CREATE TRIGGER updates_stamp_announced_state BEFORE UPDATE ON updates
    FOR EACH ROW EXECUTE FUNCTION desk_updates_announced_state();
ALTER FUNCTION desk_updates_announced_state() OWNER TO desk_owner;
REVOKE EXECUTE ON FUNCTION desk_updates_announced_state() FROM PUBLIC;
GRANT UPDATE (announced_state) ON updates TO desk_agent;
