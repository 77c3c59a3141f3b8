-- The full-text vector reads a word typed with look-alike letters of the other script as the word a reader sees.
--
-- A Belarusian «і» typed as the Latin «i» (keyboards without the letter: «штучны iнтэлект»), a Latin «P» in «БPИКС»,
-- a Cyrillic «І» in «BRІCS»: such a word was indexed as written, so searching the word typed correctly found nothing
-- (the query side has read look-alike letters since 4 Dec 2026: search.ItemFilter). look_alike_folded makes each word
-- that mixes Latin and Cyrillic letters the script most of its letters are in, when every letter of the other has a
-- twin there (else the other way round, else the word is left) — the rule of platform's text.LookAlikeLetters, which
-- the classifier, story grouping and the query use; search.SearchVectorTest holds the two to the same answers. Only
-- the vector changes: the item keeps its text as written.
--
-- Cost: look_alike_folded is a plain SQL expression (inlined into the generated column's): one pattern test per text
-- for a Latin letter next to a Cyrillic one, and a text with none (nearly all) is returned as it is. The word-by-word
-- pass (look_alike_words_folded) runs only for a text that has one. Word characters are Latin and Cyrillic letters,
-- Latin letters with accents and combining marks (U+00C0–U+024F, U+0300–U+036F, U+0400–U+04FF); a word whose two
-- scripts meet only across an accent or a mark is left as written here (the services fold it).
CREATE FUNCTION look_alike_words_folded(t TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    latin_letters    CONSTANT TEXT := 'ABCEHIKMOPTXYaceiopxy';
    cyrillic_twins   CONSTANT TEXT := 'АВСЕНІКМОРТХУасеіорху';
    word_char        CONSTANT TEXT := '[A-Za-z\u00C0-\u024F\u0300-\u036F\u0400-\u04FF]';
    word             TEXT;
    folded           TEXT;
    latin            INT;
    cyrillic         INT;
    result           TEXT := t;
BEGIN
    IF t IS NULL THEN
        RETURN t;
    END IF;
    FOR word IN SELECT DISTINCT m[1] FROM regexp_matches(t, '(' || word_char || '+)', 'g') AS m LOOP
        CONTINUE WHEN word !~ '[A-Za-z]' OR word !~ '[\u0400-\u04FF]';
        latin := length(regexp_replace(word, '[^A-Za-z]', '', 'g'));
        cyrillic := length(regexp_replace(word, '[^\u0400-\u04FF]', '', 'g'));
        IF cyrillic >= latin THEN
            folded := translate(word, latin_letters, cyrillic_twins);
            IF folded ~ '[A-Za-z]' THEN
                folded := translate(word, cyrillic_twins, latin_letters);
            END IF;
        ELSE
            folded := translate(word, cyrillic_twins, latin_letters);
            IF folded ~ '[\u0400-\u04FF]' THEN
                folded := translate(word, latin_letters, cyrillic_twins);
            END IF;
        END IF;
        -- a letter without a twin either way: a real mix, left as written
        IF folded !~ '[A-Za-z]' OR folded !~ '[\u0400-\u04FF]' THEN
            -- the word only where it stands whole (its letters need no escaping: they are all word characters)
            result := regexp_replace(result, '(?<!' || word_char || ')' || word || '(?!' || word_char || ')', folded, 'g');
        END IF;
    END LOOP;
    RETURN result;
END $$;

CREATE FUNCTION look_alike_folded(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t ~ '[A-Za-z][\u0400-\u04FF]|[\u0400-\u04FF][A-Za-z]' THEN look_alike_words_folded(t) ELSE t END
$$;

-- rewrites the table once (only vectors of texts with a mixed word come out different)
ALTER TABLE item ALTER COLUMN search SET EXPRESSION AS (
    item_search_vector(look_alike_folded(coalesce(title, '')),
                       look_alike_folded(coalesce(summary, '') || ' ' || coalesce(content, ''))));
