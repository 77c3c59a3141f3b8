-- The story index without its index by item (issue 14: the database's CPU per stored item).
--
-- story_key_item_idx (V4) served the foreign key's cascade from item; since V13 a key goes with its member
-- (story_key_leaves_with_member: one DELETE … USING the statement's deleted members), and nothing else looks keys up
-- by item. Every stored item wrote ~11 entries into it — about a fifth of the
-- grouping's write statement's CPU (measured apart: 444 items a statement, PostgreSQL 17). What it costs to do
-- without: deleting items or members (no part of the service does; an operator by hand) reads story_key once per
-- statement instead of by index — a hash join of the deleted members with the key table.
DROP INDEX IF EXISTS story_key_item_idx;
