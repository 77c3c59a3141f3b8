package org.policymonitor.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link KafkaTestClient} on the test broker for one test class: opened before its first test, closed after its
 * last (what each class used to write in its own {@code @BeforeAll} and {@code @AfterAll}):
 * <pre>
 * &#64;RegisterExtension
 * static final KafkaClientExtension kafka = new KafkaClientExtension();
 * ...
 * kafka.send(Topics.ITEMS_CLASSIFIED, key, json);
 * </pre>
 */
public final class KafkaClientExtension implements BeforeAllCallback, AfterAllCallback {

    private KafkaTestClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        client = new KafkaTestClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** The client, between the class's first and last test. */
    public KafkaTestClient client() {
        if (client == null) {
            throw new IllegalStateException("the Kafka test client is open only while the test class runs");
        }
        return client;
    }

    /** {@link KafkaTestClient#send}. */
    public void send(String topic, String key, String value) {
        client().send(topic, key, value);
    }

    /** {@link KafkaTestClient#subscribe}. */
    public KafkaTestClient.Subscription subscribe(String topic) {
        return client().subscribe(topic);
    }
}
