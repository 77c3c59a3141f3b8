package org.policymonitor.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.alert.delivery.send.SendOutcome;
import org.policymonitor.alert.jdbc.PlannedPerCall;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.platform.text.TextCut;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** How one send went, for the rows it settles (as their claim returned them). */
    public record Settled(List<ClaimedDelivery> rows, SendOutcome outcome) {
    }

    /**
     * The outcome of one send on its rows, unless they were settled meanwhile (by an admin) or deleted with their
     * subscription: one statement, no read (the claim returned what the decision needs).
     */
    private static final String SETTLE = """
            UPDATE delivery SET status = ?, delivered_at = coalesce(?, delivered_at), last_error = ?,
                last_http_status = ?, leased_until = NULL, next_attempt_at = coalesce(?, next_attempt_at)
            WHERE id = ANY (?) AND status = 'pending'""";

    @Inject
    EntityManager em;

    /** Records the outcomes of a whole batch of sends in one transaction, in one round trip. */
    @Transactional
    public void record(List<Settled> batch) {
        Instant now = Instant.now();
        Backoff backoff = new Backoff(config.retry().baseDelay(), config.retry().maxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
        List<Fate> fates = batch.stream().filter(s -> !s.rows().isEmpty())
                .map(s -> fate(s.rows(), s.outcome(), now, backoff)).toList();
        int[] counts = em.unwrap(Session.class).doReturningWork(c -> settle(c, fates, now));
        for (int i = 0; i < fates.size(); i++) {
            Fate f = fates.get(i);
            int settled = Math.max(counts[i], 0); // rows deleted with their subscription or settled by an admin: none
            if (settled > 0 && f.status() == DeliveryStatus.DEAD) {
                f.rows().forEach(d -> LOG.warnf("delivery %s to subscription %d is dead after %d attempt(s): %s", d.id(),
                        d.subscriptionId(), d.attempts(), truncate(f.error())));
            } else if (settled > 0 && f.status() == DeliveryStatus.PENDING && worthALine(f.attempts())) {
                ClaimedDelivery first = f.rows().get(0);
                LOG.warnf("delivery %s%s to subscription %d failed on attempt %d, next attempt at %s: %s", first.id(),
                        f.rows().size() > 1 ? " (a digest of " + f.rows().size() + ")" : "", first.subscriptionId(),
                        f.attempts(), f.nextAttempt(), truncate(f.error()));
            }
            registry.counter("policy.alert.deliveries", "outcome",
                    f.status() == DeliveryStatus.PENDING ? "retry" : f.status().wire()).increment(settled);
        }
    }

    /**
     * Writes the fates, one execution of {@link #SETTLE} per send in one JDBC batch. Planned at each execution
     * ({@link PlannedPerCall}): prepared on the server (from its fifth execution; a batch's executions count), the
     * statement kept the generic plan made while the outbox was still empty — a new deployment's first sends —, a
     * walk of the partial index of pending rows filtered by id: every pending row read for every send recorded, until
     * an autoanalyze of {@code delivery} (SettleLookupCostTest: 20,000 of 20,000 rows read to record one send).
     *
     * @return per fate, how many rows it settled
     */
    static int[] settle(Connection c, List<Fate> fates, Instant now) throws SQLException {
        try (PreparedStatement ps = PlannedPerCall.prepare(c, SETTLE)) {
            for (Fate f : fates) {
                ps.setString(1, f.status().wire());
                ps.setTimestamp(2, f.status() == DeliveryStatus.DELIVERED ? Timestamp.from(now) : null);
                ps.setString(3, truncate(f.error()));
                ps.setObject(4, f.httpStatus(), Types.INTEGER);
                ps.setTimestamp(5, f.nextAttempt() == null ? null : Timestamp.from(f.nextAttempt()));
                ps.setArray(6, c.createArrayOf("uuid", f.rows().stream().map(ClaimedDelivery::id).toArray()));
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    /**
     * A failed send that will be retried is logged at its 1st, 2nd, 4th, 8th… attempt: the operator learns at once that
     * a receiver (or the mail server) fails and why, and one down for a day (about 70 attempts at the default backoff)
     * writes seven lines per delivery, not one per attempt; every attempt shows in {@code lastError} and the retry metric.
     */
    static boolean worthALine(int attempt) {
        return attempt > 0 && Integer.bitCount(attempt) == 1;
    }

    /** What one send's outcome makes of its rows. */
    record Fate(List<ClaimedDelivery> rows, DeliveryStatus status, String error, Integer httpStatus,
                Instant nextAttempt) {

        int attempts() {
            return attemptsOf(rows);
        }
    }

    /** A send's attempt: its rows' highest count (a digest's rows may have been claimed unequally often). */
    private static int attemptsOf(List<ClaimedDelivery> rows) {
        return rows.stream().mapToInt(ClaimedDelivery::attempts).max().orElse(1);
    }

    /**
     * One send, one fate: the rows a send settled (several for a digest) are delivered, given up or rescheduled
     * together — one retry time for all, so that a digest is retried whole and never as partial digests.
     */
    private Fate fate(List<ClaimedDelivery> group, SendOutcome outcome, Instant now, Backoff backoff) {
        return switch (outcome.kind()) {
            case DELIVERED -> new Fate(group, DeliveryStatus.DELIVERED, null, outcome.httpStatus(), null);
            case PERMANENT_FAILURE -> new Fate(group, DeliveryStatus.DEAD, outcome.error(), outcome.httpStatus(), null);
            case RETRY -> {
                Instant firstDue = group.stream().map(ClaimedDelivery::dueAt).min(Instant::compareTo).orElse(now);
                if (Duration.between(firstDue, now).compareTo(config.retry().maxAge()) > 0) {
                    yield new Fate(group, DeliveryStatus.DEAD,
                            outcome.error() + " (still failing after " + config.retry().maxAge() + ")",
                            outcome.httpStatus(), null);
                }
                yield new Fate(group, DeliveryStatus.PENDING, outcome.error(), outcome.httpStatus(),
                        now.plus(backoff.delayAfter(attemptsOf(group), outcome.retryAfter())));
            }
        };
    }

    private static String truncate(String s) {
        return TextCut.shortened(s, MAX_ERROR);
    }
}
