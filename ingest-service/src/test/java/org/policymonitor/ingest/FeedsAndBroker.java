package org.policymonitor.ingest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer;

/**
 * What a test of polls needs around the service: a local web server for the feeds and pages it reads, and a Kafka
 * client on the test broker to see what it published. Started before the class's first test, closed after its last:
 * <pre>
 * &#64;RegisterExtension
 * static final FeedsAndBroker infra = new FeedsAndBroker();
 * </pre>
 */
public final class FeedsAndBroker implements BeforeAllCallback, AfterAllCallback {

    private FeedServer server;
    private KafkaTestClient kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new FeedServer();
        kafka = new KafkaTestClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        kafka.close();
    }

    /** The web server of the feeds and article pages. */
    public FeedServer server() {
        return server;
    }

    /** A client of the test broker (subscribe to see what was published). */
    public KafkaTestClient kafka() {
        return kafka;
    }
}
