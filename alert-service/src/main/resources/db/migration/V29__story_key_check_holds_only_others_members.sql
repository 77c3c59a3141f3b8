-- The story keys' check (V13) holds only the members another transaction could delete (issue 14 item 9).
--
-- V13's statement trigger locks each member of the statement's keys FOR KEY SHARE, as a foreign key would, so that a
-- member deleted at the same moment cannot leave keys behind. But the grouping writes each new item's member row and
-- then its keys in one transaction (story.StoryWrites), and a row this transaction wrote (inserted, or updated by a
-- merge) is invisible to every other transaction until the commit: none can delete it, so the lock guarded nothing and
-- cost a row lock — a WAL record and a dirtied heap page — per stored item (speed4's WAL breakdown of the system
-- benchmark: story_member Heap/LOCK 1.13 records per item). Here a member whose row version is this transaction's own
-- (xmin, compared with the top-level transaction id: a row written in a subtransaction is still locked, which is only
-- the old cost) is counted as found without the lock; every other member is held as before, and a key without its
-- member is refused as before.
CREATE OR REPLACE FUNCTION story_key_needs_member() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
BEGIN
    -- the statement's distinct members, less those found: this transaction's own rows as they are, the others held
    -- like a foreign key holds its row (a concurrent delete waits for this transaction, or this check sees it gone)
    EXECUTE $q$
        WITH wanted AS (SELECT DISTINCT a.item_id FROM added a),
             found AS (SELECT m.item_id, m.xmin = pg_current_xact_id()::xid AS own
                       FROM story_member m WHERE m.item_id IN (SELECT w.item_id FROM wanted w)),
             held AS (SELECT m.item_id FROM story_member m
                      WHERE m.item_id IN (SELECT f.item_id FROM found f WHERE NOT f.own)
                      FOR KEY SHARE OF m)
        SELECT (SELECT count(*) FROM wanted) - (SELECT count(*) FROM found WHERE own)
               - (SELECT count(*) FROM held)$q$ INTO missing;
    IF missing > 0 THEN
        RAISE EXCEPTION 'story_key row without its story_member row'
            USING ERRCODE = 'foreign_key_violation', TABLE = 'story_key', CONSTRAINT = 'story_key_member';
    END IF;
    RETURN NULL;
END $$;
