-- faults-alert: a claimed delivery carries its lease, so that flush and retry can leave in-flight sends alone;
-- a digest's rows carry the digest's id from its first send on, so that a failed digest is retried whole under it.
ALTER TABLE delivery ADD COLUMN leased_until TIMESTAMPTZ;
ALTER TABLE delivery ADD COLUMN digest_id UUID;
CREATE INDEX delivery_digest_idx ON delivery (digest_id) WHERE digest_id IS NOT NULL;
