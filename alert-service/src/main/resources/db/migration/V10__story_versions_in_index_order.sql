-- An alert lists the first versions of its item's story (delivery.StoryVersions: per story, ORDER BY
-- coalesce(published_at, fetched_at, stored_at), id LIMIT 20). With an index on story_id alone every claim read and
-- sorted *all* items of the story, a cost that grew with the story (thousands of rows for a long-running one) on the
-- path of every alert; in this order the index yields the first 20 and stops.
-- It replaces item_story_idx: its leading column serves the lookups by story_id (story pages, merges) as well, and
-- one index instead of two keeps the cost of inserting an item about the same.
CREATE INDEX item_story_time_idx ON item (story_id, (coalesce(published_at, fetched_at, stored_at)), id);
DROP INDEX item_story_idx;
