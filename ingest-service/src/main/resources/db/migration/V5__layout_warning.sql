-- The layout warning of the page the validators describe (a listing's date or title selector that matched nothing in
-- any item), so that a 304 for that page keeps saying it. Until now it was read back from health_reason with a regex,
-- and a failure's words in the reason (or a change of the warning's wording) lost it.
alter table source_state add column layout_warning text;
