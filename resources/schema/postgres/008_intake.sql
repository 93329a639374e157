-- Intake: the tokens web forms and other senders present to the service (only their SHA-256 is
-- kept), and what each idempotent request was answered, so a repeat gets the same answer.
-- Administrators manage tokens; nobody reads the hashes but the token check, which the service
-- calls (SECURITY DEFINER, like every guard of 007_policy.sql).
CREATE TABLE intake_tokens (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    token_sha256    text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    allowed_origins text NOT NULL DEFAULT '',
    created_by      text NOT NULL DEFAULT session_user,
    created_at      bigint NOT NULL DEFAULT desk_now_ms(),
    revoked_at      bigint,
    last_used_at    bigint
);
CREATE TABLE intake_requests (
    token_id        bigint NOT NULL REFERENCES intake_tokens (id),
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    report_id       bigint NOT NULL REFERENCES reports (id),
    created_at      bigint NOT NULL DEFAULT desk_now_ms(),
    PRIMARY KEY (token_id, idempotency_key)
);

CREATE FUNCTION desk_intake_tokens_guard() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    admin boolean := public.desk_is_admin() OR public.desk_is_superuser();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT admin THEN
            RAISE EXCEPTION 'only an administrator adds intake tokens' USING ERRCODE = '42501';
        END IF;
        NEW.created_by := session_user;
        NEW.created_at := public.desk_now_ms();
        NEW.revoked_at := NULL;
        NEW.last_used_at := NULL;
        RETURN NEW;
    END IF;
    -- A token is revoked, never changed or brought back; the token check notes its last use.
    IF NEW.id <> OLD.id OR NEW.name <> OLD.name OR NEW.token_sha256 <> OLD.token_sha256
       OR NEW.allowed_origins <> OLD.allowed_origins OR NEW.created_by <> OLD.created_by
       OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'an intake token is only ever revoked' USING ERRCODE = '42501';
    END IF;
    IF NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
        IF NOT admin OR OLD.revoked_at IS NOT NULL THEN
            RAISE EXCEPTION 'only an administrator revokes an intake token, once' USING ERRCODE = '42501';
        END IF;
        NEW.revoked_at := public.desk_now_ms();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER intake_tokens_guard BEFORE INSERT OR UPDATE ON intake_tokens
    FOR EACH ROW EXECUTE FUNCTION desk_intake_tokens_guard();

-- The token check: the token's id, name and allowed origins when it is valid; its use noted.
CREATE FUNCTION desk_intake_token(p_sha256 text)
    RETURNS TABLE (id bigint, name text, allowed_origins text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY
    UPDATE public.intake_tokens t SET last_used_at = public.desk_now_ms()
     WHERE t.token_sha256 = p_sha256 AND t.revoked_at IS NULL
    RETURNING t.id, t.name, t.allowed_origins;
END $$;

REVOKE ALL ON intake_tokens, intake_requests FROM PUBLIC;
GRANT SELECT (id, name, allowed_origins, created_by, created_at, revoked_at, last_used_at) ON intake_tokens TO desk_admin;
GRANT INSERT (name, token_sha256, allowed_origins) ON intake_tokens TO desk_admin;
GRANT UPDATE (revoked_at) ON intake_tokens TO desk_admin;
REVOKE ALL ON FUNCTION desk_intake_token(text) FROM PUBLIC;
-- The service logs in as a member of desk_intake (see README, "The service").
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_intake') THEN
        CREATE ROLE desk_intake NOLOGIN;
    END IF;
END $$;
GRANT EXECUTE ON FUNCTION desk_intake_token(text) TO desk_intake;

ALTER TABLE intake_tokens OWNER TO desk_owner;
ALTER TABLE intake_requests OWNER TO desk_owner;
ALTER FUNCTION desk_intake_tokens_guard() OWNER TO desk_owner;
ALTER FUNCTION desk_intake_token(text) OWNER TO desk_owner;
GRANT SELECT, INSERT ON intake_requests TO desk_intake;
GRANT INSERT ON reports TO desk_intake;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk_intake;
