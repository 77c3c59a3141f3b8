package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.PlanCost;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The story keys' check against their members (V13) holds a member like a foreign key would — locked {@code FOR KEY
 * SHARE}, so that a concurrent delete of it cannot leave keys behind — only where another transaction could delete it:
 * a member this transaction wrote is invisible to every other one until the commit, so holding it again costs a row
 * lock, a WAL record and a dirtied page for nothing. The grouping writes each new item's member and then its keys in
 * one transaction (speed4 counted 1.13 such lock records per stored item in the system benchmark). A member committed
 * before is still held, and a key without its member still refused.
 */
class StoryKeyLockTest {

    @Test
    void keysOfMembersThisTransactionWroteLockNoMemberAndOlderMembersAreStillHeld() throws SQLException {
        try (Connection c = PlanCost.freshSchema();
             Statement st = c.createStatement()) {
            member(st, "older"); // committed before
            c.setAutoCommit(false);
            member(st, "new-1");
            member(st, "new-2");
            st.executeUpdate("INSERT INTO story_key (key, at, item_id) SELECT 'k:' || k, now(), i"
                    + " FROM unnest(ARRAY['new-1', 'new-2', 'older']) i, generate_series(1, 3) k");

            assertThat(lockedByThisTransaction(st, "new-1")).as("a member written by this transaction, locked").isFalse();
            assertThat(lockedByThisTransaction(st, "new-2")).as("a member written by this transaction, locked").isFalse();
            assertThat(lockedByThisTransaction(st, "older")).as("a member committed before, held").isTrue();
            c.commit();

            assertThat(count(st, "SELECT count(*) FROM story_key")).isEqualTo(9);
            assertThatThrownBy(() -> st.executeUpdate(
                    "INSERT INTO story_key (key, at, item_id) VALUES ('k:none', now(), 'no-such-member')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
        }
    }

    /** An item and its member row. */
    private static void member(Statement st, String id) throws SQLException {
        st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) VALUES ('" + id + "', 's', now(), now())");
        st.executeUpdate("INSERT INTO story_member (item_id, at, language, simhash, keys, story_id)"
                + " VALUES ('" + id + "', now(), 'en', 1, '{}', 's-" + id + "')");
    }

    /** The member row carries this transaction's id as its locker (a row lock leaves it in {@code xmax}). */
    private static boolean lockedByThisTransaction(Statement st, String id) throws SQLException {
        return count(st, "SELECT count(*) FROM story_member WHERE item_id = '" + id
                + "' AND xmax = pg_current_xact_id()::xid") == 1;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
