-- The full-text vector finds Belarusian word forms as it finds Russian ones, whichever keyboard typed them.
--
-- Belarusian text was found by its exact word forms only: the 'russian' stemmer does not know «і» or «ў» (its vowel
-- region never starts in «мінску») nor the Belarusian endings («штучнага», «законаў», «інтэлекце»), so «Мінск» did not
-- find «у Мінску», «штучны інтэлект» not «штучнага інтэлекту», «Беларусь» nothing of «Беларусі»; and a word typed on a
-- Russian keyboard («Минск», «абъект» for «аб'ект») missed the Belarusian text, and the other way round.
--
-- belarusian_folded reads Belarusian as the 'russian' stemmer can: the Belarusian pass of the vector is the 'russian'
-- configuration's vector of the text so read (native stemming; its lexemes meet the Russian texts' too), and the query
-- is read the same way (search.ItemQuery). Each step is a plain string operation over the whole text:
--   1. lower case; «і» → «и», «ў» → «у», «ё» → «е» (what a Russian keyboard types for them); the apostrophes (' ’ ʼ ‘ `)
--      and «ъ» dropped: аб'ект = аб’ект = абъект (the Russian keyboard's «ъ» in «абъект», Russian «объект» alike);
--   2. the endings Belarusian has where Russian has another, at a word's end, to the Russian one: adjectives' «-ага»
--      → «-ого», «-аму» → «-ому» (not after «р»: «праграму» is праграм-у), «-ыя» → «-ые», «-ае»/«-ай» → «-ое»/«-ой»;
--      the genitive plural's «-аў»/«-оў» → «-ов»; the past tense's «-іў»/«-ыў» → «-ил»/«-ыл» (заявіў, заявіла → заяв);
--      the locative's «-це»/«-дзе» → «-те»/«-де» (інтэлекце → інтэлект); the verbs' «-ць» → «-ть», «-цца» → «-тся»;
--      «-сь» → «-с» (Беларусь → беларус, as Беларусі: Russian's stemmer took «-сь» for a reflexive ending).
-- The forms of a noun or an adjective meet (Мінск, Мінска, Мінску; штучны, штучнага, штучным), most of a verb's; words
-- that only share a beginning stay apart (Беларусь / беларускі, інтэлект / інтэлектуальны, закон / законапраект).
-- search.SearchResultsTest and search.SearchVectorTest hold it to that.
CREATE FUNCTION belarusian_folded(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        translate(lower(t), 'іўё''’ʼ‘`ъ', 'иуе'),
        '[ая]га(?![а-я])', 'ого', 'g'),
        '([^р])[ая]му(?![а-я])', '\1ому', 'g'),
        'ыя(?![а-я])', 'ые', 'g'),
        '[ая]([ей])(?![а-я])', 'о\1', 'g'),
        '[аяое]у(?![а-я])', 'ов', 'g'),
        '([иы])у(?![а-я])', '\1л', 'g'),
        'дзе(?![а-я])', 'де', 'g'),
        'це(?![а-я])', 'те', 'g'),
        'цца(?![а-я])', 'тся', 'g'),
        'ць(?![а-я])', 'ть', 'g'),
        'сь(?![а-я])', 'с', 'g')
$$;

-- Belarusian letters: the text gets the Belarusian pass (Russian text has neither letter and keeps its vector).
CREATE FUNCTION has_belarusian_letters(t TEXT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT t ~ '[іўІЎ]'
$$;

-- V11's vector, unchanged for every text without Belarusian letters; a title and body with them (in either) have the
-- Belarusian pass appended — the title's (weight A), then the body's — after V11's lexemes, so that every lexeme,
-- position and weight there before is there still (search.SearchVectorTest). Text in ASCII never reaches the letter
-- test (V11's shortcut, whose 'english' vector it reuses, is kept).
CREATE OR REPLACE FUNCTION item_search_vector(title TEXT, body TEXT) RETURNS TSVECTOR
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    title_en    TSVECTOR := to_tsvector('pg_catalog.english'::regconfig, title);
    body_en     TSVECTOR := to_tsvector('pg_catalog.english'::regconfig, body);
    -- no character outside ASCII (a pattern, not a length comparison: that would depend on the database's encoding)
    ascii_title BOOLEAN := title !~ '[^\x01-\x7f]';
    ascii_body  BOOLEAN := body !~ '[^\x01-\x7f]';
    vector      TSVECTOR;
BEGIN
    vector := setweight(to_tsvector('pg_catalog.simple'::regconfig, title), 'A') ||
              setweight(title_en, 'A') ||
              setweight(CASE WHEN ascii_title THEN title_en
                             ELSE to_tsvector('pg_catalog.russian'::regconfig, title) END, 'A') ||
              to_tsvector('pg_catalog.simple'::regconfig, body) ||
              body_en ||
              CASE WHEN ascii_body THEN body_en
                   ELSE to_tsvector('pg_catalog.russian'::regconfig, body) END;
    IF (NOT ascii_title AND has_belarusian_letters(title)) OR (NOT ascii_body AND has_belarusian_letters(body)) THEN
        vector := vector ||
                  setweight(to_tsvector('pg_catalog.russian'::regconfig, belarusian_folded(title)), 'A') ||
                  to_tsvector('pg_catalog.russian'::regconfig, belarusian_folded(body));
    END IF;
    RETURN vector;
END $$;

-- The generated column's expression stays; the rows whose vector changes are the ones with Belarusian letters (in the
-- text as the vector reads it, look-alike letters read, V25), and only they are rewritten, one UPDATE (which computes
-- a generated column again): not the whole table as V11 and V25 did, and other rows are not locked. Cost on a large
-- table: one pattern test per row, and for each Belarusian row a new row version, its vector and index entries
-- (README, "Operations").
UPDATE item SET title = title
WHERE has_belarusian_letters(look_alike_folded(coalesce(title, '') || ' ' || coalesce(summary, '') || ' '
                                               || coalesce(content, '')));
