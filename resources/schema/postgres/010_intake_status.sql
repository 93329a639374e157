-- What each running intake service last said about itself, for the app's Intake page. The
-- service writes its own row; everyone on the team may read them (no customer data in here).
CREATE TABLE intake_status (
    instance          text PRIMARY KEY CHECK (length(instance) BETWEEN 1 AND 300),
    started_at        bigint NOT NULL,
    updated_at        bigint NOT NULL,
    endpoint          text NOT NULL DEFAULT '' CHECK (length(endpoint) <= 300),
    received          bigint NOT NULL DEFAULT 0,
    rejected          bigint NOT NULL DEFAULT 0,
    spool_depth       bigint NOT NULL DEFAULT 0,
    last_report_at    bigint,
    mailbox           text NOT NULL DEFAULT '' CHECK (length(mailbox) <= 300),
    mailbox_up        boolean NOT NULL DEFAULT false,
    mailbox_last_pass bigint,
    mailbox_reports   bigint NOT NULL DEFAULT 0,
    mailbox_refused   bigint NOT NULL DEFAULT 0,
    mailbox_error     text NOT NULL DEFAULT '' CHECK (length(mailbox_error) <= 2000)
);
REVOKE ALL ON intake_status FROM PUBLIC;
ALTER TABLE intake_status OWNER TO desk_owner;
GRANT SELECT ON intake_status TO desk_agent;
GRANT SELECT, INSERT, UPDATE ON intake_status TO desk_intake;
