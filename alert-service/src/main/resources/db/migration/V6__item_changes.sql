-- Changes of archived full-text articles (issue 12, policy.items.changed): every version after the first, the
-- item's status and version count, opt-in change alerts.

-- One row per change event. No foreign key to item: a change may arrive before its item (the two come through
-- different topics); it is kept with applied = false and applied when the item is stored. The unique key makes a
-- redelivered event a no-op; the change kind is part of it so that a removal and a restoration that keep the text's
-- version number are both kept.
CREATE TABLE item_change (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     VARCHAR(128) NOT NULL,
    source_id   VARCHAR(200),
    link        TEXT,
    title       TEXT,
    change      VARCHAR(16) NOT NULL,
    version     INT NOT NULL,
    diff        JSONB NOT NULL DEFAULT '[]',
    text_hash   VARCHAR(128),
    http_status INT,
    at          TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    applied     BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT item_change_once UNIQUE (item_id, version, change)
);
CREATE INDEX item_change_pending_idx ON item_change (item_id) WHERE NOT applied;

-- status: published | edited | removed (from the applied changes); version: the text version stored (FeedItem.version);
-- version_count: the highest version known (text or change)
ALTER TABLE item ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'published';
ALTER TABLE item ADD COLUMN version INT NOT NULL DEFAULT 1;
ALTER TABLE item ADD COLUMN version_count INT NOT NULL DEFAULT 1;

ALTER TABLE subscription ADD COLUMN changes BOOLEAN NOT NULL DEFAULT FALSE;

-- A change alert is a delivery of kind item-changed pointing at its change: exactly once per (subscription, change),
-- i.e. per subscription, item, version (and kind). The one-alert-per-item rule now holds for item alerts only.
ALTER TABLE delivery ADD COLUMN change_id BIGINT REFERENCES item_change (id) ON DELETE CASCADE;
ALTER TABLE delivery DROP CONSTRAINT delivery_once_per_item;
CREATE UNIQUE INDEX delivery_once_per_item ON delivery (subscription_id, item_id) WHERE change_id IS NULL;
CREATE UNIQUE INDEX delivery_once_per_change ON delivery (subscription_id, change_id) WHERE change_id IS NOT NULL;
