package org.policymonitor.alert.item.store;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.TestPostgres;
import org.policymonitor.testing.corpus.BenchmarkNews;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text index's pending entries are merged by {@link SearchIndexUpkeep} on its own connection once enough
 * items were stored, not left for a storing statement to merge when the list outgrows its limit; and the vector goes
 * out of line as it did, uncompressed, with no compression attempt (V16). A fresh migrated database of its own, the
 * system benchmark's kind of item.
 */
class SearchIndexUpkeepTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private PGSimpleDataSource dataSource;
    private SearchIndexUpkeep upkeep;
    private int serial;

    @BeforeEach
    void freshDatabase() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                .load().migrate();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        upkeep = new SearchIndexUpkeep();
        upkeep.dataSource = dataSource;
        upkeep.registry = registry;
    }

    @Test
    void onceEnoughItemsAreStoredTheirPendingEntriesAreMergedByTheUpkeep() throws SQLException {
        store(SearchIndexUpkeep.THRESHOLD + 100);
        assertThat(pendingPages()).as("pending pages before the upkeep's tick").isPositive();

        upkeep.tick();

        assertThat(pendingPages()).as("pending pages left after the upkeep's tick").isZero();
    }

    @Test
    void fewItemsAreLeftPendingUntilMoreCome() throws SQLException {
        store(10);

        long before = pendingPages();
        upkeep.tick(); // a merge per few items would cost nearly what an insert into the tree does

        assertThat(before).as("pending pages of 10 items").isPositive();
        assertThat(pendingPages()).as("pending pages after a tick with 10 items stored").isEqualTo(before);
    }

    /**
     * An upkeep failing for any other reason than a refusal (the index gone, the database away, a timeout) was logged
     * at DEBUG only: the merges stopped and the storing statements paid for them again, unseen. It is a WARN once per
     * distinct failure (not at every tick) and a count.
     */
    @Test
    void aFailingUpkeepIsAWarningOncePerDistinctFailureAndCounted() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX item_search_idx");
        }
        List<String> warnings;
        try (CapturedLog log = CapturedLog.warnings(SearchIndexUpkeep.class)) {
            assertThat(upkeep.merge()).isEqualTo(-1);
            assertThat(upkeep.merge()).as("the same failure again").isEqualTo(-1);
            warnings = log.lines();
        }

        assertThat(warnings).as("WARN lines").singleElement().asString()
                .contains("search index upkeep failed").contains("item_search_idx");
        assertThat(registry.counter(SearchIndexUpkeep.FAILURES).count()).as("failures counted").isEqualTo(2);
    }

    @Test
    void theVectorGoesOutOfLineUncompressedAndReadsTheSame() throws SQLException {
        store(50);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT attstorage FROM pg_attribute WHERE attrelid = 'item'::regclass AND attname = 'search'),
                            count(*) FILTER (WHERE pg_column_toast_chunk_id(search) IS NOT NULL),
                            count(*) FILTER (WHERE pg_column_compression(search) IS NOT NULL),
                            count(*) FILTER (WHERE search IS DISTINCT FROM item_search_vector(coalesce(title, ''),
                                coalesce(summary, '') || ' ' || coalesce(content, ''))),
                            count(*) FILTER (WHERE search @@ websearch_to_tsquery('english', 'regional authorities'))
                     FROM item""")) {
            rs.next();
            assertThat(rs.getString(1)).as("storage of item.search: e = EXTERNAL (out of line, never compressed)")
                    .isEqualTo("e");
            assertThat(rs.getLong(2)).as("vectors out of line").isPositive();
            assertThat(rs.getLong(3)).as("vectors compressed").isZero();
            assertThat(rs.getLong(4)).as("vectors other than the function's").isZero();
            assertThat(rs.getLong(5)).as("items found by words of their common text").isEqualTo(50);
        }
    }

    /** Stores {@code n} new item rows as the storing transaction does, and tells the upkeep. */
    private void store(long n) throws SQLException {
        Instant now = Instant.now();
        List<ItemRows.Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = serial++;
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            String link = "https://news.bench.example.org/upkeep/" + i;
            FeedItem f = FeedItem.of("upkeep", "Benchmark News", link, link, BenchmarkNews.title(kind, i),
                    BenchmarkNews.text(kind, i), null, "en", List.of("News"), null,
                    OffsetDateTime.ofInstant(now.plusSeconds(i), ZoneOffset.ofHours(3)), null, now);
            rows.add(new ItemRows.Row(TestItems.untagged(f), now, "[]"));
        }
        try (Connection c = dataSource.getConnection()) {
            ItemRows.insert(c, rows);
        }
        upkeep.added(rows.size());
    }

    /** Pages in the index's pending list, read from its metapage (pageinspect), without merging them. */
    private long pendingPages() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pageinspect");
            try (ResultSet rs = s.executeQuery(
                    "SELECT n_pending_pages FROM gin_metapage_info(get_raw_page('item_search_idx', 0))")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
