-- What each published update announced (issue 16): the incident's state when it was published,
-- shown next to the update on the Help Center. The publishing statement sets it.
ALTER TABLE updates ADD COLUMN announced_state TEXT
    CHECK (announced_state IN ('reported', 'acknowledged', 'investigating', 'identified', 'monitoring', 'resolved',
                               'reviewed', 'closed'));

-- Updates published before this column: what their kind says, where it says anything. The
-- frozen-update trigger is set aside for this one statement.
DROP TRIGGER updates_published_frozen;
UPDATE updates SET announced_state = CASE kind WHEN 'acknowledgement' THEN 'acknowledged'
                                               WHEN 'resolution' THEN 'resolved'
                                               WHEN 'postmortem' THEN 'reviewed' END
WHERE status = 'published';
CREATE TRIGGER updates_published_frozen BEFORE UPDATE ON updates WHEN old.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'a published update never changes: write a new update to correct it');
END;
