-- Stories and legal acts (issue 11). Every stored item belongs to exactly one story; references to legal acts are
-- normalised ("Указ № 135" = "Decree No. 135" = decree:135) and kept with the item like evidence.

-- acts: [{id, kind, number, date?, text, field, start, end}]; story_id is written by the grouping only.
-- Items stored before this migration get their story from the grouping's backfill job.
ALTER TABLE item ADD COLUMN acts JSONB NOT NULL DEFAULT '[]';
ALTER TABLE item ADD COLUMN story_id VARCHAR(64);
CREATE INDEX item_story_idx ON item (story_id);

CREATE TABLE story (
    id         VARCHAR(64) PRIMARY KEY,
    headline   TEXT,
    first_seen TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL,
    item_count INT NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX story_last_seen_idx ON story (last_seen DESC, id);

-- What the grouping compares, one row per grouped item (its keys, SimHash, language, time, link target).
CREATE TABLE story_member (
    item_id  VARCHAR(128) PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    at       TIMESTAMPTZ NOT NULL,
    language VARCHAR(16) NOT NULL,
    link     TEXT,
    simhash  BIGINT NOT NULL,
    keys     TEXT[] NOT NULL
);

-- The bounded candidate search: for each indexed key (act, number, person, organisation, place, name, link,
-- SimHash band) the items having it, newest first within a time window, at most N per key.
CREATE TABLE story_key (
    key     VARCHAR(200) NOT NULL,
    at      TIMESTAMPTZ NOT NULL,
    item_id VARCHAR(128) NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (key, at, item_id)
);
CREATE INDEX story_key_item_idx ON story_key (item_id);

-- Which items mention which act: the acts API and its timelines.
CREATE TABLE item_act (
    act_id   VARCHAR(200) NOT NULL,
    item_id  VARCHAR(128) NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    kind     VARCHAR(16) NOT NULL,
    number   VARCHAR(32),
    act_date DATE,
    at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (act_id, item_id)
);
CREATE INDEX item_act_item_idx ON item_act (item_id);
CREATE INDEX item_act_at_idx ON item_act (act_id, at);

-- One alert per (subscription, story) when the subscription asks for it: the outbox row of the first matching item
-- carries the story id, and this unique index (with ON CONFLICT DO NOTHING) refuses a second one.
ALTER TABLE subscription ADD COLUMN once_per_story BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE delivery ADD COLUMN story_id VARCHAR(64);
CREATE UNIQUE INDEX delivery_once_per_story ON delivery (subscription_id, story_id) WHERE story_id IS NOT NULL;
