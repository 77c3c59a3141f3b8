package org.policymonitor.alert.delivery;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.PlanCost;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a send's outcome ({@code UPDATE delivery … WHERE id = ANY (?)}) costs what its rows need, however the
 * outbox grew since the connection's first sends. pgJDBC prepares a statement on the server from its fifth execution
 * (the executions of a JDBC batch count), and the server then keeps a generic plan made while the delivery table was
 * empty — a scan of the whole table — until an autoanalyze invalidates it. On a fresh database, as a new deployment's
 * first minutes are: ten sends recorded on the empty table, the table grown to 20,000 rows without statistics, then
 * one more send recorded.
 */
class SettleLookupCostTest {

    private static final int GROWN = 20_000;

    @Test
    void recordingASendDoesNotReadTheWholeOutbox() throws SQLException {
        try (Connection c = PlanCost.freshSchema();
             Statement st = c.createStatement()) {
            Instant now = Instant.now();
            for (int n = 0; n < 10; n++) { // a batch of two sends each time, as the recorder writes them
                int[] counts = DeliveryLedger.settle(c, List.of(delivered(UUID.randomUUID()),
                        delivered(UUID.randomUUID())), now);
                assertThat(counts).containsExactly(0, 0);
            }
            st.executeUpdate("""
                    INSERT INTO subscription (id, name, channel, url, secret, mode, created_at, updated_at)
                    VALUES (1, 'hook', 'webhook', 'https://example.org/hook', 's', 'immediate', now(), now())""");
            st.executeUpdate("INSERT INTO item (id, source_id, stored_at, updated_at) SELECT 'i-' || n, 's', now(), now()"
                    + " FROM generate_series(1, " + GROWN + ") n");
            st.executeUpdate("""
                    INSERT INTO delivery (id, subscription_id, kind, item_id, status, due_at, next_attempt_at, created_at)
                    SELECT md5(n::text)::uuid, 1, 'item', 'i-' || n, 'pending', now(), now(), now()
                    FROM generate_series(1, %d) n""".formatted(GROWN));

            c.setAutoCommit(false);
            // index fetches count too: the partial index of pending rows matches the statement's status = 'pending'
            long before = PlanCost.rowsRead(st, "delivery");
            UUID one = uuidOf(st, 7);
            int[] counts = DeliveryLedger.settle(c, List.of(delivered(one)), now);
            long scanned = PlanCost.rowsRead(st, "delivery") - before;
            c.rollback();

            assertThat(counts).containsExactly(1);
            assertThat(scanned).as("delivery rows read to record one send (of %d rows)", GROWN)
                    .isLessThan(1_000);
        }
    }

    private static DeliveryLedger.Fate delivered(UUID id) {
        Instant at = Instant.now();
        return new DeliveryLedger.Fate(List.of(new ClaimedDelivery(id, 1, "i-1", null, null, null, at, at, 1)),
                DeliveryStatus.DELIVERED, null, 200, null);
    }

    private static UUID uuidOf(Statement st, int n) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT md5('" + n + "')::uuid")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }
}
