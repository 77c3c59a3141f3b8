-- The story index's keys are checked against their member once per statement instead of once per row (issue 14).
--
-- Every story_key row belongs to a story_member row: the grouping writes an item's member row and its ~7.5 key rows
-- in one statement (story.StoryWrites), and the member row's own foreign key to item (deferred, V7) is checked at the
-- commit. The keys' foreign key to item repeated that check for every key row — a `SELECT … FOR KEY SHARE` of the item
-- at the commit, 7.5 per stored item, the most frequent statement of the storing path. Here the keys point at their
-- member instead, checked per statement: a statement-level trigger looks up the statement's members once (locking each
-- as a foreign key would, so that a member deleted at the same moment cannot leave keys behind), and a member that goes
-- — with its item (ON DELETE CASCADE from item) or on its own — takes its keys with it, as the cascade from item did.
-- So the chain key → member → item holds as before.
--
-- The triggers' queries run through EXECUTE, planned at each call: a static query of a PL/pgSQL function without
-- parameters keeps the plan of its first call for the session, and that call saw a nearly empty story_member (and a
-- few dozen keys). Kept, that plan read all of story_member for every statement of every batch until an autoanalyze
-- happened to invalidate it: the grouping's cost grew with the archive (perf-store2's 0.73 → 1.32 ms per item up to
-- 100,000 items; perf-store3 measured the buffers). Planning per call costs a fraction of a millisecond per statement.
ALTER TABLE story_key DROP CONSTRAINT story_key_item_id_fkey;

CREATE FUNCTION story_key_needs_member() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
BEGIN
    -- the statement's distinct members, less those found (and held like a foreign key holds its row: a concurrent
    -- delete waits for this transaction, or this check sees it gone)
    EXECUTE $q$
        WITH wanted AS (SELECT DISTINCT a.item_id FROM added a),
             held AS (SELECT m.item_id FROM story_member m WHERE m.item_id IN (SELECT w.item_id FROM wanted w)
                      FOR KEY SHARE OF m)
        SELECT (SELECT count(*) FROM wanted) - (SELECT count(*) FROM held)$q$ INTO missing;
    IF missing > 0 THEN
        RAISE EXCEPTION 'story_key row without its story_member row'
            USING ERRCODE = 'foreign_key_violation', TABLE = 'story_key', CONSTRAINT = 'story_key_member';
    END IF;
    RETURN NULL;
END $$;

-- one trigger per event: a trigger with transition tables may have only one
CREATE TRIGGER story_key_member_on_insert AFTER INSERT ON story_key
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION story_key_needs_member();
CREATE TRIGGER story_key_member_on_update AFTER UPDATE ON story_key
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION story_key_needs_member();

CREATE FUNCTION story_key_leaves_with_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'DELETE FROM story_key k USING gone g WHERE k.item_id = g.item_id';
    RETURN NULL;
END $$;

CREATE TRIGGER story_member_takes_keys AFTER DELETE ON story_member
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION story_key_leaves_with_member();
