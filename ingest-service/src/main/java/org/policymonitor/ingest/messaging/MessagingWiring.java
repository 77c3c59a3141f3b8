package org.policymonitor.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.config.PublishConfig;

/**
 * The service's one outgoing channel, {@code ingest-events} ({@code mp.messaging.outgoing.ingest-events.*}), and the
 * publisher that waits for its acknowledgements (the producer's deadlines: {@link ProducerDeadlines}).
 */
@ApplicationScoped
public class MessagingWiring {

    /** The channel of every record the service publishes; its topic is set per record. */
    public static final String CHANNEL = "ingest-events";

    /** Up to this many records wait for the sink before a send is refused (and counts as not published). */
    private static final long BUFFER = 4096;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
    MutinyEmitter<String> emitter;

    @Produces
    @Singleton
    RecordSender sender() {
        return new EmitterRecordSender(emitter);
    }

    @Produces
    @Singleton
    KafkaItemPublisher publisher(RecordSender sender, PublishConfig config) {
        return new KafkaItemPublisher(sender, Topics.ITEMS_RAW, config.timeout());
    }
}
