-- Forty-fifth round: the subject look-up's entries in the story index (issue 11, recall of a subject's retelling).
--
-- Each stored item's subjects — the themes of the glossary it names, but the model law — are index rows of their own,
-- `s:`-prefixed (`s:c:theme:telemedicine`; story.Keys.subjectIndexed), written with the item's other index keys by the
-- grouping's one write statement. The candidate search never reads them: its probes ask only the keys of
-- Keys.indexed, which never start with `s:`. The subject look-up (story.StoryStore.SUBJECT_ROWS) reads the newest 12
-- per subject within the four days before an item by the primary key (key, at, item_id) backwards, so no new index is
-- needed; the rows come and go with their member like every key row (V13).
--
-- Here the members stored before this version get theirs, from the keys their member row keeps (the same keys
-- Keys.subjectIndexed reads). A theme key is short: none needs the hashed form of a key longer than 200 characters.
INSERT INTO story_key (key, at, item_id)
SELECT DISTINCT 's:' || k.key, m.at, m.item_id
FROM story_member m CROSS JOIN LATERAL unnest(m.keys) AS k(key)
WHERE k.key LIKE 'c:theme:%' AND k.key <> 'c:theme:model-law' AND length(k.key) <= 198
ON CONFLICT DO NOTHING;
