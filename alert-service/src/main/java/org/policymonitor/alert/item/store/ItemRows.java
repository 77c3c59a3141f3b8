package org.policymonitor.alert.item.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.PublicationStatus;
import org.policymonitor.alert.jdbc.ArrayLiterals;
import org.policymonitor.alert.jdbc.CsvCopy;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.story.StoryStore;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Inserts new item rows with plain JDBC, all of a batch in one {@code COPY item (…) FROM STDIN} (CSV), on the storing
 * transaction's connection. One row per statement (Hibernate's JDBC batch, even through a {@code StatelessSession})
 * made PostgreSQL start and end an executor — open the table and its indexes — for every row, and Hibernate bind each
 * of the 26 values through its type system. A multi-row {@code INSERT … VALUES} (100 rows, 2,600 parameters a
 * statement, until perf14) still inserted row by row: a heap insertion and its WAL record per row, the table and its
 * TOAST table extended a page at a time. {@code COPY} buffers the rows and writes them as multi-inserts — a WAL record
 * per page, the table extended several pages at a time — and its input is one text stream instead of 2,600 bound
 * parameters (the item rows' backend CPU −20 % measured apart, BENCHMARK.md "perf14"). The generated full-text vector,
 * the indexes, the TOAST rows and the deferred foreign keys pointing at the rows are what an {@code INSERT} does.
 * The rows are bound from the classified item itself; they are the rows {@code ItemEntity.from} and its insert wrote
 * (same columns and values, the tags as the same JSON), which {@code ItemRowsTest} compares.
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

    /**
     * The rows as CSV: every value quoted (so an empty string stays one), a null left empty; arrays as their literals
     * ({@code ArrayLiterals}), the tags and acts as JSON text, times as ISO-8601 instants — the text forms the
     * columns' input functions read, as the bound parameters were.
     */
    static final String COPY = """
            COPY item (id, source_id, source_name, link, guid, title, summary, content, language, labelled_language,
                       categories,
                       author, published_at, published_offset, published_raw, fetched_at, tags, themes,
                       ruleset_version, classified_at, stored_at, updated_at, review_status, acts,
                       status, version, version_count) FROM STDIN WITH (FORMAT csv)""";

    private ItemRows() {
    }

    /** Inserts the rows: one {@code COPY}. */
    static void insert(Connection c, List<Row> rows) throws SQLException {
        if (!rows.isEmpty()) {
            CsvCopy.copy(c, COPY, rows, ItemRows::append);
        }
    }

    /**
     * The batch's rows copied while the grouping matches ({@link StoryStore.Overlap}): the grouping starts the copy
     * once its candidates are read and ends it before its next statement, so the server computes the rows' vectors and
     * index entries while the storing thread matches. Nothing in the grouping reads the item rows (an item's story is
     * its member row's, V21; the member's foreign key to its item is checked at the commit), so inserting them before
     * the members is the same transaction's same rows. {@link #finish} after the grouping: the copy ended if it was
     * started, the rows inserted now if the grouping started none (no member to group).
     */
    static final class Overlapped implements StoryStore.Overlap {
        private final List<Row> rows;
        private CsvCopy.Sent open;
        private boolean inserted;

        Overlapped(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void start(Connection c) throws SQLException {
            if (!inserted && open == null && !rows.isEmpty()) {
                open = CsvCopy.sent(c, COPY, rows, ItemRows::append);
                inserted = true;
            }
        }

        @Override
        public void end() throws SQLException {
            if (open != null) {
                CsvCopy.Sent copy = open;
                open = null; // ended once, whatever the outcome
                copy.end();
            }
        }

        @Override
        public void abandon(Exception failure) {
            if (open != null) {
                open.cancel(failure);
                open = null;
            }
        }

        /** After the grouping: the rows are in the table (or this throws, and the batch's transaction rolls back). */
        void finish(Connection c) throws SQLException {
            if (!inserted) {
                insert(c, rows);
                inserted = true;
            }
            end();
        }
    }

    /** One row as a CSV line, the columns of {@link #COPY} in order. */
    static void append(StringBuilder out, Row row) {
        ClassifiedItem classified = row.classified();
        FeedItem item = classified.item();
        value(out, item.id()).append(',');
        value(out, item.sourceId()).append(',');
        value(out, item.sourceName()).append(',');
        value(out, item.link()).append(',');
        value(out, item.guid()).append(',');
        value(out, item.title()).append(',');
        value(out, item.summary()).append(',');
        value(out, item.content()).append(',');
        value(out, classified.language()).append(','); // as analysed (ItemEntity.language)
        value(out, ItemEntity.labelledLanguage(classified)).append(',');
        value(out, ArrayLiterals.of(item.categories())).append(',');
        value(out, item.author()).append(',');
        value(out, item.publishedAt() == null ? null : time(item.publishedAt().toInstant())).append(',');
        value(out, item.publishedAt() == null ? null : item.publishedAt().getOffset().getId()).append(',');
        value(out, item.publishedRaw()).append(',');
        value(out, time(item.fetchedAt())).append(',');
        value(out, json(classified.tags())).append(',');
        value(out, ArrayLiterals.of(classified.themes().stream().distinct().toList())).append(',');
        value(out, classified.rulesetVersion()).append(',');
        value(out, time(classified.classifiedAt())).append(',');
        value(out, time(row.storedAt())).append(',');
        value(out, time(row.storedAt())).append(','); // updated_at: stored now
        value(out, ReviewStatus.NEW.wire()).append(',');
        value(out, row.actsJson()).append(',');
        value(out, PublicationStatus.PUBLISHED.wire()).append(',');
        out.append(item.version()).append(','); // version
        out.append(item.version()).append('\n'); // version_count: the highest version known, this one
    }

    private static StringBuilder value(StringBuilder out, String value) {
        return CsvCopy.field(out, value);
    }

    /**
     * An instant to the microsecond PostgreSQL keeps, rounded half up as the JDBC driver rounds a bound time (so that a
     * row copied equals one inserted with parameters), in ISO-8601 with its zone ({@code Z}): no session setting
     * changes how it reads.
     */
    private static String time(Instant at) {
        return at == null ? null : at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
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
