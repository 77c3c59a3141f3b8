package org.policymonitor.alert.search;

import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the WHERE and ORDER BY of item searches from a filter; pure, so it is testable without a database. */
public final class ItemQuery {

    /**
     * A query in the three text-search configurations, OR-ed: 'english' and 'russian' stem ("laws" finds "law",
     * "закона" finds "закон"), 'simple' keeps exact words (names, abbreviations). websearch_to_tsquery
     * accepts any string — quotes, "or", "-" — and never raises a syntax error, so hostile input is just words.
     */
    private static final String TS_QUERY = "(websearch_to_tsquery('simple'::regconfig, ?) || websearch_to_tsquery('english'::regconfig, ?)"
            + " || websearch_to_tsquery('russian'::regconfig, ?))";

    /**
     * A query with Cyrillic letters, read as Belarusian too (V27's {@code belarusian_folded}, the function the vector's
     * Belarusian pass reads the text with): «Мінск» finds «у Мінску», «Минск» typed on a Russian keyboard finds it
     * too, and «Мінск» finds the Russian «в Минске». The folding keeps the query's operators (quotes, "or", "-").
     */
    private static final String TS_QUERY_WITH_BELARUSIAN = TS_QUERY.substring(0, TS_QUERY.length() - 1)
            + " || websearch_to_tsquery('russian'::regconfig, belarusian_folded(?)))";

    /** A Cyrillic letter: a query without one (English, numbers) is searched as before, without the Belarusian pass. */
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static final Map<String, String> SORTS = Map.of(
            "publishedAt", "i.published_at %s NULLS LAST, i.id",
            "fetchedAt", "i.fetched_at %s NULLS LAST, i.id",
            "classifiedAt", "i.classified_at %s NULLS LAST, i.id",
            "title", "i.title %s NULLS LAST, i.id",
            "source", "i.source_id %s, i.published_at DESC NULLS LAST, i.id");

    public static final String DEFAULT_SORT = "-publishedAt";

    private ItemQuery() {
    }

    public static SqlFragment where(ItemFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (!f.themes().isEmpty()) {
            sql.append(" AND i.themes && ?");
            params.add(f.themes().toArray(String[]::new));
        }
        if (!f.sources().isEmpty()) {
            sql.append(" AND i.source_id = ANY(?)");
            params.add(f.sources().toArray(String[]::new));
        }
        if (!f.languages().isEmpty()) {
            sql.append(" AND split_part(replace(lower(i.language), '_', '-'), '-', 1) = ANY(?)");
            params.add(f.languages().toArray(String[]::new));
        }
        range(sql, params, "i.published_at", f.publishedFrom(), f.publishedTo());
        range(sql, params, "i.fetched_at", f.fetchedFrom(), f.fetchedTo());
        if (f.q() != null) {
            SqlFragment query = tsQuery(f.q());
            sql.append(" AND i.search @@ ").append(query.sql());
            params.addAll(query.params());
        }
        if (f.reviewStatus() != null) {
            sql.append(" AND i.review_status = ?");
            params.add(f.reviewStatus());
        }
        if (f.taggedOnly()) {
            sql.append(" AND cardinality(i.themes) > 0");
        }
        return new SqlFragment(sql.toString(), params);
    }

    /**
     * ORDER BY for {@code sort} = field name, '-' prefix for descending; {@code relevance} ranks full-text matches.
     * Only whitelisted fields reach the SQL.
     */
    public static SqlFragment orderBy(String sort, ItemFilter f) {
        String s = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        if (s.equals("relevance")) {
            if (f.q() == null) {
                throw ProblemException.invalidField("sort", "'relevance' needs a full-text query q");
            }
            SqlFragment query = tsQuery(f.q());
            return new SqlFragment(" ORDER BY ts_rank_cd(i.search, " + query.sql() + ") DESC, i.published_at DESC NULLS LAST, i.id",
                    query.params());
        }
        boolean descending = s.startsWith("-");
        String field = descending ? s.substring(1) : s;
        String pattern = SORTS.get(field);
        if (pattern == null) {
            throw ProblemException.invalidField("sort", "must be one of publishedAt, fetchedAt, classifiedAt, title, "
                    + "source or relevance, with '-' for descending");
        }
        return new SqlFragment(" ORDER BY " + pattern.formatted(descending ? "DESC" : "ASC"), List.of());
    }

    /** The full-text query of {@code q} in every configuration the vector holds, each reading the same bound text. */
    static SqlFragment tsQuery(String q) {
        boolean cyrillic = CYRILLIC.matcher(q).find();
        return new SqlFragment(cyrillic ? TS_QUERY_WITH_BELARUSIAN : TS_QUERY,
                Collections.nCopies(cyrillic ? 4 : 3, q));
    }

    private static void range(StringBuilder sql, List<Object> params, String column, Instant from,
                              Instant to) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" < ?");
            params.add(to);
        }
    }
}
