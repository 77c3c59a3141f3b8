-- The story grouping's cost per item stays small and flat as the archive grows (issue 11).

-- The candidate search reads only the compact member rows: each carries its story, so the query never touches the
-- wide item rows (text, full-text vector). Merges move it with the item's.
ALTER TABLE story_member ADD COLUMN story_id VARCHAR(64);
UPDATE story_member m SET story_id = i.story_id FROM item i WHERE i.id = m.item_id;
-- a member whose item has no story cannot exist; should one, the backfill groups its item again
DELETE FROM story_key k USING story_member m WHERE m.item_id = k.item_id AND m.story_id IS NULL;
DELETE FROM story_member WHERE story_id IS NULL;
ALTER TABLE story_member ALTER COLUMN story_id SET NOT NULL;
CREATE INDEX story_member_story_idx ON story_member (story_id);

-- A new item is grouped before its row is inserted (so that the row is written once, with its story and acts, and
-- never updated for them): the rows pointing at it are checked against it at commit.
ALTER TABLE story_member ALTER CONSTRAINT story_member_item_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE story_key ALTER CONSTRAINT story_key_item_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE item_act ALTER CONSTRAINT item_act_item_id_fkey DEFERRABLE INITIALLY DEFERRED;
