-- SPDX-License-Identifier: GPL-3.0-or-later
-- The database keeps the policy against any SQL a logged-in person can run (design and threat
-- model: README.md in this folder). In short:
--   * every object belongs to desk_owner, a NOLOGIN role that nobody logs in as;
--   * the person is session_user (SET ROLE to a group role proves nothing);
--   * privileged code is SECURITY DEFINER with search_path = pg_catalog, public, pg_temp, so a
--     temporary table or view never stands in for a real one;
--   * guards (BEFORE triggers) keep the update workflow, the lifecycle, claims and counters;
--   * the audit log is written by AFTER triggers only, chained through one head row;
--   * the change log records the writing transaction, so readers can follow commits.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_owner') THEN
        CREATE ROLE desk_owner NOLOGIN NOINHERIT;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- another database of this cluster made it at the same moment
END $$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_now_ms(), desk_report_document(text, text, text) TO desk_agent;
-- pg_trgm's functions stay usable by everyone (the similarity search of the triage queue).
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
             JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'pg_trgm' LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', f.sig);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Identity

CREATE OR REPLACE FUNCTION desk_is_lead() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, 'desk_lead', 'MEMBER') $$;
CREATE FUNCTION desk_is_admin() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, 'desk_admin', 'MEMBER') $$;
-- A superuser can switch triggers off anyway; the guards let them (db init, demo data, bulk
-- maintenance, the test harness) write history as it was, and the audit log still records it.
CREATE FUNCTION desk_is_superuser() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false) $$;
GRANT EXECUTE ON FUNCTION desk_is_lead(), desk_is_admin(), desk_is_superuser() TO desk_agent;

-- ---------------------------------------------------------------------------------------------
-- Grants as narrow as the client needs

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM desk_agent, desk_lead, desk_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_agent;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO desk_agent;
REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA public FROM desk_agent, desk_lead, desk_admin;

GRANT INSERT ON reports TO desk_agent;
GRANT UPDATE (status, incident_id, duplicate_of, claimed_by, claim_until, confirmation, confirmed_at, updated_at,
              version) ON reports TO desk_agent;
GRANT INSERT ON incidents TO desk_agent;
GRANT UPDATE (title, description, impact_summary, user_journeys, workaround, impact_level, state, owner,
              cadence_minutes, acknowledged_at, resolved_at, reviewed_at, closed_at, last_published_at, root_cause,
              updated_at, version) ON incidents TO desk_agent;
GRANT INSERT, DELETE ON incident_services TO desk_agent;
GRANT INSERT, UPDATE, DELETE ON preventive_actions TO desk_agent;
GRANT INSERT, DELETE ON updates TO desk_agent;
GRANT UPDATE (incident_id, kind, status, approver, review_comment, submitted_at, decided_at, published_at,
              updated_at, version) ON updates TO desk_agent;
GRANT INSERT, UPDATE, DELETE ON update_bodies TO desk_agent;
GRANT INSERT, UPDATE ON counters TO desk_agent;
GRANT INSERT, UPDATE, DELETE ON presence TO desk_agent;
GRANT INSERT ON applied_operations TO desk_agent;
GRANT UPDATE (status, updated_at, version) ON services TO desk_lead;
GRANT INSERT, UPDATE ON publication_jobs TO desk_lead;
GRANT INSERT, UPDATE, DELETE ON published_files TO desk_lead;
GRANT INSERT, UPDATE ON publication_remote_objects TO desk_lead;
GRANT INSERT, UPDATE ON users, services, publication_targets TO desk_admin;
-- audit_log, change_log, schema_migrations: written by the database only.

-- ---------------------------------------------------------------------------------------------
-- Presence and replayed operations belong to their user

ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY presence_read ON presence FOR SELECT USING (true);
CREATE POLICY presence_own ON presence FOR ALL USING (user_name = session_user) WITH CHECK (user_name = session_user);
ALTER TABLE applied_operations ENABLE ROW LEVEL SECURITY;
CREATE POLICY applied_operations_read ON applied_operations FOR SELECT USING (true);
CREATE POLICY applied_operations_own ON applied_operations FOR INSERT WITH CHECK (actor = session_user);
ALTER TABLE applied_operations ALTER COLUMN actor SET DEFAULT session_user;

CREATE OR REPLACE FUNCTION desk_presence_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.user_name := session_user;
    RETURN NEW;
END $$;

CREATE FUNCTION desk_applied_operations_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.actor := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER applied_operations_guard BEFORE INSERT ON applied_operations
    FOR EACH ROW EXECUTE FUNCTION desk_applied_operations_guard();

-- ---------------------------------------------------------------------------------------------
-- Secrets are in no table: the users' passwords are PostgreSQL's own, a target's secret is in
-- the keychain of the workstation or the service's credentials.

CREATE FUNCTION desk_no_secrets() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    k text;
BEGIN
    IF TG_TABLE_NAME = 'users' THEN
        IF NEW.password_hash IS NOT NULL AND NEW.password_hash <> '' THEN
            RAISE EXCEPTION 'passwords are not kept in the users table on PostgreSQL: each person has a login role'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    BEGIN
        FOR k IN SELECT jsonb_object_keys(NEW.config::jsonb) LOOP
            IF k ~* '(password|secret|token|api_?key|credential)' THEN
                RAISE EXCEPTION 'a target''s settings cannot hold a secret (%): it belongs in the keychain', k
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'a target''s settings must be a JSON object' USING ERRCODE = 'check_violation';
    END;
    RETURN NEW;
END $$;
CREATE TRIGGER users_no_secrets BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION desk_no_secrets();
CREATE TRIGGER publication_targets_no_secrets BEFORE INSERT OR UPDATE ON publication_targets
    FOR EACH ROW EXECUTE FUNCTION desk_no_secrets();

-- ---------------------------------------------------------------------------------------------
-- Counters only go forward; references never collide (UNIQUE) nor get reused.

CREATE FUNCTION desk_counters_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.desk_is_superuser() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.value <> 1 THEN
            RAISE EXCEPTION 'a counter starts at 1' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.name <> OLD.name OR NEW.value <> OLD.value + 1 THEN
        RAISE EXCEPTION 'a counter only moves forward by one' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER counters_guard BEFORE INSERT OR UPDATE ON counters FOR EACH ROW EXECUTE FUNCTION desk_counters_guard();

-- ---------------------------------------------------------------------------------------------
-- Reports: what the customer wrote never changes; claims belong to whoever holds them.

CREATE FUNCTION desk_reports_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    now_ms bigint := public.desk_now_ms();
    max_lease constant bigint := 8 * 3600 * 1000;
BEGIN
    IF public.desk_is_superuser() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.claimed_by IS NOT NULL AND NEW.claimed_by <> session_user THEN
            RAISE EXCEPTION 'nobody claims a report in another person''s name' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.confirmation <> 'none' OR NEW.confirmed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new report has not been confirmed yet' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    -- A live claim of someone else's: hands off.
    IF OLD.claimed_by IS NOT NULL AND OLD.claimed_by <> session_user AND OLD.claim_until >= now_ms
       AND (NEW.claimed_by IS DISTINCT FROM OLD.claimed_by OR NEW.status IS DISTINCT FROM OLD.status
            OR NEW.incident_id IS DISTINCT FROM OLD.incident_id OR NEW.claim_until IS DISTINCT FROM OLD.claim_until)
       AND NOT (OLD.status = 'linked' AND NEW.status IN ('linked', 'new') AND NEW.claimed_by IS NULL) THEN
        RAISE EXCEPTION '% holds a live claim on this report until the server''s clock says otherwise', OLD.claimed_by
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.claimed_by IS NOT NULL AND NEW.claimed_by IS DISTINCT FROM OLD.claimed_by AND NEW.claimed_by <> session_user THEN
        RAISE EXCEPTION 'nobody claims a report in another person''s name' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.claimed_by IS NOT NULL AND (NEW.claim_until IS NULL OR NEW.claim_until > now_ms + max_lease) THEN
        NEW.claim_until := now_ms + max_lease; -- the lease is the server's to judge
    END IF;
    IF NEW.confirmation IS DISTINCT FROM OLD.confirmation OR NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at THEN
        -- Exporting (again) or sending a confirmation: forward only, and only for an incident the
        -- customers were told about.
        IF NEW.confirmation = 'none' OR NEW.confirmed_at IS NULL
           OR (OLD.confirmation = 'sent' AND NEW.confirmation <> 'sent') THEN
            RAISE EXCEPTION 'a report''s confirmation only moves forward (none, exported, sent), with its time'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT FROM public.incidents i WHERE i.id = NEW.incident_id AND i.state <> 'reported') THEN
            RAISE EXCEPTION 'only a report of an acknowledged incident is confirmed' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER reports_guard BEFORE INSERT OR UPDATE ON reports FOR EACH ROW EXECUTE FUNCTION desk_reports_guard();

-- ---------------------------------------------------------------------------------------------
-- Incidents follow the lifecycle (app/domain/lifecycle.cpp in SQL); milestones and the cadence
-- clock move only through their operations.

CREATE FUNCTION desk_lifecycle_allows(from_state text, to_state text) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT CASE from_state
       WHEN 'reported' THEN to_state IN ('acknowledged')
       WHEN 'acknowledged' THEN to_state IN ('investigating', 'identified', 'monitoring', 'resolved')
       WHEN 'investigating' THEN to_state IN ('identified', 'monitoring', 'resolved')
       WHEN 'identified' THEN to_state IN ('investigating', 'monitoring', 'resolved')
       WHEN 'monitoring' THEN to_state IN ('investigating', 'identified', 'resolved')
       WHEN 'resolved' THEN to_state IN ('investigating', 'reviewed')
       WHEN 'reviewed' THEN to_state IN ('closed')
       ELSE false END $$;
GRANT EXECUTE ON FUNCTION desk_lifecycle_allows(text, text) TO desk_agent;

CREATE FUNCTION desk_incidents_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    milestone record;
BEGIN
    IF public.desk_is_superuser() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'reported' OR NEW.acknowledged_at IS NOT NULL OR NEW.resolved_at IS NOT NULL
           OR NEW.reviewed_at IS NOT NULL OR NEW.closed_at IS NOT NULL OR NEW.last_published_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new incident starts as reported, with no milestone and nothing published'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.reference !~ '^INC-[0-9]{4}-[0-9]{4,}$' THEN
            RAISE EXCEPTION 'an incident reference looks like INC-2026-0042' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state THEN
        IF NOT public.desk_lifecycle_allows(OLD.state, NEW.state) THEN
            RAISE EXCEPTION 'an incident cannot go from % to %', OLD.state, NEW.state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.state = 'acknowledged' AND NOT EXISTS (
               SELECT FROM public.updates u WHERE u.incident_id = NEW.id AND u.kind = 'acknowledgement'
               AND u.status IN ('submitted', 'approved', 'published')) THEN
            RAISE EXCEPTION 'write and submit the acknowledgement update before acknowledging the incident'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.state = 'resolved' AND NOT EXISTS (
               SELECT FROM public.updates u WHERE u.incident_id = NEW.id AND u.kind = 'resolution'
               AND u.status IN ('submitted', 'approved', 'published')) THEN
            RAISE EXCEPTION 'write and submit the resolution update before resolving the incident'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.state = 'reviewed' AND btrim(NEW.root_cause) = '' THEN
            RAISE EXCEPTION 'record the root cause before marking the incident reviewed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- A milestone is stamped when its state is entered, and only then.
    FOR milestone IN SELECT * FROM (VALUES ('acknowledged', 'acknowledged_at', 'acknowledging'),
                                           ('resolved', 'resolved_at', 'resolving'),
                                           ('reviewed', 'reviewed_at', 'the review'),
                                           ('closed', 'closed_at', 'closing')) AS m (state, col, operation) LOOP
        IF NEW.state IS DISTINCT FROM OLD.state AND NEW.state = milestone.state THEN
            IF to_jsonb(NEW) -> milestone.col = 'null'::jsonb THEN
                NEW := jsonb_populate_record(NEW, jsonb_build_object(milestone.col, public.desk_now_ms()));
            END IF;
        ELSIF (to_jsonb(NEW) -> milestone.col) IS DISTINCT FROM (to_jsonb(OLD) -> milestone.col) THEN
            RAISE EXCEPTION 'the time an incident was % is set by %, and only then',
                milestone.state, milestone.operation USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    IF NEW.reference IS DISTINCT FROM OLD.reference OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'an incident keeps its reference and creation time' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The cadence clock is the last publication, whatever the statement says.
    NEW.last_published_at := (SELECT max(u.published_at) FROM public.updates u
                              WHERE u.incident_id = NEW.id AND u.status = 'published');
    RETURN NEW;
END $$;
CREATE TRIGGER incidents_guard BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION desk_incidents_guard();

-- ---------------------------------------------------------------------------------------------
-- Updates: the four-eyes workflow, and what was approved is what is published.

DROP TRIGGER updates_guard ON updates;
DROP FUNCTION desk_updates_guard();
CREATE FUNCTION desk_updates_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me text := session_user;
BEGIN
    IF TG_OP = 'INSERT' AND public.desk_is_superuser() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.author := me;
        IF NEW.status <> 'draft' THEN
            RAISE EXCEPTION 'a new update starts as a draft' USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.approver := NULL;
        NEW.submitted_at := NULL;
        NEW.decided_at := NULL;
        NEW.published_at := NULL;
        NEW.review_comment := '';
        RETURN NEW;
    END IF;
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published update never changes: write a new update to correct it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF public.desk_is_superuser() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.author <> me AND NOT public.desk_is_lead() THEN
            RAISE EXCEPTION 'only its author or a lead discards an update' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.author IS DISTINCT FROM OLD.author OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'the author of an update cannot change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Moving it or changing its kind is a change of what was reviewed: back to draft.
    IF (NEW.incident_id IS DISTINCT FROM OLD.incident_id OR NEW.kind IS DISTINCT FROM OLD.kind)
       AND OLD.status IN ('submitted', 'approved') AND NEW.status = OLD.status THEN
        NEW.status := 'draft';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NEW.status IN ('approved', 'changes_requested') THEN
            IF NOT public.desk_is_lead() THEN
                RAISE EXCEPTION 'only a team lead can review updates' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status <> 'submitted' THEN
                RAISE EXCEPTION 'only a submitted update can be reviewed' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.author = me THEN
                RAISE EXCEPTION 'nobody approves their own update' USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approver := me;
            NEW.decided_at := coalesce(NEW.decided_at, public.desk_now_ms());
        ELSIF NEW.status = 'published' THEN
            IF NOT public.desk_is_lead() THEN
                RAISE EXCEPTION 'only a team lead can publish updates' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.status <> 'approved' OR OLD.approver IS NULL THEN
                RAISE EXCEPTION 'only an approved update can be published' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.approver = OLD.author OR NOT pg_has_role(OLD.approver, 'desk_lead', 'MEMBER') THEN
                RAISE EXCEPTION 'an update is published only after another lead approved it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approver := OLD.approver;
            NEW.decided_at := OLD.decided_at;
            NEW.published_at := coalesce(NEW.published_at, public.desk_now_ms());
        ELSIF NEW.status = 'submitted' THEN
            IF OLD.status NOT IN ('draft', 'changes_requested') THEN
                RAISE EXCEPTION 'only a draft is submitted' USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approver := NULL;
            NEW.decided_at := NULL;
            NEW.submitted_at := coalesce(NEW.submitted_at, public.desk_now_ms());
        ELSIF NEW.status = 'draft' THEN
            NEW.approver := NULL;
            NEW.decided_at := NULL;
        END IF;
    ELSIF NEW.approver IS DISTINCT FROM OLD.approver OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
          OR NEW.review_comment IS DISTINCT FROM OLD.review_comment THEN
        RAISE EXCEPTION 'the approver is set by the review itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status <> 'published' AND NEW.published_at IS NOT NULL THEN
        RAISE EXCEPTION 'only publishing sets the publication time' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status = OLD.status AND NEW.submitted_at IS DISTINCT FROM OLD.submitted_at THEN
        RAISE EXCEPTION 'only submitting sets the submission time' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER updates_guard BEFORE INSERT OR UPDATE OR DELETE ON updates
    FOR EACH ROW EXECUTE FUNCTION desk_updates_guard();

-- The texts are frozen from submission: a change sends the update back to draft (dropping any
-- approval); a published update's texts never change, move or go.
DROP TRIGGER update_bodies_guard ON update_bodies;
DROP FUNCTION desk_update_bodies_guard();
CREATE FUNCTION desk_update_bodies_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    parent bigint;
    parent_status text;
    parent_author text;
BEGIN
    FOR parent IN SELECT DISTINCT p FROM unnest(ARRAY[
                      CASE WHEN TG_OP <> 'INSERT' THEN OLD.update_id END,
                      CASE WHEN TG_OP <> 'DELETE' THEN NEW.update_id END]) AS p WHERE p IS NOT NULL LOOP
        SELECT u.status, u.author INTO parent_status, parent_author FROM public.updates u WHERE u.id = parent FOR UPDATE;
        IF parent_status = 'published' THEN
            RAISE EXCEPTION 'a published update never changes: write a new update to correct it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        CONTINUE WHEN public.desk_is_superuser();
        IF parent_author <> session_user AND NOT public.desk_is_lead() THEN
            RAISE EXCEPTION 'only its author changes the text of an update' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF parent_status IN ('submitted', 'approved') THEN
            -- Runs as the owner: the person may not set the status, but the change must.
            UPDATE public.updates SET status = 'draft', approver = NULL, decided_at = NULL,
                   version = version + 1 WHERE id = parent;
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER update_bodies_guard BEFORE INSERT OR UPDATE OR DELETE ON update_bodies
    FOR EACH ROW EXECUTE FUNCTION desk_update_bodies_guard();

-- Publication jobs: only for a published update, by a lead; a job keeps what it is for.
CREATE OR REPLACE FUNCTION desk_publication_jobs_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT public.desk_is_lead() AND NOT public.desk_is_superuser() THEN
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

-- ---------------------------------------------------------------------------------------------
-- The audit log, written by the database. Every audited statement first updates the one row of
-- audit_chain_head, before it locks any data row: writers take turns until they commit, so each
-- entry chains on the last committed one, numbered in commit order, and two writers never hold a
-- data row and the head crosswise. A writer at REPEATABLE READ or SERIALIZABLE whose snapshot is
-- older than another's entry gets a serialization failure on that update instead of forking the
-- chain. The head is updated once per statement, not per entry: a statement changing 50,000 rows
-- must not leave 50,000 versions of one row behind it.

CREATE TABLE audit_chain_head (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    statements bigint NOT NULL DEFAULT 0
);
INSERT INTO audit_chain_head DEFAULT VALUES;
REVOKE ALL ON audit_chain_head FROM PUBLIC;
GRANT SELECT ON audit_chain_head TO desk_agent;

DROP TRIGGER audit_log_chain ON audit_log;
DROP FUNCTION desk_audit_chain();
DROP SEQUENCE audit_log_seq; -- entries are numbered from the last one, under the head
REVOKE INSERT ON audit_log FROM desk_agent;

CREATE FUNCTION desk_audit_write(p_action text, p_entity text, p_entity_id bigint, p_before jsonb, p_after jsonb)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    at_ms bigint := public.desk_now_ms();
    who text := session_user;
    b text := CASE WHEN p_before IS NULL OR p_before = '{}'::jsonb THEN '' ELSE p_before::text END;
    a text := CASE WHEN p_after IS NULL OR p_after = '{}'::jsonb THEN '' ELSE p_after::text END;
    last record;
    prev text;
BEGIN
    -- Under the head (desk_audit_take_head), this sees every committed entry and our own.
    SELECT l.seq, l.hash INTO last FROM public.audit_log l ORDER BY l.seq DESC LIMIT 1;
    prev := coalesce(last.hash, repeat('0', 64));
    INSERT INTO public.audit_log (seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash)
    VALUES (coalesce(last.seq, 0) + 1, at_ms, who, p_action, p_entity, p_entity_id, b, a, prev,
            encode(sha256(convert_to(concat_ws('|', prev, at_ms::text, who, p_action, p_entity, p_entity_id::text,
                                               b, a), 'UTF8')), 'hex'));
END $$;
REVOKE EXECUTE ON FUNCTION desk_audit_write(text, text, bigint, jsonb, jsonb) FROM PUBLIC;

CREATE FUNCTION desk_audit_take_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.audit_chain_head SET statements = statements + 1;
    RETURN NULL;
END $$;

-- What changed, without the bookkeeping columns.
CREATE FUNCTION desk_changed(old_row jsonb, new_row jsonb, OUT before jsonb, OUT after jsonb) LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
SELECT coalesce(jsonb_object_agg(k, old_row -> k) FILTER (WHERE old_row ? k), '{}'::jsonb),
       coalesce(jsonb_object_agg(k, new_row -> k) FILTER (WHERE new_row ? k), '{}'::jsonb)
FROM (SELECT k FROM jsonb_object_keys(coalesce(new_row, '{}'::jsonb) || coalesce(old_row, '{}'::jsonb)) AS k
      WHERE k NOT IN ('version', 'updated_at', 'search', 'body', 'subject')
        AND (old_row -> k) IS DISTINCT FROM (new_row -> k)) AS changed
$$;

CREATE FUNCTION desk_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    d record;
    entity text;
    action text;
    id bigint;
    other_ref text;
BEGIN
    SELECT * INTO d FROM public.desk_changed(o, n);
    IF TG_OP = 'UPDATE' AND d.after = '{}'::jsonb AND d.before = '{}'::jsonb
       AND (o -> 'version') IS NOT DISTINCT FROM (n -> 'version') THEN
        RETURN NULL; -- nothing moved but bookkeeping (a new version with the same fields is an edit)
    END IF;
    CASE TG_TABLE_NAME
    WHEN 'incidents' THEN
        entity := 'incident';
        id := coalesce(NEW.id, OLD.id);
        IF TG_OP = 'INSERT' THEN
            action := 'incident.create';
            d.after := jsonb_build_object('reference', NEW.reference, 'title', NEW.title);
        ELSIF NEW.state IS DISTINCT FROM OLD.state THEN
            action := 'incident.state';
            d.before := jsonb_build_object('state', OLD.state);
            d.after := jsonb_build_object('state', NEW.state);
        ELSIF (d.after - 'last_published_at') = '{}'::jsonb THEN
            RETURN NULL; -- the cadence clock follows a publication, audited as update.publish
        ELSE
            action := 'incident.edit';
        END IF;
    WHEN 'reports' THEN
        entity := 'report';
        id := coalesce(NEW.id, OLD.id);
        IF TG_OP = 'DELETE' THEN
            action := 'report.delete';
            d.before := jsonb_build_object('external_ref', OLD.external_ref, 'status', OLD.status);
            d.after := '{}'::jsonb;
        ELSIF NEW.claimed_by IS DISTINCT FROM OLD.claimed_by AND NEW.claimed_by IS NOT NULL THEN
            action := 'report.claim';
            d.after := d.after || jsonb_build_object('claimed_by', NEW.claimed_by, 'claim_until', NEW.claim_until);
        ELSIF NEW.status = 'linked' AND OLD.status = 'linked' AND NEW.incident_id IS DISTINCT FROM OLD.incident_id
              AND OLD.claimed_by IS NULL THEN
            -- A move: recorded on both incidents, as the app's timeline shows it.
            SELECT reference INTO other_ref FROM public.incidents WHERE incidents.id = NEW.incident_id;
            PERFORM public.desk_audit_write('incident.move_reports', 'incident', OLD.incident_id, '{}'::jsonb,
                                            jsonb_build_object('to', other_ref, 'count', 1, 'report', NEW.id));
            SELECT reference INTO other_ref FROM public.incidents WHERE incidents.id = OLD.incident_id;
            PERFORM public.desk_audit_write('incident.receive_reports', 'incident', NEW.incident_id, '{}'::jsonb,
                                            jsonb_build_object('from', other_ref, 'count', 1, 'report', NEW.id));
            RETURN NULL;
        ELSIF OLD.status = 'linked' AND NEW.status = 'new' AND NEW.incident_id IS NULL THEN
            PERFORM public.desk_audit_write('incident.unlink_reports', 'incident', OLD.incident_id, '{}'::jsonb,
                                            jsonb_build_object('count', 1, 'report', NEW.id));
            RETURN NULL;
        ELSIF NEW.status = 'linked' AND (NEW.status IS DISTINCT FROM OLD.status
                                         OR NEW.incident_id IS DISTINCT FROM OLD.incident_id) THEN
            -- Linked from triage (a claimed report linked again counts as a link that ends the claim).
            action := 'report.link';
        ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('not_incident', 'duplicate', 'closed') THEN
            action := 'report.' || NEW.status;
        ELSIF NEW.claimed_by IS NULL AND OLD.claimed_by IS NOT NULL THEN
            action := 'report.release';
            d.before := d.before || jsonb_build_object('claimed_by', OLD.claimed_by);
        ELSIF NEW.confirmation IS DISTINCT FROM OLD.confirmation THEN
            action := 'report.confirm';
        ELSE
            action := 'report.edit';
        END IF;
    WHEN 'updates' THEN
        entity := 'update';
        id := coalesce(NEW.id, OLD.id);
        IF TG_OP = 'INSERT' THEN
            action := 'update.create';
            d.after := jsonb_build_object('incident', NEW.incident_id, 'kind', NEW.kind);
        ELSIF TG_OP = 'DELETE' THEN
            action := 'update.delete';
            d.before := jsonb_build_object('status', OLD.status, 'kind', OLD.kind);
            d.after := '{}'::jsonb;
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
            action := CASE NEW.status
                WHEN 'submitted' THEN 'update.submit'
                WHEN 'approved' THEN 'update.approve'
                WHEN 'changes_requested' THEN 'update.request_changes'
                WHEN 'published' THEN 'update.publish'
                ELSE CASE WHEN OLD.status = 'changes_requested' THEN 'update.edit' ELSE 'update.withdraw' END END;
            d.before := jsonb_build_object('status', OLD.status);
            d.after := jsonb_build_object('status', NEW.status);
            IF NEW.status = 'changes_requested' THEN
                d.after := d.after || jsonb_build_object('comment', NEW.review_comment);
            END IF;
        ELSE
            action := 'update.edit';
        END IF;
    WHEN 'update_bodies' THEN
        entity := 'update_body';
        id := coalesce(NEW.update_id, OLD.update_id);
        action := 'update_body.' || lower(TG_OP);
        d.before := CASE WHEN TG_OP <> 'INSERT' THEN jsonb_build_object('language', OLD.language, 'update', OLD.update_id,
                         'sha256', encode(sha256(convert_to(OLD.body, 'UTF8')), 'hex')) ELSE '{}'::jsonb END;
        d.after := CASE WHEN TG_OP <> 'DELETE' THEN jsonb_build_object('language', NEW.language, 'update', NEW.update_id,
                        'sha256', encode(sha256(convert_to(NEW.body, 'UTF8')), 'hex')) ELSE '{}'::jsonb END;
    WHEN 'services' THEN
        entity := 'service';
        id := coalesce(NEW.id, OLD.id);
        action := CASE WHEN TG_OP = 'INSERT' THEN 'service.add'
                       WHEN NEW.status IS DISTINCT FROM OLD.status THEN 'service.status' ELSE 'service.edit' END;
    WHEN 'publication_targets' THEN
        entity := 'target';
        id := coalesce(NEW.id, OLD.id);
        action := CASE WHEN TG_OP = 'INSERT' THEN 'target.add'
                       WHEN NEW.enabled AND NOT OLD.enabled THEN 'target.enable'
                       WHEN OLD.enabled AND NOT NEW.enabled THEN 'target.disable' ELSE 'target.edit' END;
    WHEN 'publication_jobs' THEN
        entity := 'publication';
        id := coalesce(NEW.id, OLD.id);
        action := CASE WHEN TG_OP = 'INSERT' THEN 'publication.create'
                       WHEN NEW.state = 'cancelled' AND OLD.state <> 'cancelled' THEN 'publication.cancel'
                       WHEN NEW.state = 'pending' AND OLD.state IN ('failed', 'cancelled') THEN 'publication.retry'
                       ELSE 'publication.state' END;
        IF TG_OP = 'UPDATE' THEN
            d.after := d.after || jsonb_build_object('state', NEW.state);
        END IF;
    WHEN 'confirmation_exports' THEN
        entity := 'incident';
        id := NEW.incident_id;
        action := 'export.' || NEW.kind;
        d.before := '{}'::jsonb;
        d.after := jsonb_build_object('reports', NEW.reports, 'formats', NEW.formats::jsonb, 'files', NEW.files);
    WHEN 'users' THEN
        entity := 'user';
        id := coalesce(NEW.id, OLD.id);
        action := CASE WHEN TG_OP = 'INSERT' THEN 'user.add' ELSE 'user.edit' END;
    WHEN 'preventive_actions' THEN
        entity := 'preventive_action';
        id := coalesce(NEW.incident_id, OLD.incident_id);
        action := 'preventive_action.' || lower(TG_OP);
    WHEN 'incident_services' THEN
        entity := 'incident_service';
        id := coalesce(NEW.incident_id, OLD.incident_id);
        action := 'incident.services';
    END CASE;
    PERFORM public.desk_audit_write(action, entity, id, d.before, d.after);
    RETURN NULL;
END $$;

-- The timeline counts an incident's report links per person and minute: tens of thousands for a
-- big incident, read from these two indexes alone.
CREATE INDEX audit_log_report_links ON audit_log (entity_id) INCLUDE (seq, at, actor)
    WHERE entity = 'report' AND action = 'report.link';
CREATE INDEX reports_incident_ids ON reports (incident_id, id) WHERE incident_id IS NOT NULL;

-- Reports arrive in bulk (imports of a million rows): one entry per statement.
CREATE FUNCTION desk_audit_report_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    s record;
BEGIN
    SELECT count(*) AS n, min(id) AS first_id, max(id) AS last_id INTO s FROM new_rows;
    IF s.n = 0 THEN
        RETURN NULL;
    END IF;
    IF s.n = 1 THEN
        PERFORM public.desk_audit_write('report.create', 'report', s.first_id, '{}'::jsonb,
                                        (SELECT jsonb_build_object('external_ref', external_ref, 'channel', channel)
                                         FROM new_rows));
    ELSE
        PERFORM public.desk_audit_write('report.import', 'report', 0, '{}'::jsonb,
                                        jsonb_build_object('count', s.n, 'first_id', s.first_id, 'last_id', s.last_id));
    END IF;
    RETURN NULL;
END $$;

-- An export of confirmations or notices is a fact worth its own row (the audit log records it
-- from there; the export wizard lists earlier exports from the log).
CREATE TABLE confirmation_exports (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents (id),
    kind        text NOT NULL CHECK (kind IN ('confirmations', 'acknowledgements')),
    reports     integer NOT NULL CHECK (reports >= 0),
    formats     text NOT NULL DEFAULT '[]',
    files       integer NOT NULL DEFAULT 0 CHECK (files >= 0),
    actor       text NOT NULL DEFAULT session_user,
    at          bigint NOT NULL DEFAULT desk_now_ms()
);
CREATE FUNCTION desk_confirmation_exports_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.actor := session_user;
    NEW.at := public.desk_now_ms();
    RETURN NEW;
END $$;
CREATE TRIGGER confirmation_exports_guard BEFORE INSERT ON confirmation_exports
    FOR EACH ROW EXECUTE FUNCTION desk_confirmation_exports_guard();
GRANT SELECT, INSERT ON confirmation_exports TO desk_agent;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['confirmation_exports', 'reports', 'incidents', 'incident_services', 'preventive_actions', 'updates',
                             'update_bodies', 'services', 'publication_targets', 'publication_jobs', 'users'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION desk_audit_take_head()', t || '_audit_head', t);
        IF t = 'reports' THEN
            EXECUTE 'CREATE TRIGGER reports_audit_insert AFTER INSERT ON reports REFERENCING NEW TABLE AS new_rows '
                    'FOR EACH STATEMENT EXECUTE FUNCTION desk_audit_report_inserts()';
            EXECUTE 'CREATE TRIGGER reports_audit AFTER UPDATE OR DELETE ON reports '
                    'FOR EACH ROW EXECUTE FUNCTION desk_audit_row()';
        ELSE
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                           'FOR EACH ROW EXECUTE FUNCTION desk_audit_row()', t || '_audit', t);
        END IF;
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION desk_audit_frozen()',
                       t || '_no_truncate', t);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION desk_audit_frozen() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only and % cannot be emptied at once', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_chain_head_frozen BEFORE DELETE OR TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION desk_audit_frozen();

-- ---------------------------------------------------------------------------------------------
-- The change log records the writing transaction: a reader follows commits with snapshots
-- (app/sync/changefeed.cpp), so a transaction that commits after a later-numbered one is still
-- delivered, once.

ALTER TABLE change_log ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX change_log_txid ON change_log (txid);

CREATE OR REPLACE FUNCTION desk_log_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    id_column text := TG_ARGV[0];
    changed bigint;
    newest bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO public.change_log (at, table_name, row_id, op) '
                       'SELECT public.desk_now_ms(), %L, %I, %L FROM old_rows', TG_TABLE_NAME, id_column, 'delete');
    ELSE
        EXECUTE 'SELECT count(*) FROM new_rows' INTO changed;
        IF TG_OP = 'INSERT' AND changed > 1000 THEN
            INSERT INTO public.change_log (at, table_name, row_id, op)
            VALUES (public.desk_now_ms(), TG_TABLE_NAME, 0, 'bulk');
        ELSE
            EXECUTE format('INSERT INTO public.change_log (at, table_name, row_id, op) '
                           'SELECT public.desk_now_ms(), %L, %I, %L FROM new_rows', TG_TABLE_NAME, id_column,
                           lower(TG_OP));
        END IF;
    END IF;
    SELECT max(seq) INTO newest FROM public.change_log;
    IF newest IS NOT NULL THEN
        PERFORM pg_notify('desk_changes', newest::text);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION desk_presence_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    newest bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.activity = OLD.activity THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.change_log (at, table_name, row_id, op)
    VALUES (public.desk_now_ms(), 'presence', CASE WHEN TG_OP = 'DELETE' THEN OLD.entity_id ELSE NEW.entity_id END,
            lower(TG_OP))
    RETURNING seq INTO newest;
    PERFORM pg_notify('desk_changes', newest::text);
    RETURN NULL;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Everything belongs to the NOLOGIN owner, not to whoever ran `db init`.

GRANT CREATE, USAGE ON SCHEMA public TO desk_owner;
DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'm', 'p')
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'i', 'a')) LOOP
        EXECUTE format(CASE o.relkind WHEN 'S' THEN 'ALTER SEQUENCE %I OWNER TO desk_owner'
                                      WHEN 'v' THEN 'ALTER VIEW %I OWNER TO desk_owner'
                                      ELSE 'ALTER TABLE %I OWNER TO desk_owner' END, o.relname);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public'
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO desk_owner', o.sig);
    END LOOP;
END $$;
