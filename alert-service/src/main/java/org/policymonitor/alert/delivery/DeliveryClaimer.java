package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Claims due deliveries for this worker. {@code FOR UPDATE SKIP LOCKED} lets several instances claim at once
 * without waiting for or taking each other's rows; a claim is a lease (the row's next attempt moves to
 * now + lease), so the rows stay invisible while being sent and come back by themselves if this instance dies.
 */
@ApplicationScoped
public class DeliveryClaimer {

    private static final String CLAIM_DUE = """
            WITH due AS (
                SELECT id FROM delivery
                WHERE status = 'pending' AND next_attempt_at <= ? AND subscription_id <> ALL (?)
                ORDER BY next_attempt_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE delivery d SET next_attempt_at = ?, leased_until = ?, attempts = d.attempts + 1, last_attempt_at = ?
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.subscription_id, d.item_id, d.status_event_id, d.change_id, d.digest_id, d.created_at,
                      d.due_at, d.attempts""";

    /**
     * The rest of a digest: every due row of the digest subscriptions just claimed, so a digest is never split (the
     * rows of one digest are always due together: they are scheduled together, see DeliveryLedger).
     */
    private static final String CLAIM_DIGEST_REST = """
            WITH due AS (
                SELECT d.id FROM delivery d JOIN subscription s ON s.id = d.subscription_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.mode = 'digest'
                  AND d.subscription_id = ANY (?)
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE delivery d SET next_attempt_at = ?, leased_until = ?, attempts = d.attempts + 1, last_attempt_at = ?
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.subscription_id, d.item_id, d.status_event_id, d.change_id, d.digest_id, d.created_at,
                      d.due_at, d.attempts""";

    @Inject
    EntityManager em;

    /**
     * @param busy subscriptions not to claim for now (their sends are all running)
     * @return the claimed rows with what sending them needs: their only read
     */
    @Transactional
    public List<ClaimedDelivery> claim(int limit, Duration lease, Set<Long> busy) {
        Instant now = Instant.now();
        Instant leaseEnd = now.plus(lease);
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CLAIM_DUE)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setArray(2, c.createArrayOf("bigint", busy.toArray()));
                ps.setInt(3, limit);
                ps.setTimestamp(4, Timestamp.from(leaseEnd));
                ps.setTimestamp(5, Timestamp.from(leaseEnd));
                ps.setTimestamp(6, Timestamp.from(now));
                read(ps, claimed);
            }
            List<Long> subscriptions = claimed.stream().map(ClaimedDelivery::subscriptionId).distinct().toList();
            if (!subscriptions.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(CLAIM_DIGEST_REST)) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setArray(2, c.createArrayOf("bigint", subscriptions.toArray()));
                    ps.setTimestamp(3, Timestamp.from(leaseEnd));
                    ps.setTimestamp(4, Timestamp.from(leaseEnd));
                    ps.setTimestamp(5, Timestamp.from(now));
                    read(ps, claimed);
                }
            }
            return claimed;
        });
    }

    private static void read(PreparedStatement ps, List<ClaimedDelivery> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(new ClaimedDelivery(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getObject(6, UUID.class),
                        rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getInt(9)));
            }
        }
    }
}
