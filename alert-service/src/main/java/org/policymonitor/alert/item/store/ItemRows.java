package org.policymonitor.alert.item.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.events.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Inserts new item rows with plain JDBC, {@link #ROWS_PER_STATEMENT} rows to a statement ({@code INSERT … VALUES (…),
 * (…), …}), on the storing transaction's connection. One row per statement (Hibernate's JDBC batch, even through a
 * {@code StatelessSession}) made PostgreSQL start and end an executor — open the table and its seven indexes — for
 * every row, and Hibernate bind each of the 27 values through its type system; the rows written are the same
 * (same columns and values, the tags as the same JSON), which {@code ItemRowsTest} compares with the entity's insert.
 */
final class ItemRows {

    /** Rows per statement: 27 parameters each, well under the protocol's 32,767. */
    static final int ROWS_PER_STATEMENT = 100;

    private static final String COLUMNS = """
            INSERT INTO item (id, source_id, source_name, link, guid, title, summary, content, language, categories,
                              author, published_at, published_offset, published_raw, fetched_at, tags, themes,
                              ruleset_version, classified_at, stored_at, updated_at, review_status, story_id, acts,
                              status, version, version_count) VALUES
            """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?,"
            + " cast(? as jsonb), ?, ?, ?)";

    private ItemRows() {
    }

    /** Inserts the rows, in statements of up to {@link #ROWS_PER_STATEMENT}. */
    static void insert(Connection c, List<ItemEntity> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<ItemEntity> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement(sql(chunk.size()))) {
                int i = 1;
                for (ItemEntity e : chunk) {
                    i = bind(c, ps, i, e);
                }
                ps.executeUpdate();
            }
        }
    }

    static String sql(int rows) {
        StringBuilder sql = new StringBuilder(COLUMNS.length() + rows * (ROW.length() + 2)).append(COLUMNS);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",\n").append(ROW);
        }
        return sql.toString();
    }

    private static int bind(Connection c, PreparedStatement ps, int first, ItemEntity e) throws SQLException {
        int i = first;
        ps.setString(i++, e.id);
        ps.setString(i++, e.sourceId);
        ps.setString(i++, e.sourceName);
        ps.setString(i++, e.link);
        ps.setString(i++, e.guid);
        ps.setString(i++, e.title);
        ps.setString(i++, e.summary);
        ps.setString(i++, e.content);
        ps.setString(i++, e.language);
        ps.setArray(i++, c.createArrayOf("text", e.categories));
        ps.setString(i++, e.author);
        ps.setObject(i++, time(e.publishedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, e.publishedOffset);
        ps.setString(i++, e.publishedRaw);
        ps.setObject(i++, time(e.fetchedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, json(e.tags));
        ps.setArray(i++, c.createArrayOf("text", e.themes));
        ps.setString(i++, e.rulesetVersion);
        ps.setObject(i++, time(e.classifiedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(i++, time(e.storedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(i++, time(e.updatedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, e.reviewStatus);
        ps.setString(i++, e.storyId);
        ps.setString(i++, e.acts);
        ps.setString(i++, e.status);
        ps.setInt(i++, e.version);
        ps.setInt(i++, e.versionCount);
        return i;
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String json(Object value) {
        if (value == null) {
            return null; // as the entity's insert binds it (the column refuses it)
        }
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("tags not writable as JSON", ex);
        }
    }
}
