package org.policymonitor.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox gauges for alerting on the alerting: how many deliveries wait or are dead, and how overdue the oldest
 * waiting one is. Refreshed on a schedule, not at scrape time, so scrapes never load the database.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicLong oldestOverdueSeconds = new AtomicLong();

    @Inject
    EntityManager em;

    @Inject
    DeliveryMetrics(MeterRegistry registry) {
        registry.gauge("policy.alert.outbox.deliveries", Tags.of("status", "pending"), pending);
        registry.gauge("policy.alert.outbox.deliveries", Tags.of("status", "dead"), dead);
        registry.gauge("policy.alert.outbox.oldest.overdue.seconds", Tags.empty(), oldestOverdueSeconds);
    }

    @Scheduled(identity = "delivery-metrics", every = "${policy.alert.metrics.interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT status, count(*), min(due_at) FROM delivery WHERE status IN ('pending', 'dead') GROUP BY status")
                    .getResultList();
            long p = 0;
            long d = 0;
            long overdue = 0;
            for (Object[] row : rows) {
                long n = ((Number) row[1]).longValue();
                if ("pending".equals(row[0])) {
                    p = n;
                    Instant oldest = row[2] instanceof Instant i ? i
                            : row[2] instanceof Timestamp t ? t.toInstant()
                            : row[2] instanceof OffsetDateTime o ? o.toInstant() : null;
                    overdue = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds());
                } else {
                    d = n;
                }
            }
            pending.set(p);
            dead.set(d);
            oldestOverdueSeconds.set(overdue);
        } catch (RuntimeException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }
}
