-- What each running intake service last said about itself, for the app's Intake page.
CREATE TABLE intake_status (
    instance          TEXT PRIMARY KEY,
    started_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    endpoint          TEXT NOT NULL DEFAULT '',
    received          INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0,
    spool_depth       INTEGER NOT NULL DEFAULT 0,
    last_report_at    INTEGER,
    mailbox           TEXT NOT NULL DEFAULT '',
    mailbox_up        INTEGER NOT NULL DEFAULT 0,
    mailbox_last_pass INTEGER,
    mailbox_reports   INTEGER NOT NULL DEFAULT 0,
    mailbox_refused   INTEGER NOT NULL DEFAULT 0,
    mailbox_error     TEXT NOT NULL DEFAULT ''
);
