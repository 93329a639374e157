-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each API target (Statuspage, Cachet, Zendesk Guide) holds for an incident: the remote
-- incident or article (and per locale its translation), so later updates PATCH or PUT it
-- instead of creating it again. Written by the leads' publisher; a remote object, once known,
-- keeps its target, incident and locale.
CREATE TABLE publication_remote_objects (
    target_id   bigint NOT NULL REFERENCES publication_targets (id),
    incident_id bigint NOT NULL REFERENCES incidents (id),
    locale      text NOT NULL DEFAULT '',
    remote_id   text NOT NULL CHECK (length(remote_id) > 0),
    remote_url  text NOT NULL DEFAULT '',
    updated_at  bigint NOT NULL,
    PRIMARY KEY (target_id, incident_id, locale)
);
GRANT SELECT ON publication_remote_objects TO desk_agent;
GRANT INSERT, UPDATE ON publication_remote_objects TO desk_lead;
