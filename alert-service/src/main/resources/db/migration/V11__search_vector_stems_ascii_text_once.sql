-- The item's full-text vector, the same vector computed with one stemming pass less for text in ASCII (issue 14).
--
-- The vector holds each text three times: as words ('simple'), stemmed by 'english' and stemmed by 'russian'. For a
-- text written only in ASCII the 'russian' configuration stems exactly as 'english' does (it maps the ASCII token
-- kinds — asciiword, asciihword, hword_asciipart — to english_stem, and every other ASCII kind to simple, as
-- 'english' does), so its pass gave the 'english' vector a second time: about a third of the vector's cost, the
-- largest part of an item row's insert. This function reuses the 'english' vector then, and stems with 'russian'
-- whenever the text holds anything else (Cyrillic, accents, typographic quotes): the vector is identical for every
-- text, positions and weights included, so search results and their ranking do not change
-- (search.SearchVectorTest compares the two on the labelled items in three languages).
CREATE FUNCTION item_search_vector(title TEXT, body TEXT) RETURNS TSVECTOR
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    title_en TSVECTOR := to_tsvector('pg_catalog.english'::regconfig, title);
    body_en  TSVECTOR := to_tsvector('pg_catalog.english'::regconfig, body);
BEGIN
    -- no character outside ASCII (a pattern, not a length comparison: that would depend on the database's encoding)
    RETURN setweight(to_tsvector('pg_catalog.simple'::regconfig, title), 'A') ||
           setweight(title_en, 'A') ||
           setweight(CASE WHEN title !~ '[^\x01-\x7f]' THEN title_en
                          ELSE to_tsvector('pg_catalog.russian'::regconfig, title) END, 'A') ||
           to_tsvector('pg_catalog.simple'::regconfig, body) ||
           body_en ||
           CASE WHEN body !~ '[^\x01-\x7f]' THEN body_en
                ELSE to_tsvector('pg_catalog.russian'::regconfig, body) END;
END $$;

-- rewrites the table once (the vectors come out the same)
ALTER TABLE item ALTER COLUMN search SET EXPRESSION AS (
    item_search_vector(coalesce(title, ''), coalesce(summary, '') || ' ' || coalesce(content, '')));
