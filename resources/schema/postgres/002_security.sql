-- SPDX-License-Identifier: GPL-3.0-or-later
-- Group roles, grants and the triggers that keep the policy's rules even against a modified
-- client: only a lead reviews or publishes, nobody reviews their own update, the author is the
-- logged-in role, and published updates never change.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_agent') THEN
        CREATE ROLE desk_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_lead') THEN
        CREATE ROLE desk_lead NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_admin') THEN
        CREATE ROLE desk_admin NOLOGIN;
    END IF;
END $$;
GRANT desk_agent TO desk_lead;
GRANT desk_lead TO desk_admin;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO desk_agent;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_agent;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO desk_agent;
GRANT INSERT, UPDATE ON reports, incidents, updates, update_bodies, counters TO desk_agent;
GRANT INSERT, UPDATE, DELETE ON incident_services, preventive_actions TO desk_agent;
GRANT DELETE ON updates, update_bodies TO desk_agent;
GRANT INSERT ON audit_log TO desk_agent;
GRANT UPDATE ON services TO desk_lead;
GRANT INSERT, UPDATE ON users, services TO desk_admin;

CREATE FUNCTION desk_is_lead() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(current_user, 'desk_lead', 'MEMBER') $$;

CREATE FUNCTION desk_updates_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.author := current_user;
        IF NEW.status NOT IN ('draft', 'submitted') THEN
            RAISE EXCEPTION 'a new update starts as a draft' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.approver := NULL;
        RETURN NEW;
    END IF;
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published update never changes: write a new update to correct it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.author IS DISTINCT FROM OLD.author THEN
        RAISE EXCEPTION 'the author of an update cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NEW.status IN ('approved', 'changes_requested') THEN
            IF NOT desk_is_lead() THEN
                RAISE EXCEPTION 'only a team lead can review updates' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status <> 'submitted' THEN
                RAISE EXCEPTION 'only a submitted update can be reviewed' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.author = current_user THEN
                RAISE EXCEPTION 'nobody approves their own update' USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approver := current_user;
        ELSIF NEW.status = 'published' THEN
            IF NOT desk_is_lead() THEN
                RAISE EXCEPTION 'only a team lead can publish updates' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status <> 'approved' THEN
                RAISE EXCEPTION 'only an approved update can be published' USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            NEW.approver := OLD.approver;
        END IF;
    ELSIF NEW.approver IS DISTINCT FROM OLD.approver THEN
        RAISE EXCEPTION 'the approver is set by the review itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER updates_guard BEFORE INSERT OR UPDATE OR DELETE ON updates
    FOR EACH ROW EXECUTE FUNCTION desk_updates_guard();

CREATE FUNCTION desk_update_bodies_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.update_id ELSE NEW.update_id END;
BEGIN
    IF (SELECT status FROM updates WHERE id = parent) = 'published' THEN
        RAISE EXCEPTION 'a published update never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER update_bodies_guard BEFORE INSERT OR UPDATE OR DELETE ON update_bodies
    FOR EACH ROW EXECUTE FUNCTION desk_update_bodies_guard();
