package org.policymonitor.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
                WHERE status = 'pending' AND next_attempt_at <= :now AND subscription_id NOT IN (:busy)
                ORDER BY next_attempt_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED)
            UPDATE delivery d SET next_attempt_at = :leaseEnd, leased_until = :leaseEnd, attempts = d.attempts + 1, last_attempt_at = :now
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.subscription_id""";

    /**
     * The rest of a digest: every due row of the digest subscriptions just claimed, so a digest is never split (the
     * rows of one digest are always due together: they are scheduled together, see DeliveryLedger).
     */
    private static final String CLAIM_DIGEST_REST = """
            WITH due AS (
                SELECT d.id FROM delivery d JOIN subscription s ON s.id = d.subscription_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= :now AND s.mode = 'digest'
                  AND d.subscription_id IN (:subscriptions)
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE delivery d SET next_attempt_at = :leaseEnd, leased_until = :leaseEnd, attempts = d.attempts + 1, last_attempt_at = :now
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.subscription_id""";

    @Inject
    EntityManager em;

    /** @param busy subscriptions not to claim for now (their sends are all running) */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit, Duration lease, Set<Long> busy) {
        Instant now = Instant.now();
        Instant leaseEnd = now.plus(lease);
        List<Object[]> rows = em.createNativeQuery(CLAIM_DUE)
                .setParameter("now", now).setParameter("leaseEnd", leaseEnd).setParameter("limit", limit)
                .setParameter("busy", busy.isEmpty() ? List.of(-1L) : List.copyOf(busy)) // IN () is not SQL
                .getResultList();
        List<UUID> claimed = new ArrayList<>();
        List<Long> subscriptions = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add((UUID) row[0]);
            subscriptions.add(((Number) row[1]).longValue());
        }
        if (!subscriptions.isEmpty()) {
            List<Object[]> rest = em.createNativeQuery(CLAIM_DIGEST_REST)
                    .setParameter("now", now).setParameter("leaseEnd", leaseEnd)
                    .setParameter("subscriptions", subscriptions.stream().distinct().toList())
                    .getResultList();
            rest.forEach(row -> claimed.add((UUID) row[0]));
        }
        return claimed;
    }
}
