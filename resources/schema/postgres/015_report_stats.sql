-- An incident's reports in figures (issue 15): how many, from how many customers, how many were
-- told of the resolution and when the last of them was, and the first report (when, in which
-- language). Kept by the database as reports are linked, moved, edited and removed, so that a
-- year of metrics reads one row per incident instead of a million reports. Nobody writes these
-- tables but the triggers (SECURITY DEFINER, owned by desk_owner); everyone who reads reports
-- may read them.
--
-- Customers are told apart by their reference, else by their e-mail address; a report with
-- neither is a customer of its own (counted in `anonymous`). `incident_customers` holds how many
-- reports each known customer sent about the incident, so the distinct count can go down again.
CREATE TABLE incident_report_stats (
    incident_id bigint PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
    reports integer NOT NULL DEFAULT 0,
    anonymous integer NOT NULL DEFAULT 0,
    known_customers integer NOT NULL DEFAULT 0,
    confirmed integer NOT NULL DEFAULT 0,
    last_confirmed_at bigint,
    first_report_at bigint,
    first_report_id bigint,
    first_language text
);
CREATE TABLE incident_customers (
    incident_id bigint NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    customer text NOT NULL,
    reports integer NOT NULL,
    PRIMARY KEY (incident_id, customer)
);

CREATE FUNCTION desk_report_customer(ref text, email text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
SELECT CASE WHEN ref <> '' THEN 'r:' || ref WHEN email <> '' THEN 'e:' || lower(email) END
$$;

-- One report joining (sign 1) or leaving (sign -1) an incident's figures.
CREATE FUNCTION desk_report_stats_apply(r public.reports, sign integer) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_customer text := public.desk_report_customer(r.customer_ref, r.customer_email);
    v_confirmed boolean := r.confirmation <> 'none';
    new_customer integer := 0;
    left_reports integer;
    s public.incident_report_stats;
BEGIN
    IF v_customer IS NOT NULL THEN
        IF sign > 0 THEN
            INSERT INTO public.incident_customers AS c (incident_id, customer, reports)
            VALUES (r.incident_id, v_customer, 1)
            ON CONFLICT (incident_id, customer) DO UPDATE SET reports = c.reports + 1
            RETURNING CASE WHEN c.reports = 1 THEN 1 ELSE 0 END INTO new_customer;
        ELSE
            UPDATE public.incident_customers c SET reports = c.reports - 1
            WHERE c.incident_id = r.incident_id AND c.customer = v_customer RETURNING c.reports INTO left_reports;
            IF left_reports IS NOT NULL AND left_reports <= 0 THEN
                DELETE FROM public.incident_customers c WHERE c.incident_id = r.incident_id AND c.customer = v_customer;
                new_customer := -1;
            END IF;
        END IF;
    END IF;
    IF sign > 0 THEN
        INSERT INTO public.incident_report_stats AS t (incident_id, reports, anonymous, known_customers, confirmed,
                                                       last_confirmed_at, first_report_at, first_report_id, first_language)
        VALUES (r.incident_id, 1, CASE WHEN v_customer IS NULL THEN 1 ELSE 0 END, new_customer,
                CASE WHEN v_confirmed THEN 1 ELSE 0 END, CASE WHEN v_confirmed THEN r.confirmed_at END,
                r.received_at, r.id, r.language)
        ON CONFLICT (incident_id) DO UPDATE SET
            reports = t.reports + 1,
            anonymous = t.anonymous + EXCLUDED.anonymous,
            known_customers = t.known_customers + EXCLUDED.known_customers,
            confirmed = t.confirmed + EXCLUDED.confirmed,
            last_confirmed_at = CASE WHEN EXCLUDED.last_confirmed_at IS NOT NULL
                                          AND (t.last_confirmed_at IS NULL OR EXCLUDED.last_confirmed_at > t.last_confirmed_at)
                                     THEN EXCLUDED.last_confirmed_at ELSE t.last_confirmed_at END,
            (first_report_at, first_report_id, first_language) =
                (SELECT CASE WHEN earlier THEN EXCLUDED.first_report_at ELSE t.first_report_at END,
                        CASE WHEN earlier THEN EXCLUDED.first_report_id ELSE t.first_report_id END,
                        CASE WHEN earlier THEN EXCLUDED.first_language ELSE t.first_language END
                 FROM (SELECT t.first_report_at IS NULL
                              OR (EXCLUDED.first_report_at, EXCLUDED.first_report_id)
                                 < (t.first_report_at, t.first_report_id) AS earlier) e);
    ELSE
        UPDATE public.incident_report_stats t SET
            reports = t.reports - 1,
            anonymous = t.anonymous - CASE WHEN v_customer IS NULL THEN 1 ELSE 0 END,
            known_customers = t.known_customers + new_customer,
            confirmed = t.confirmed - CASE WHEN v_confirmed THEN 1 ELSE 0 END
        WHERE t.incident_id = r.incident_id RETURNING * INTO s;
        -- The report held the latest confirmation or was the first: read again from the others.
        IF v_confirmed AND s.last_confirmed_at = r.confirmed_at THEN
            UPDATE public.incident_report_stats t
            SET last_confirmed_at = (SELECT max(o.confirmed_at) FROM public.reports o
                                     WHERE o.incident_id = r.incident_id AND o.confirmation <> 'none')
            WHERE t.incident_id = r.incident_id;
        END IF;
        IF s.first_report_id = r.id THEN
            UPDATE public.incident_report_stats t
            SET (first_report_at, first_report_id, first_language) =
                (SELECT o.received_at, o.id, o.language FROM public.reports o WHERE o.incident_id = r.incident_id
                 ORDER BY o.received_at, o.id LIMIT 1)
            WHERE t.incident_id = r.incident_id;
        END IF;
    END IF;
END $$;

CREATE FUNCTION desk_reports_stats() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.incident_id IS NOT NULL THEN
        PERFORM public.desk_report_stats_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.incident_id IS NOT NULL THEN
        PERFORM public.desk_report_stats_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER reports_stats_insert AFTER INSERT ON reports
    FOR EACH ROW WHEN (NEW.incident_id IS NOT NULL) EXECUTE FUNCTION desk_reports_stats();
CREATE TRIGGER reports_stats_update AFTER UPDATE OF incident_id, customer_ref, customer_email, confirmation,
                                                  confirmed_at, received_at, language ON reports
    FOR EACH ROW WHEN ((OLD.incident_id IS NOT NULL OR NEW.incident_id IS NOT NULL)
                       AND (OLD.incident_id, OLD.customer_ref, OLD.customer_email, OLD.confirmation, OLD.confirmed_at,
                            OLD.received_at, OLD.language)
                           IS DISTINCT FROM (NEW.incident_id, NEW.customer_ref, NEW.customer_email, NEW.confirmation,
                                             NEW.confirmed_at, NEW.received_at, NEW.language))
    EXECUTE FUNCTION desk_reports_stats();
CREATE TRIGGER reports_stats_delete AFTER DELETE ON reports
    FOR EACH ROW WHEN (OLD.incident_id IS NOT NULL) EXECUTE FUNCTION desk_reports_stats();

-- All the figures computed again from the reports: what is there at migration, and after a bulk
-- load with the triggers off (the history generator, as a superuser).
CREATE FUNCTION desk_report_stats_rebuild() RETURNS void LANGUAGE sql
    SET search_path = pg_catalog, public, pg_temp AS $$
DELETE FROM public.incident_customers;
DELETE FROM public.incident_report_stats;
INSERT INTO public.incident_customers (incident_id, customer, reports)
SELECT incident_id, public.desk_report_customer(customer_ref, customer_email), count(*)
FROM public.reports WHERE incident_id IS NOT NULL AND (customer_ref <> '' OR customer_email <> '')
GROUP BY 1, 2;
INSERT INTO public.incident_report_stats (incident_id, reports, anonymous, known_customers, confirmed, last_confirmed_at,
                                          first_report_at, first_report_id, first_language)
SELECT r.incident_id, count(*), count(*) FILTER (WHERE r.customer_ref = '' AND r.customer_email = ''),
       coalesce((SELECT count(*) FROM public.incident_customers c WHERE c.incident_id = r.incident_id), 0),
       count(*) FILTER (WHERE r.confirmation <> 'none'), max(r.confirmed_at) FILTER (WHERE r.confirmation <> 'none'),
       (array_agg(r.received_at ORDER BY r.received_at, r.id))[1], (array_agg(r.id ORDER BY r.received_at, r.id))[1],
       (array_agg(r.language ORDER BY r.received_at, r.id))[1]
FROM public.reports r WHERE r.incident_id IS NOT NULL GROUP BY r.incident_id;
$$;
SELECT desk_report_stats_rebuild();

ALTER TABLE incident_report_stats OWNER TO desk_owner;
ALTER TABLE incident_customers OWNER TO desk_owner;
ALTER FUNCTION desk_report_customer(text, text) OWNER TO desk_owner;
ALTER FUNCTION desk_report_stats_apply(reports, integer) OWNER TO desk_owner;
ALTER FUNCTION desk_reports_stats() OWNER TO desk_owner;
ALTER FUNCTION desk_report_stats_rebuild() OWNER TO desk_owner;
REVOKE ALL ON incident_report_stats, incident_customers FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION desk_report_customer(text, text), desk_report_stats_apply(reports, integer), desk_reports_stats(),
    desk_report_stats_rebuild() FROM PUBLIC;
GRANT SELECT ON incident_report_stats, incident_customers TO desk_agent;
