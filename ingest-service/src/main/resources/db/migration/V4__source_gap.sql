-- Gaps: polls that found every item of the pages they read new and stopped before an item published before (the page
-- limit, no next page, a next page on another site, a loop, a page that could not be read), so that items published
-- between two polls may have been missed. Per source: how many, and the latest.
create table source_gap (
    source_id   varchar(100) primary key,
    gaps        bigint        not null default 0,
    last_at     timestamptz   not null,
    last_reason varchar(40)   not null,
    last_page   varchar(4000) not null,
    pages_read  integer       not null,
    message     varchar(2000) not null
);
