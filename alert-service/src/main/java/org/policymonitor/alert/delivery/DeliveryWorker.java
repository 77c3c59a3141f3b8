package org.policymonitor.alert.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.alert.delivery.email.EmailSender;
import org.policymonitor.alert.delivery.send.SendOutcome;
import org.policymonitor.alert.delivery.webhook.WebhookSender;
import org.policymonitor.platform.retry.Failures;
import org.policymonitor.platform.retry.OutageLog;
import org.policymonitor.platform.threads.DaemonThreads;
import org.policymonitor.alert.subscription.Channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends what the outbox owes, on every tick: claim due rows, send them (in parallel, outside any transaction, at
 * most a few per subscription at once), record the outcomes as they come, batched, on a thread of their own — a
 * send's slot is free as soon as its receiver answered, so one subscription's alerts flow as fast as its receiver
 * answers. Runs in every instance; claims never overlap (see {@link DeliveryClaimer}).
 */
@ApplicationScoped
@Startup // checks its configuration at start-up, not at the first tick
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** While the database is away, the least time between two log lines saying so (the health check says it all along). */
    private static final Duration OUTAGE_REMINDER = Duration.ofMinutes(5);

    @Inject
    AlertConfig config;
    @Inject
    DeliveryClaimer claimer;
    @Inject
    AlertAssembler assembler;
    @Inject
    DeliveryLedger ledger;
    @Inject
    EmailSender email;
    @Inject
    WebhookSender webhook;

    private ExecutorService senders;
    private SendDispatcher dispatcher;
    private final Queue<DeliveryLedger.Settled> outcomes = new ConcurrentLinkedQueue<>();
    /** A database outage in a few lines, not one per tick (~1,800 an hour at the default interval). */
    private final OutageLog databaseOutage = new OutageLog(LOG, "the database",
            "deliveries wait in the outbox until it returns", OUTAGE_REMINDER, Clock.systemUTC());
    private final ReentrantLock recording = new ReentrantLock();
    /** The last claim was cut by its limit: more rows are probably due, claim again when sends finish. */
    private volatile boolean moreDue;
    /**
     * The last claim left out subscriptions whose send slots and look-ahead were full: their due rows are claimed when
     * one of their queued sends starts, not at the next tick.
     */
    private volatile boolean skippedBusy;
    private ExecutorService nudges;
    private final AtomicBoolean nudgePending = new AtomicBoolean();
    private ExecutorService recorder;
    private final AtomicBoolean recordingPending = new AtomicBoolean();

    @PostConstruct
    void start() {
        // a lease shorter than the longest send would make the worker skip every send, silently: refuse to start
        if (config.worker().lease().compareTo(longestSend()) <= 0) {
            throw new IllegalStateException("policy.alert.worker.lease (" + config.worker().lease()
                    + ") must be longer than the longest send, " + longestSend()
                    + " (webhook connect + request timeout, or the mail send timeout)");
        }
        senders = new SenderPool(config.worker().concurrency(), DaemonThreads.named("alert-sender"));
        dispatcher = new SendDispatcher(senders, config.worker().perSubscriptionConcurrency(), lookAhead(),
                this::slotFreed);
        nudges = Executors.newSingleThreadExecutor(DaemonThreads.named("alert-nudge"));
        recorder = Executors.newSingleThreadExecutor(DaemonThreads.named("alert-recorder"));
    }

    /** Set when the application begins to stop: ticks after that would only meet a closed database layer. */
    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        senders.shutdownNow();
        nudges.shutdownNow();
        recorder.shutdownNow();
    }

    /**
     * Called after a transaction that wrote deliveries due now committed: sends them right away instead of at
     * the next tick (alerts within milliseconds). Nudges arriving while one is pending collapse into it.
     */
    public void nudge() {
        if (stopping) {
            return;
        }
        if (nudgePending.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgePending.set(false);
                tick();
            });
        }
    }

    @Scheduled(identity = "delivery-worker", every = "${policy.alert.worker.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (stopping) {
            return;
        }
        try {
            // keep going while full batches come back, so a backlog drains at full speed rather than one batch a tick
            int claimed;
            do {
                claimed = runOnce();
            } while (claimed >= config.worker().batchSize());
            databaseOutage.succeeded();
        } catch (RuntimeException e) {
            failed("delivery worker tick failed (will try again next tick): %s", e);
        }
    }

    /** A database outage is said by {@link #databaseOutage}; any other failure at each occurrence. */
    private void failed(String format, RuntimeException e) {
        if (Failures.isDatabaseUnreachable(e)) {
            databaseOutage.failed(e);
        } else {
            LOG.warnf(format, Failures.describe(e));
        }
    }

    /**
     * Claims due rows (not of subscriptions whose send slots are all busy) and hands their sends to the
     * dispatcher; does not wait for them. Each send's outcome is recorded soon after it is known (by the recorder,
     * batched with the others known by then), so a stalled receiver never holds back the recording of the sends that
     * succeeded beside it, and no send slot waits for the database.
     *
     * @return how many delivery rows were claimed
     */
    public int runOnce() {
        // Those a failed recording left behind (database briefly away), and before claiming, on purpose. Checked for
        // loss, delay and double sends (2 Dec 2026): an outcome is never dropped — a failed recording puts its batch
        // back, and only a crash loses one, held in memory whatever the order here: its rows' lease ends, they are
        // claimed and sent again (at least once; the delivery id lets the receiver drop the repeat). A delay is at
        // most this one transaction, and only when outcomes are waiting: recording never waits here (tryLock), and
        // the thread holding the lock looks at the queue again after unlocking, so nothing added meanwhile strands.
        // Recording first is what keeps this instance from sending twice after an outage that outlasted a lease:
        // a row sent before it is settled here before the claim below could take it again (claiming first would
        // re-send it). What is left: another instance may claim such a row first, and a claim that works while this
        // recording keeps failing past the lease would re-send its rows; both need a database fault longer than the
        // lease, and the receiver's delivery-id check covers them.
        recordOutcomes();
        int room = maxPending() - dispatcher.pending();
        if (room <= 0) {
            moreDue = true; // claim again when sends finish
            return 0;
        }
        int limit = Math.min(config.worker().batchSize(), room);
        Set<Long> busy = dispatcher.saturated();
        skippedBusy = !busy.isEmpty(); // before claiming: a slot freed while the claim runs must nudge
        List<ClaimedDelivery> claimed = claimer.claim(limit, config.worker().lease(), busy);
        moreDue = claimed.size() >= limit;
        if (claimed.isEmpty()) {
            return 0;
        }
        // a send that could still be running when the lease ends might overlap another instance's: skip it, the
        // rows come back when the lease ends (a subscription's sends queued behind a stalled receiver, or a lease
        // configured too short)
        Instant lastSafeStart = Instant.now().plus(config.worker().lease()).minus(longestSend());
        for (AlertAssembler.Job job : assembler.assemble(claimed)) {
            dispatcher.submit(job.alert().subscriptionId(), () -> {
                if (stopping || Instant.now().isAfter(lastSafeStart)) {
                    return;
                }
                outcomes.add(new DeliveryLedger.Settled(job.rows(), send(job)));
                recordSoon();
            });
        }
        return claimed.size();
    }

    /** At most this many sends wait in memory (claimed, not yet finished): a backlog stays in the database. */
    private int maxPending() {
        return 2 * config.worker().batchSize();
    }

    /**
     * Sends of one subscription claimed ahead of its free slots: half a claim, so that a subscription's next rows are
     * claimed and assembled while its sends run (a burst to one receiver flows without a pause after each claim),
     * while a stalled receiver holds at most this many claimed rows besides its running sends.
     */
    private int lookAhead() {
        return Math.max(1, config.worker().batchSize() / 2);
    }

    /**
     * A subscription left out of the last claim because its slots and look-ahead were full has room again: its rows
     * can be claimed now.
     */
    private void slotFreed(long subscription) {
        if (skippedBusy) {
            nudge();
        }
    }

    /** Records on the recorder thread; requests arriving while one is pending collapse into it. */
    private void recordSoon() {
        if (recordingPending.compareAndSet(false, true)) {
            try {
                recorder.execute(() -> {
                    recordingPending.set(false);
                    recordOutcomes();
                });
            } catch (RejectedExecutionException stopped) { // the application is stopping: the leases bring the rows back
                recordingPending.set(false);
            }
        }
    }

    /**
     * Records the outcomes known so far in one transaction; concurrent callers leave it to the one recording, so
     * outcomes are batched under load. If the database is away they stay queued for the next call.
     */
    private void recordOutcomes() {
        while (!outcomes.isEmpty() && recording.tryLock()) {
            List<DeliveryLedger.Settled> batch = new ArrayList<>();
            boolean recorded = false;
            try {
                for (DeliveryLedger.Settled s; (s = outcomes.poll()) != null; ) {
                    batch.add(s);
                }
                if (!batch.isEmpty()) {
                    ledger.record(batch);
                    databaseOutage.succeeded();
                }
                recorded = true;
            } catch (RuntimeException e) {
                failed("could not record " + batch.size() + " send outcome(s), will retry: %s", e);
                return;
            } finally {
                if (!recorded) {
                    // whatever ended the recording (an Error too), the outcomes go back: a dropped one would leave its
                    // rows leased until the lease ends, and then send the alert a second time
                    outcomes.addAll(batch);
                }
                recording.unlock();
            }
            if (moreDue) {
                nudge();
            }
        }
    }

    private Duration longestSend() {
        Duration webhook = config.webhook().connectTimeout().plus(config.webhook().requestTimeout());
        Duration mail = config.mail().sendTimeout();
        return webhook.compareTo(mail) > 0 ? webhook : mail;
    }

    private SendOutcome send(AlertAssembler.Job job) {
        AlertAssembler.Target target = job.target();
        if (!target.enabled()) {
            return SendOutcome.permanent(null, "subscription disabled");
        }
        try {
            return switch (Channel.fromWire(target.channel()).orElseThrow()) {
                case EMAIL -> email.send(job.alert(), target.email());
                case WEBHOOK -> webhook.send(job.alert(), target.url(), target.secret());
            };
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, Failures.describe(e), null);
        }
    }
}
