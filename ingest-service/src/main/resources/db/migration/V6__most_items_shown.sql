-- The most items a source's first page has shown at a poll (its window): a page wholly new but shorter than that
-- pushed nothing off, so it is no possible gap. 0 until a poll measures it (a gap is said as before until then).
alter table source_state add column most_items_shown integer not null default 0;
