package org.policymonitor.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.alert.delivery.send.SendOutcome;
import org.policymonitor.platform.retry.Backoff;

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
            List<DeliveryEntity> group = settled.ids().stream().map(rows::get)
                    // deleted with its subscription, or settled by an admin meanwhile
                    .filter(d -> d != null && DeliveryStatus.PENDING.wire().equals(d.status))
                    .toList();
            if (!group.isEmpty()) {
                apply(group, settled.outcome(), now, backoff);
            }
        }
    }

    /**
     * One send, one fate: the rows a send settled (several for a digest) are delivered, given up or rescheduled
     * together — one retry time for all, so that a digest is retried whole and never as partial digests.
     */
    private void apply(List<DeliveryEntity> group, SendOutcome outcome, Instant now, Backoff backoff) {
        Instant nextAttempt = null;
        String deathReason = null;
        switch (outcome.kind()) {
            case PERMANENT_FAILURE -> deathReason = outcome.error();
            case RETRY -> {
                Instant firstDue = group.stream().map(d -> d.dueAt).min(Instant::compareTo).orElse(now);
                int attempts = group.stream().mapToInt(d -> d.attempts).max().orElse(1);
                if (Duration.between(firstDue, now).compareTo(config.retry().maxAge()) > 0) {
                    deathReason = outcome.error() + " (still failing after " + config.retry().maxAge() + ")";
                } else {
                    nextAttempt = now.plus(backoff.delayAfter(attempts, outcome.retryAfter()));
                }
            }
            case DELIVERED -> {
            }
        }
        for (DeliveryEntity d : group) {
            d.lastHttpStatus = outcome.httpStatus();
            d.leasedUntil = null;
            if (outcome.kind() == SendOutcome.Kind.DELIVERED) {
                d.status = DeliveryStatus.DELIVERED.wire();
                d.deliveredAt = now;
                d.lastError = null;
            } else if (deathReason != null) {
                die(d, deathReason);
            } else {
                d.lastError = truncate(outcome.error());
                d.nextAttemptAt = nextAttempt;
            }
            registry.counter("policy.alert.deliveries", "outcome", d.status.equals("pending") ? "retry" : d.status)
                    .increment();
        }
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
