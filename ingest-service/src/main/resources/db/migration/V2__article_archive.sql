-- The archive of full-text articles (package archive): one row per article, one per version of its main text.
create table archived_article (
    item_id          varchar(64)  primary key,
    source_id        varchar(100) not null,
    link             text         not null,
    -- host:port of the link: re-checks are budgeted per host
    host             varchar(300) not null,
    first_seen_at    timestamptz  not null,
    current_version  integer      not null,
    -- SHA-256 of the newest text version (a removal keeps the last text's hash, to recognise a restoration)
    current_hash     varchar(64)  not null,
    status           varchar(16)  not null default 'published',
    consecutive_gone integer      not null default 0,
    -- the next re-check: step recheck_step of policy.archive.recheck; null when no re-check is left
    next_recheck_at  timestamptz,
    recheck_step     integer      not null default 0,
    -- the item as first published (FeedItem JSON): published again with the new text after an edit
    item_json        text         not null,
    lease_owner      varchar(200),
    lease_until      timestamptz,
    constraint archived_article_status check (status in ('published', 'removed'))
);
create index archived_article_due on archived_article (next_recheck_at) where next_recheck_at is not null;

create table article_version (
    item_id     varchar(64) not null references archived_article (item_id) on delete cascade,
    version     integer     not null,
    -- normalised main text; null for a removal
    text        text,
    text_hash   varchar(64),
    http_status integer     not null,
    fetched_at  timestamptz not null,
    -- edited | removed | restored; null for version 1
    change      varchar(16),
    -- word diff from the previous text (JSON array of {op, text}); null for version 1
    diff        text,
    primary key (item_id, version)
);
