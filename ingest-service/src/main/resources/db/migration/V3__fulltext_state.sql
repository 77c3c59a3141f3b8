-- Full text of items (sources with fullText: true): per source, how many new items were published with their
-- article's main text and how many without it, and the last reason an article could not be had.
create table source_fulltext (
    source_id           varchar(100) primary key,
    texts               bigint       not null default 0,
    failures            bigint       not null default 0,
    last_text_at        timestamptz,
    last_failure_reason varchar(40),
    last_failure        varchar(2000),
    last_failure_url    varchar(4000),
    last_failure_at     timestamptz
);
