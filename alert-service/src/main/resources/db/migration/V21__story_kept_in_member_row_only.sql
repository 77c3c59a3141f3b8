-- An item's story is kept in one place, its narrow story_member row (issue 14 item 9). A merge moved the younger
-- story by rewriting every one of its wide item rows as well (text, full-text vector and its GIN entries, every
-- index of item) inside the storing transaction, under the grouping lock: in the system benchmark one merge rewrote 11,892
-- item rows in a 2.8 s storing transaction, and nothing capped it. It now rewrites the member rows only.

-- The versions of a story in time order, the first 20 (delivery.StoryVersions, the console's versions): what
-- item_story_time_idx (V10) served. A member's at is its item's event time, coalesce(published_at, fetched_at,
-- stored_at), written with it by the grouping and never changed (an item's times are not). The leading column serves
-- the lookups by story (story pages, merges) as story_member_story_idx did.
CREATE INDEX story_member_story_time_idx ON story_member (story_id, at, item_id);
DROP INDEX story_member_story_idx;

-- Every item with a story has its member row (the grouping writes both in one transaction; V7 carried the story
-- from the item to its member). Should one not, it loses its story here, its story stops counting it, and the story
-- backfill (StoryBackfill) groups it again like an item stored before stories existed.
UPDATE story s SET item_count = s.item_count - o.n, updated_at = now()
FROM (SELECT i.story_id, count(*) AS n FROM item i
      WHERE i.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_member m WHERE m.item_id = i.id)
      GROUP BY i.story_id) o
WHERE s.id = o.story_id;
DELETE FROM story s WHERE s.item_count <= 0 AND NOT EXISTS (SELECT 1 FROM story_member m WHERE m.story_id = s.id);

DROP INDEX item_story_time_idx;
ALTER TABLE item DROP COLUMN story_id;
