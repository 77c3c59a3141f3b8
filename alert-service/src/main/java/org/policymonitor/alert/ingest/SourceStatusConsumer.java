package org.policymonitor.alert.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.events.SourceStatus;


/**
 * Consumes {@code policy.sources.status}: stores each health change once and owes a source-health alert to every
 * subscription that opted in (and whose source filter, if any, names the source).
 */
@ApplicationScoped
public class SourceStatusConsumer {

    private static final Logger LOG = Logger.getLogger(SourceStatusConsumer.class);

    @Inject
    SourceStatusStore store;
    @Inject
    DeadLetters deadLetters;
    @Inject
    RetryingExecutor retrying;
    @Inject
    DeliveryWorker worker;

    @Incoming("source-status")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            SourceStatus status = RecordParser.sourceStatus(record.value());
            int deliveries = retrying.run("storing source status of " + status.sourceId(), () -> store.store(status));
            if (deliveries > 0) {
                worker.nudge();
            }
            LOG.infof("source %s is %s (%s); %d alert(s) owed", status.sourceId(), status.health().wire(),
                    status.reason(), deliveries);
        } catch (RuntimeException e) {
            deadLetters.send(record, e);
        }
    }
}
