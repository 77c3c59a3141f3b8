package org.policymonitor.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;

/** Records how a send went on its delivery rows: delivered, scheduled for a retry with backoff, or dead. */
@ApplicationScoped
public class DeliveryLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);
    private static final int MAX_ERROR = 1000;

    @Inject
    AlertConfig config;
    @Inject
    MeterRegistry registry;

    /** How one send went, for the rows it settles. */
    public record Settled(List<UUID> ids, SendOutcome outcome) {
    }

    /** Records the outcomes of a whole batch of sends in one transaction. */
    @Transactional
    public void record(List<Settled> batch) {
        Instant now = Instant.now();
        Backoff backoff = new Backoff(config.retry().baseDelay(), config.retry().maxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
        Map<UUID, DeliveryEntity> rows = DeliveryEntity.<DeliveryEntity>list("id in ?1",
                        batch.stream().flatMap(s -> s.ids().stream()).toList())
                .stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        for (Settled settled : batch) {
            for (UUID id : settled.ids()) {
                apply(rows.get(id), settled.outcome(), now, backoff);
            }
        }
    }

    private void apply(DeliveryEntity d, SendOutcome outcome, Instant now, Backoff backoff) {
        if (d == null || !DeliveryStatus.PENDING.wire().equals(d.status)) {
            return; // deleted with its subscription, or settled by an admin meanwhile
        }
        d.lastHttpStatus = outcome.httpStatus();
        switch (outcome.kind()) {
            case DELIVERED -> {
                d.status = DeliveryStatus.DELIVERED.wire();
                d.deliveredAt = now;
                d.lastError = null;
            }
            case PERMANENT_FAILURE -> die(d, outcome.error());
            case RETRY -> {
                d.lastError = truncate(outcome.error());
                if (Duration.between(d.dueAt, now).compareTo(config.retry().maxAge()) > 0) {
                    die(d, outcome.error() + " (still failing after " + config.retry().maxAge() + ")");
                } else {
                    d.nextAttemptAt = now.plus(backoff.delayAfter(d.attempts, outcome.retryAfter()));
                }
            }
        }
        registry.counter("policy.alert.deliveries", "outcome", d.status.equals("pending") ? "retry" : d.status)
                .increment();
    }

    private static void die(DeliveryEntity d, String error) {
        d.status = DeliveryStatus.DEAD.wire();
        d.lastError = truncate(error);
        LOG.warnf("delivery %s to subscription %d is dead after %d attempt(s): %s", d.id, d.subscriptionId,
                d.attempts, d.lastError);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR) + "…";
    }
}
