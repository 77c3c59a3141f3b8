package org.policymonitor.ingest.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.policymonitor.ingest.config.PublishConfig;

import java.util.Map;

/**
 * The deadlines of the {@code ingest-events} channel's producer, from {@code policy.publish.timeout}: a send blocks
 * for metadata ({@code max.block.ms}) and waits for delivery ({@code delivery.timeout.ms}) no longer than the
 * publisher waits for it, so a record the poller gave up on is not published behind its back; SmallRye's own retries
 * of a failed send stop at {@code delivery.timeout.ms} too. The Kafka connector reads a map named after the channel
 * beneath the channel's own lines. A bean of its own: the connector asks for it while it wires the channel, before
 * the channel's emitter can be injected anywhere.
 */
@ApplicationScoped
public class ProducerDeadlines {

    @Produces
    @Identifier(MessagingWiring.CHANNEL)
    Map<String, Object> producerDeadlines(PublishConfig config) {
        return of(config);
    }

    /** {@code max.block.ms} and {@code delivery.timeout.ms} = the timeout, {@code request.timeout.ms} half of it. */
    static Map<String, Object> of(PublishConfig config) {
        long ms = config.timeout().toMillis();
        return Map.of("max.block.ms", String.valueOf(ms), "delivery.timeout.ms", String.valueOf(ms),
                "request.timeout.ms", String.valueOf(Math.max(1000, ms / 2)));
    }
}
