-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each publication target holds of the Help Center site: a content hash and the ETag per
-- file, so only changed files are uploaded.
CREATE TABLE published_files (
    target_id  INTEGER NOT NULL REFERENCES publication_targets (id),
    path       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    etag       TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (target_id, path)
);
