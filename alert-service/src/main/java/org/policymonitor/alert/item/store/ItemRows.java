package org.policymonitor.alert.item.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.PublicationStatus;
import org.policymonitor.alert.jdbc.ArrayLiterals;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;

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
 * every row, and Hibernate bind each of the 27 values through its type system (and the enhanced entity record every
 * field set for its dirty tracking). The rows are bound from the classified item itself; they are the rows
 * {@code ItemEntity.from} and its insert wrote (same columns and values, the tags as the same JSON), which
 * {@code ItemRowsTest} compares.
 */
final class ItemRows {

    /** A new item's row: the classified item, when it is stored, and its acts (its story is in its member row). */
    record Row(ClassifiedItem classified, Instant storedAt, String actsJson) {
        String id() {
            return classified.item().id();
        }

        /** When the item happened as far as the grouping is concerned, as {@code ItemEntity.eventTime}. */
        static Instant eventTime(FeedItem item, Instant storedAt) {
            return item.publishedAt() != null ? item.publishedAt().toInstant()
                    : item.fetchedAt() != null ? item.fetchedAt() : storedAt;
        }
    }

    /** Rows per statement: 27 parameters each, well under the protocol's 32,767. */
    static final int ROWS_PER_STATEMENT = 100;

    private static final String COLUMNS = """
            INSERT INTO item (id, source_id, source_name, link, guid, title, summary, content, language,
                              labelled_language, categories,
                              author, published_at, published_offset, published_raw, fetched_at, tags, themes,
                              ruleset_version, classified_at, stored_at, updated_at, review_status, acts,
                              status, version, version_count) VALUES
            """;
    /** Categories and themes are bound as array literals ({@code ArrayLiterals}), cast here. */
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, cast(? as jsonb),"
            + " cast(? as text[]), ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)";
    /** The statement of a whole chunk, built once (the last chunk of a batch is usually shorter). */
    private static final String FULL_CHUNK = sql(ROWS_PER_STATEMENT);

    private ItemRows() {
    }

    /** Inserts the rows, in statements of up to {@link #ROWS_PER_STATEMENT}. */
    static void insert(Connection c, List<Row> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement(chunk.size() == ROWS_PER_STATEMENT ? FULL_CHUNK
                    : sql(chunk.size()))) {
                int i = 1;
                for (Row e : chunk) {
                    i = bind(ps, i, e);
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

    private static int bind(PreparedStatement ps, int first, Row row) throws SQLException {
        ClassifiedItem classified = row.classified();
        FeedItem item = classified.item();
        int i = first;
        ps.setString(i++, item.id());
        ps.setString(i++, item.sourceId());
        ps.setString(i++, item.sourceName());
        ps.setString(i++, item.link());
        ps.setString(i++, item.guid());
        ps.setString(i++, item.title());
        ps.setString(i++, item.summary());
        ps.setString(i++, item.content());
        ps.setString(i++, classified.language()); // as analysed (ItemEntity.language)
        ps.setString(i++, ItemEntity.labelledLanguage(classified));
        ps.setString(i++, ArrayLiterals.of(item.categories()));
        ps.setString(i++, item.author());
        ps.setObject(i++, item.publishedAt() == null ? null : time(item.publishedAt().toInstant()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, item.publishedAt() == null ? null : item.publishedAt().getOffset().getId());
        ps.setString(i++, item.publishedRaw());
        ps.setObject(i++, time(item.fetchedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, json(classified.tags()));
        ps.setString(i++, ArrayLiterals.of(classified.themes().stream().distinct().toList()));
        ps.setString(i++, classified.rulesetVersion());
        ps.setObject(i++, time(classified.classifiedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(i++, time(row.storedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setObject(i++, time(row.storedAt()), Types.TIMESTAMP_WITH_TIMEZONE); // updated_at: stored now
        ps.setString(i++, ReviewStatus.NEW.wire());
        ps.setString(i++, row.actsJson());
        ps.setString(i++, PublicationStatus.PUBLISHED.wire());
        ps.setInt(i++, item.version()); // version
        ps.setInt(i++, item.version()); // version_count: the highest version known, this one
        return i;
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String json(List<?> value) {
        if (value.isEmpty()) {
            return "[]"; // what the mapper writes, without its writer and buffers (half the items have no tags)
        }
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("tags not writable as JSON", ex);
        }
    }
}
