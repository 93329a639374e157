-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each publication target holds of the Help Center site: a content hash and the ETag per
-- file, so only changed files are uploaded. Written by the leads' publisher.
CREATE TABLE published_files (
    target_id  bigint NOT NULL REFERENCES publication_targets (id),
    path       text NOT NULL,
    sha256     text NOT NULL,
    etag       text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL,
    PRIMARY KEY (target_id, path)
);
GRANT SELECT ON published_files TO desk_agent;
GRANT INSERT, UPDATE, DELETE ON published_files TO desk_lead;
