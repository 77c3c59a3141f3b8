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
import org.policymonitor.alert.delivery.webhook.WebhookSender;
import org.policymonitor.alert.ingest.Failures;
import org.policymonitor.alert.subscription.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what the outbox owes, on every tick: claim due rows, send them (in parallel, outside any transaction),
 * record the outcome. Runs in every instance; claims never overlap (see {@link DeliveryClaimer}).
 */
@ApplicationScoped
@Startup // checks its configuration at start-up, not at the first tick
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

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
    private ExecutorService nudges;
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    @PostConstruct
    void start() {
        // a lease shorter than the longest send would make the worker skip every send, silently: refuse to start
        if (config.worker().lease().compareTo(longestSend()) <= 0) {
            throw new IllegalStateException("policy.alert.worker.lease (" + config.worker().lease()
                    + ") must be longer than the longest send, " + longestSend()
                    + " (webhook connect + request timeout, or the mail send timeout)");
        }
        senders = Executors.newFixedThreadPool(config.worker().concurrency(), daemon("alert-sender"));
        nudges = Executors.newSingleThreadExecutor(daemon("alert-nudge"));
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
    }

    /**
     * Called after a transaction that wrote deliveries due now committed: sends them right away instead of at
     * the next tick (alerts within milliseconds). Nudges arriving while one is pending collapse into it.
     */
    public void nudge() {
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
        } catch (RuntimeException e) {
            LOG.warnf("delivery worker tick failed (will try again next tick): %s", Failures.describe(e));
        }
    }

    /** @return how many delivery rows were claimed */
    public int runOnce() {
        List<UUID> claimed = claimer.claim(config.worker().batchSize(), config.worker().lease());
        if (claimed.isEmpty()) {
            return 0;
        }
        // a send that could still be running when the lease ends might overlap another instance's: skip it, the
        // rows come back when the lease ends (only happens if the lease is configured too short for the batch)
        Instant lastSafeStart = Instant.now().plus(config.worker().lease()).minus(longestSend());
        List<Future<DeliveryLedger.Settled>> running = new ArrayList<>();
        for (AlertAssembler.Job job : assembler.assemble(claimed)) {
            running.add(senders.submit(() -> Instant.now().isAfter(lastSafeStart) ? null
                    : new DeliveryLedger.Settled(job.deliveryIds(), send(job))));
        }
        List<DeliveryLedger.Settled> settled = new ArrayList<>();
        for (Future<DeliveryLedger.Settled> f : running) {
            try {
                DeliveryLedger.Settled outcome = f.get();
                if (outcome != null) {
                    settled.add(outcome);
                }
            } catch (ExecutionException e) {
                // not recorded: the lease brings the rows back after it ends; nothing is lost
                LOG.warnf("a send failed unexpectedly: %s", Failures.describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ledger.record(settled);
        return claimed.size();
    }

    private Duration longestSend() {
        Duration webhook = config.webhook().connectTimeout().plus(config.webhook().requestTimeout());
        Duration mail = config.mail().sendTimeout();
        return webhook.compareTo(mail) > 0 ? webhook : mail;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
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
