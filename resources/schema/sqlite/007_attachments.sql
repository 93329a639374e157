-- Files customers send with a report (screenshots, PDFs): kept as bytes with their report, never
-- changed. The report's `attachments` column lists them (name, type, size) for the queue.
CREATE TABLE report_attachments (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports (id),
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL CHECK (size BETWEEN 0 AND 10485760),
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    UNIQUE (report_id, position)
);
CREATE TRIGGER report_attachments_frozen BEFORE UPDATE ON report_attachments
BEGIN
    SELECT RAISE(ABORT, 'a report''s files never change');
END;
