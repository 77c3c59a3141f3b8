package org.policymonitor.alert.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.source.SourceStatusStore;
import org.policymonitor.events.SourceStatus;

import java.time.Instant;


/**
 * Consumes {@code policy.sources.status}: stores each health change once and owes a source-health alert to every
 * subscription that opted in (and whose source filter, if any, names the source).
 */
@ApplicationScoped
public class SourceStatusConsumer {

    private static final Logger LOG = Logger.getLogger(SourceStatusConsumer.class);
    static final String CHANNEL = "source-status";

    @Inject
    SourceStatusStore store;
    @Inject
    DeadLetters deadLetters;
    @Inject
    RetryingExecutor retrying;
    @Inject
    DeliveryWorker worker;
    @Inject
    ConsumerWaits waits;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        waits.processing(CHANNEL, Instant.ofEpochMilli(record.timestamp() > 0 ? record.timestamp() : System.currentTimeMillis()));
        try {
            SourceStatus status = RecordParser.sourceStatus(record.value());
            int deliveries = retrying.storing(CHANNEL, "storing source status of " + status.sourceId(), () -> store.store(status));
            if (deliveries > 0) {
                worker.nudge();
            }
            LOG.infof("source %s is %s (%s); %d alert(s) owed", status.sourceId(), status.health().wire(),
                    status.reason(), deliveries);
        } catch (RetryingExecutor.Stopping stopping) {
            throw stopping; // not acknowledged: consumed again after the restart
        } catch (RuntimeException e) {
            deadLetters.send(record, e);
        } finally {
            waits.processed(CHANNEL);
        }
    }
}
