package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.source.SourceStatusStore;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code policy.sources.status} a polled batch at a time ({@link BatchStorage}): stores each health change
 * once and owes a source-health alert to every subscription that opted in (and whose source filter, if any, names the
 * source); poison records go to {@code policy.sources.status.dlq}.
 */
@ApplicationScoped
@Startup // created at start, not at the first batch: its dead-letter counter exists at 0 from the start
public class SourceStatusConsumer implements BatchStorage.Steps<SourceStatus, List<Integer>> {

    private static final Logger LOG = Logger.getLogger(SourceStatusConsumer.class);
    static final String CHANNEL = "source-status";

    private final SourceStatusStore store;
    private final DeliveryWorker worker;
    private final BatchStorage<SourceStatus, List<Integer>> batches;

    public SourceStatusConsumer(SourceStatusStore store, DeliveryWorker worker, RetryingExecutor retrying,
                                ConsumerWaits waits, MeterRegistry registry) {
        this.store = store;
        this.worker = worker;
        batches = new BatchStorage<>(CHANNEL, "source statuses", this, retrying, waits,
                DeadLetterCounters.of(registry, CHANNEL)::increment);
    }

    @Incoming(CHANNEL)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch);
    }

    @Override
    public SourceStatus read(String value) {
        return RecordParser.sourceStatus(value);
    }

    /** @return per status, how many alerts are newly owed */
    @Override
    public List<Integer> store(List<SourceStatus> statuses) {
        // one transaction for the batch: each store joins it
        return QuarkusTransaction.requiringNew().call(() -> statuses.stream().map(store::store).toList());
    }

    @Override
    public void stored(List<SourceStatus> statuses, List<Integer> deliveries) {
        for (int i = 0; i < statuses.size(); i++) {
            SourceStatus status = statuses.get(i);
            LOG.infof("source %s is %s (%s); %d alert(s) owed", status.sourceId(), status.health().wire(),
                    status.reason(), deliveries.get(i));
        }
        if (deliveries.stream().anyMatch(n -> n > 0)) {
            worker.nudge();
        }
    }

    @Override
    public String describe(SourceStatus status) {
        return "source status of " + status.sourceId();
    }
}
