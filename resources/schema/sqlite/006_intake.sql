-- Intake: the tokens web forms and other senders present to the service (only their SHA-256 is
-- kept), and what each idempotent request was answered, so a repeat gets the same answer.
CREATE TABLE intake_tokens (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    token_sha256    TEXT NOT NULL UNIQUE,
    allowed_origins TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    revoked_at      INTEGER,
    last_used_at    INTEGER
);
CREATE TABLE intake_requests (
    token_id        INTEGER NOT NULL REFERENCES intake_tokens (id),
    idempotency_key TEXT NOT NULL,
    report_id       INTEGER NOT NULL REFERENCES reports (id),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (token_id, idempotency_key)
);
