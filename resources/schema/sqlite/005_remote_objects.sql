-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each API target (Statuspage, Cachet, Zendesk Guide) holds for an incident: the remote
-- incident or article (and per locale its translation), so later updates PATCH or PUT it
-- instead of creating it again.
CREATE TABLE publication_remote_objects (
    target_id   INTEGER NOT NULL REFERENCES publication_targets (id),
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    locale      TEXT NOT NULL DEFAULT '',
    remote_id   TEXT NOT NULL,
    remote_url  TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (target_id, incident_id, locale)
);
