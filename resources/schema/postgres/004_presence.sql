-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who has what open, and whether they are typing in it: a heartbeat per workstation and thing.
-- The user is the login role, whatever the client says.
CREATE TABLE presence (
    workstation  text NOT NULL,
    user_name    text NOT NULL,
    entity       text NOT NULL,
    entity_id    bigint NOT NULL,
    activity     text NOT NULL CHECK (activity IN ('viewing', 'editing')),
    heartbeat_at bigint NOT NULL,
    PRIMARY KEY (workstation, entity, entity_id)
);
CREATE INDEX presence_entity ON presence (entity, entity_id);

CREATE FUNCTION desk_presence_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.user_name := current_user;
    RETURN NEW;
END $$;
CREATE TRIGGER presence_guard BEFORE INSERT OR UPDATE ON presence FOR EACH ROW EXECUTE FUNCTION desk_presence_guard();
GRANT SELECT, INSERT, UPDATE, DELETE ON presence TO desk_agent;

-- Only a change of activity (or someone arriving or leaving) wakes the others, not each heartbeat.
CREATE FUNCTION desk_presence_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    newest bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.activity = OLD.activity THEN
        RETURN NULL;
    END IF;
    INSERT INTO change_log (at, table_name, row_id, op)
    VALUES (desk_now_ms(), 'presence', CASE WHEN TG_OP = 'DELETE' THEN OLD.entity_id ELSE NEW.entity_id END, lower(TG_OP))
    RETURNING seq INTO newest;
    PERFORM pg_notify('desk_changes', newest::text);
    RETURN NULL;
END $$;
CREATE TRIGGER presence_changes AFTER INSERT OR UPDATE OR DELETE ON presence
    FOR EACH ROW EXECUTE FUNCTION desk_presence_changes();

-- Operations replayed from a workstation's offline outbox, by idempotency key: each is applied
-- once, however often it is sent.
CREATE TABLE applied_operations (
    key        text PRIMARY KEY,
    applied_at bigint NOT NULL,
    actor      text NOT NULL DEFAULT current_user
);
GRANT SELECT, INSERT ON applied_operations TO desk_agent;
