package org.policymonitor.alert.item.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.PublicationStatus;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.jdbc.ArrayLiterals;
import org.policymonitor.events.EventJson;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.ProcessCpu;
import org.policymonitor.testing.corpus.BenchmarkNews;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's CPU per stored item, measured apart, for the two changes of perf-store2 (issue 14): the PostgreSQL
 * backend's own CPU (from {@code /proc}, the test's database runs on this machine) and this thread's, over the same
 * benchmark-like items (testing's {@code BenchmarkNews}, ~80 English words), rounds alternating so that a change in the
 * machine's load falls on both sides alike.
 * <ol>
 *   <li>the new item rows: plain JDBC, 100 rows to an {@code INSERT … VALUES} statement ({@link ValuesRows}, before
 *   perf14; perf-store2 measured it against Hibernate's one-row-per-statement batch) against one {@code COPY}
 *   ({@code ItemRows}, {@code ItemStore}'s path now), rows only, in transactions of 500;</li>
 *   <li>the story keys' check: {@code ItemStore.store} of batches of 500 with the keys' deferred foreign key to
 *   {@code item} put back (and V13's triggers off) against V13 as it is.</li>
 * </ol>
 * Run: {@code ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=StoringCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true [-Dbench.storingRounds=6]}
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(StoringCostBenchmark.LongBatches.class)
class StoringCostBenchmark {

    /** A batch of 500 may take longer than the default minute on a machine many builds share. */
    public static class LongBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "PT15M");
        }
    }

    private static final int ROUNDS = Integer.getInteger("bench.storingRounds", 6);
    private static final int BATCH = 500;
    private static final int BATCHES_PER_ROUND = 4;

    @Inject
    ItemStore store;
    @Inject
    StatelessSession stateless;
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    private int serial;

    @Test
    void itemRowsAndKeyChecks() throws Exception {
        double[][] insert = new double[2][2];
        double[][] keys = new double[2][2];
        // rounds -2 and -1 warm both sides up (the JIT, Hibernate's and PostgreSQL's plan caches), unmeasured
        for (int r = -2; r < ROUNDS; r++) {
            int side = Math.floorMod(r, 2); // 0 before, 1 after
            for (int b = 0; b < BATCHES_PER_ROUND; b++) {
                List<ClassifiedItem> items = items("rows");
                double[] cost = measure(() -> {
                    if (side == 0) {
                        em.unwrap(Session.class).doWork(c -> ValuesRows.insert(c, rows(items)));
                    } else {
                        em.unwrap(Session.class).doWork(c -> ItemRows.insert(c, rows(items)));
                    }
                });
                if (r >= 0) {
                    add(insert[side], cost);
                }
            }
        }
        int per = (ROUNDS / 2) * BATCHES_PER_ROUND * BATCH;
        System.out.printf("item rows, per item (backend CPU / this thread's CPU, ms): INSERT … VALUES, 100 rows a statement "
                        + "%.3f / %.3f, COPY %.3f / %.3f (%d items each)%n", insert[0][0] / per, insert[0][1] / per, insert[1][0] / per,
                insert[1][1] / per, per);
        for (int r = -2; r < ROUNDS; r++) {
            int side = Math.floorMod(r, 2);
            sql(side == 0 ? """
                    ALTER TABLE story_key DISABLE TRIGGER story_key_member_on_insert;
                    ALTER TABLE story_key ADD CONSTRAINT story_key_item_id_fkey FOREIGN KEY (item_id) REFERENCES item (id)
                        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID""" : """
                    ALTER TABLE story_key DROP CONSTRAINT IF EXISTS story_key_item_id_fkey;
                    ALTER TABLE story_key ENABLE TRIGGER story_key_member_on_insert""");
            for (int b = 0; b < BATCHES_PER_ROUND; b++) {
                List<ClassifiedItem> items = items("keys");
                double[] cost = measure(() -> store.store(items));
                if (r >= 0) {
                    add(keys[side], cost);
                }
            }
        }
        sql("""
                ALTER TABLE story_key DROP CONSTRAINT IF EXISTS story_key_item_id_fkey;
                ALTER TABLE story_key ENABLE TRIGGER story_key_member_on_insert""");
        System.out.printf("ItemStore.store, per item (backend CPU / this thread's CPU, ms): keys' foreign key %.3f / %.3f, "
                        + "V13 trigger %.3f / %.3f (%d items each)%n", keys[0][0] / per, keys[0][1] / per,
                keys[1][0] / per, keys[1][1] / per, per);
        assertThat(insert[1][0]).isPositive();
    }

    private static List<ItemRows.Row> rows(List<ClassifiedItem> items) {
        List<ItemRows.Row> rows = new ArrayList<>();
        for (ClassifiedItem i : items) {
            rows.add(new ItemRows.Row(i, Instant.now(), "[]"));
        }
        return rows;
    }

    /** Backend CPU and this thread's CPU (ms) of one transaction, its commit included. */
    private double[] measure(Runnable work) throws Exception {
        long[] pid = new long[1];
        double[] before = new double[1];
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        QuarkusTransaction.requiringNew().run(() -> {
            em.unwrap(Session.class).doWork(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    pid[0] = rs.getLong(1);
                }
                before[0] = ProcessCpu.millis(pid[0]);
            });
            work.run();
        });
        double backend = ProcessCpu.millis(pid[0]) - before[0];
        long self = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread;
        return new double[]{backend, self / 1e6};
    }

    private static void add(double[] into, double[] cost) {
        into[0] += cost[0];
        into[1] += cost[1];
    }

    private List<ClassifiedItem> items(String what) {
        String source = TestItems.uniqueSource(what);
        Instant fetched = Instant.now();
        List<ClassifiedItem> out = new ArrayList<>();
        for (int k = 0; k < BATCH; k++) {
            int i = serial++;
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            String link = "https://news.bench.example.org/" + source + "/" + i;
            FeedItem f = FeedItem.of(source, "Benchmark News", link, link, BenchmarkNews.title(kind, i),
                    BenchmarkNews.text(kind, i), null, "en", List.of("News"), null,
                    OffsetDateTime.ofInstant(fetched.plusSeconds(i), ZoneOffset.ofHours(3)), null, fetched);
            out.add(TestItems.untagged(f));
        }
        return out;
    }

    private void sql(String statements) {
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement()) {
                for (String one : statements.split(";")) {
                    s.execute(one);
                }
            }
        }));
    }

    /** The item rows as perf14 found them: 100 to an {@code INSERT … VALUES} statement (the "before" of its measurement). */
    static final class ValuesRows {
        /** Rows per statement: 26 parameters each, well under the protocol's 32,767. */
        static final int ROWS_PER_STATEMENT = 100;

        private static final String COLUMNS = """
                INSERT INTO item (id, source_id, source_name, link, guid, title, summary, content, language, categories,
                                  author, published_at, published_offset, published_raw, fetched_at, tags, themes,
                                  ruleset_version, classified_at, stored_at, updated_at, review_status, acts,
                                  status, version, version_count) VALUES
                """;
        /** Categories and themes are bound as array literals ({@code ArrayLiterals}), cast here. */
        private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, cast(? as jsonb),"
                + " cast(? as text[]), ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)";
        /** The statement of a whole chunk, built once (the last chunk of a batch is usually shorter). */
        private static final String FULL_CHUNK = sql(ROWS_PER_STATEMENT);

        /** Inserts the rows, in statements of up to {@link #ROWS_PER_STATEMENT}. */
        static void insert(Connection c, List<ItemRows.Row> rows) throws SQLException {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<ItemRows.Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement ps = c.prepareStatement(chunk.size() == ROWS_PER_STATEMENT ? FULL_CHUNK
                        : sql(chunk.size()))) {
                    int i = 1;
                    for (ItemRows.Row e : chunk) {
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

        private static int bind(PreparedStatement ps, int first, ItemRows.Row row) throws SQLException {
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
            ps.setString(i++, item.language());
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
}
