-- State of each polled source, shared by every ingest instance.
create table source_state (
    source_id            varchar(100) primary key,
    health               varchar(16)  not null default 'unknown',
    health_reason        text,
    health_since         timestamptz,
    health_published     boolean      not null default true,
    etag                 text,
    last_modified        text,
    validator_url        text,
    last_polled_at       timestamptz,
    last_success_at      timestamptz,
    last_new_item_at     timestamptz,
    last_error_reason    varchar(32),
    last_error           text,
    last_error_at        timestamptz,
    consecutive_failures integer      not null default 0,
    next_poll_at         timestamptz,
    polls                bigint       not null default 0,
    failures             bigint       not null default 0,
    items_published      bigint       not null default 0,
    duplicates           bigint       not null default 0,
    unparseable_dates    bigint       not null default 0,
    tracked_since        timestamptz  not null default now(),
    -- the lease: which instance is polling the source, until when (compared with the database's clock)
    lease_owner          varchar(200),
    lease_until          timestamptz
);

-- Ids of the items the broker acknowledged: an item is published once, across polls, restarts and instances.
create table published_item (
    item_id       varchar(64)  primary key,
    source_id     varchar(100) not null,
    link          text,
    published_at  timestamptz,
    first_seen_at timestamptz  not null
);
create index published_item_by_source on published_item (source_id, first_seen_at desc);

-- Recent errors of each source (the newest few are kept), for GET /api/sources/{id}.
create table source_error (
    id          bigserial    primary key,
    source_id   varchar(100) not null,
    occurred_at timestamptz  not null,
    reason      varchar(32)  not null,
    message     text         not null,
    url         text
);
create index source_error_recent on source_error (source_id, occurred_at desc, id desc);
