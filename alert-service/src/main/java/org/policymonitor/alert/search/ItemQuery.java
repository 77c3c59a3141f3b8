package org.policymonitor.alert.search;

import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the WHERE and ORDER BY of item searches from a filter; pure, so it is testable without a database. */
public final class ItemQuery {

    /**
     * A query in the three text-search configurations, OR-ed: 'english' and 'russian' stem ("laws" finds "law",
     * "закона" finds "закон"), 'simple' keeps exact words (Belarusian, names, abbreviations). websearch_to_tsquery
     * accepts any string — quotes, "or", "-" — and never raises a syntax error, so hostile input is just words.
     */
    static final String TS_QUERY = "(websearch_to_tsquery('simple'::regconfig, ?) || websearch_to_tsquery('english'::regconfig, ?)"
            + " || websearch_to_tsquery('russian'::regconfig, ?))";

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
            sql.append(" AND i.search @@ ").append(TS_QUERY);
            params.add(f.q());
            params.add(f.q());
            params.add(f.q());
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
            return new SqlFragment(" ORDER BY ts_rank_cd(i.search, " + TS_QUERY + ") DESC, i.published_at DESC NULLS LAST, i.id",
                    List.of(f.q(), f.q(), f.q()));
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
