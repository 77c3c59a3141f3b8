package org.policymonitor.alert.story;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the stories of a batch's candidates costs what the candidates need, however {@code story_member} grew since
 * the connection's first batches: a plan the server made and kept while the table was empty reads all of it (see
 * {@code StoredIdsLookupCostTest}, the same for the item table). Ten batches' look-ups on the empty table, the table
 * grown to 20,000 members without statistics, then one more.
 */
class MemberLookupCostTest {

    private static final int GROWN = 20_000;

    @Test
    void theCandidatesStoriesAreReadWithoutReadingEveryMember() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement st = c.createStatement()) {
            List<String> candidates = IntStream.range(0, 300).mapToObj(n -> "cand-" + n).toList();
            for (int n = 0; n < 10; n++) {
                StoryStore.storiesOf(c, candidates);
            }
            st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) SELECT 'i-' || n, 's', now(), now()"
                    + " FROM generate_series(1, " + GROWN + ") n");
            st.executeUpdate("INSERT INTO story_member (item_id, at, language, simhash, keys, story_id)"
                    + " SELECT 'i-' || n, now(), 'en', n, '{}', 's-' || n FROM generate_series(1, " + GROWN + ") n");

            c.setAutoCommit(false);
            long before = memberRowsScanned(st);
            assertThat(StoryStore.storiesOf(c, List.of("i-7", "cand-1"))).containsOnlyKeys("i-7");
            long scanned = memberRowsScanned(st) - before;
            c.rollback();

            assertThat(scanned).as("story_member rows read sequentially to look up 2 candidates (of %d members)", GROWN)
                    .isLessThan(1_000);
        }
    }

    /** This transaction's sequential reads of story_member so far (counted in the backend, no statistics flush). */
    private static long memberRowsScanned(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                "SELECT coalesce(seq_tup_read, 0) FROM pg_stat_xact_user_tables WHERE relname = 'story_member'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
