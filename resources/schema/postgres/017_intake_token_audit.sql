-- Who let a form post reports, and who stopped it: adding and revoking an intake token go to the
-- audit log (its name, origins and who; never its hash). Its uses (last_used_at) do not.
CREATE FUNCTION desk_audit_intake_token() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.audit_chain_head SET statements = statements + 1;
    IF TG_OP = 'INSERT' THEN
        PERFORM public.desk_audit_write('intake.token_add', 'intake_token', NEW.id, '{}'::jsonb,
                                        jsonb_build_object('name', NEW.name, 'allowed_origins', NEW.allowed_origins));
    ELSE
        PERFORM public.desk_audit_write('intake.token_revoke', 'intake_token', NEW.id, '{}'::jsonb,
                                        jsonb_build_object('name', NEW.name));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER intake_tokens_audit AFTER INSERT ON intake_tokens
    FOR EACH ROW EXECUTE FUNCTION desk_audit_intake_token();
CREATE TRIGGER intake_tokens_audit_revoke AFTER UPDATE OF revoked_at ON intake_tokens
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION desk_audit_intake_token();
ALTER FUNCTION desk_audit_intake_token() OWNER TO desk_owner;
REVOKE EXECUTE ON FUNCTION desk_audit_intake_token() FROM PUBLIC;
