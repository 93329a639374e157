-- Files customers send with a report (screenshots, PDFs): kept as bytes with their report, never
-- changed (nobody is granted UPDATE or DELETE). The report's `attachments` column lists them
-- (name, type, size) for the queue. A file is added only by the transaction that receives its
-- report, so the service cannot attach files to other customers' reports.
CREATE TABLE report_attachments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id    bigint NOT NULL REFERENCES reports (id),
    position     integer NOT NULL CHECK (position BETWEEN 0 AND 99),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    content_type text NOT NULL CHECK (length(content_type) <= 255),
    size         bigint NOT NULL CHECK (size BETWEEN 0 AND 10485760),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data         bytea NOT NULL,
    UNIQUE (report_id, position),
    CHECK (octet_length(data) = size)
);

CREATE FUNCTION desk_report_attachments_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF public.desk_is_superuser() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT FROM public.reports r WHERE r.id = NEW.report_id
                   AND r.xmin::text::bigint = (pg_current_xact_id()::text::bigint % 4294967296)) THEN
        RAISE EXCEPTION 'files are attached by the transaction that receives their report'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER report_attachments_guard BEFORE INSERT ON report_attachments
    FOR EACH ROW EXECUTE FUNCTION desk_report_attachments_guard();

REVOKE ALL ON report_attachments FROM PUBLIC;
ALTER TABLE report_attachments OWNER TO desk_owner;
ALTER FUNCTION desk_report_attachments_guard() OWNER TO desk_owner;
GRANT SELECT, INSERT ON report_attachments TO desk_agent;
GRANT INSERT ON report_attachments TO desk_intake;
-- What the service reads: report ids and references (idempotency, replies joining their
-- report's incident) and the services' keys; never what customers wrote.
GRANT SELECT (id, external_ref, incident_id) ON reports TO desk_intake;
GRANT SELECT (id, key) ON services TO desk_intake;
GRANT SELECT ON schema_migrations TO desk_intake; -- the service checks the schema before it starts
-- The functions the reports' guards and defaults call as the writing role.
GRANT EXECUTE ON FUNCTION desk_now_ms(), desk_report_document(text, text, text), desk_is_lead(), desk_is_admin(),
    desk_is_superuser() TO desk_intake;
-- A customer's e-mail reply joins the incident its subject names (INC-2026-0042).
GRANT SELECT (id, reference) ON incidents TO desk_intake;
