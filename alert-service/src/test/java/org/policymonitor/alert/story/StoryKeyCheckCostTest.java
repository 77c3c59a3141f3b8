package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.PlanCost;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story keys' check against their members (V13) costs what the statement's keys need, however the member table
 * grew since the session first checked keys. A PL/pgSQL trigger's static query keeps the plan of its first call for
 * the session: made while {@code story_member} held a few hundred rows, that plan read the whole table for every later
 * statement (perf-store2's story grouping grew from 0.73 to 1.32 ms per item up to 100,000 items, and fell back when an
 * autoanalyze happened to invalidate the plan). On a fresh database, as a new deployment's first hours are: a first
 * batch's keys checked while the table is small, the table grown 40-fold without statistics, then one item's keys.
 */
class StoryKeyCheckCostTest {

    private static final int FIRST_BATCH = 500;
    private static final int GROWN = 20_000;

    @Test
    void checkingOneItemsKeysDoesNotReadTheWholeMemberTable() throws SQLException {
        try (Connection c = PlanCost.freshSchema();
             Statement st = c.createStatement()) {
            // a first batch as the grouping writes it: items, members and ~7 keys each, the keys in one statement
            members(st, 1, FIRST_BATCH);
            st.executeUpdate("INSERT INTO story_key (key, at, item_id) SELECT 'k:' || k, now(), 'i-' || n"
                    + " FROM generate_series(1, " + FIRST_BATCH + ") n, generate_series(1, 7) k");
            members(st, FIRST_BATCH + 1, GROWN);

            c.setAutoCommit(false);
            long before = PlanCost.rowsScanned(st, "story_member");
            st.executeUpdate("INSERT INTO story_key (key, at, item_id) SELECT 'later:' || k, now(), 'i-" + GROWN + "'"
                    + " FROM generate_series(1, 7) k");
            long scanned = PlanCost.rowsScanned(st, "story_member") - before;
            c.rollback();

            assertThat(scanned).as("story_member rows read sequentially to check one item's 7 keys (of %d members)",
                    GROWN).isLessThan(1_000);
        }
    }

    /** Items {@code from..to} with their member rows, as one statement each (no statistics gathered). */
    private static void members(Statement st, int from, int to) throws SQLException {
        st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) SELECT 'i-' || n, 's', now(), now()"
                + " FROM generate_series(" + from + ", " + to + ") n");
        st.executeUpdate("INSERT INTO story_member (item_id, at, language, simhash, keys, story_id)"
                + " SELECT 'i-' || n, now(), 'en', n, '{}', 's-' || n FROM generate_series(" + from + ", " + to + ") n");
    }
}
