package org.policymonitor.alert.item.store;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.PlanCost;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding which of a batch's items are stored already costs what the batch's ids need, however the item table grew
 * since the connection's first batches. pgJDBC prepares a statement on the server from its fifth execution, and the
 * server then keeps a generic plan made while the table was empty — a scan of the whole table — until an autoanalyze
 * invalidates it: in the system benchmark (20,000 items, no autoanalyze of {@code item} during the run) the look-up
 * read every stored item for every batch. On a fresh database, as a new deployment's first minutes are: ten batches'
 * look-ups on the empty table, the table grown to 20,000 rows without statistics, then one more look-up.
 */
class StoredIdsLookupCostTest {

    private static final int GROWN = 20_000;

    @Test
    void aBatchsLookupDoesNotReadTheWholeItemTable() throws SQLException {
        try (Connection c = PlanCost.freshSchema();
             Statement st = c.createStatement()) {
            List<String> batch = IntStream.range(0, 500).mapToObj(n -> "new-" + n).toList();
            for (int n = 0; n < 10; n++) {
                assertThat(ItemStore.storedIds(c, batch)).isEmpty();
            }
            st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) SELECT 'i-' || n, 's', now(), now()"
                    + " FROM generate_series(1, " + GROWN + ") n");

            c.setAutoCommit(false);
            long before = PlanCost.rowsScanned(st, "item");
            assertThat(ItemStore.storedIds(c, List.of("i-7", "new-1", "i-" + GROWN))).containsOnly("i-7", "i-" + GROWN);
            long scanned = PlanCost.rowsScanned(st, "item") - before;
            c.rollback();

            assertThat(scanned).as("item rows read sequentially to look up 3 ids (of %d items)", GROWN)
                    .isLessThan(1_000);
        }
    }
}
