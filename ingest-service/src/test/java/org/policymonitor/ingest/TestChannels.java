package org.policymonitor.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.policymonitor.testing.FreePorts;

import java.util.HashMap;
import java.util.Map;

/**
 * SmallRye channels that only tests use, besides the service's {@code ingest-events}: each is a producer of its own,
 * as another process would have, configured like the service's channel but for what the test needs
 * ({@link Pollers} turns them into publishers):
 * <ul>
 * <li>{@value #SECOND_INSTANCE}: a second ingest instance's producer on the test broker;</li>
 * <li>{@value #DEAD_BROKER}: a producer whose broker is away (a port where nothing listens), 2 s deadlines;</li>
 * <li>{@value #SMALL_REQUESTS}: a producer that refuses records over 16 KB ({@code max.request.size}).</li>
 * </ul>
 */
public class TestChannels implements QuarkusTestResourceLifecycleManager {

    public static final String SECOND_INSTANCE = "test-second-instance";
    public static final String DEAD_BROKER = "test-dead-broker";
    public static final String SMALL_REQUESTS = "test-small-requests";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String channel : new String[] {SECOND_INSTANCE, DEAD_BROKER, SMALL_REQUESTS}) {
            String prefix = "mp.messaging.outgoing." + channel + ".";
            config.put(prefix + "connector", "smallrye-kafka");
            config.put(prefix + "topic", "policy.items.raw");
            config.put(prefix + "acks", "all");
            config.put(prefix + "enable.idempotence", "true");
            config.put(prefix + "health-readiness-enabled", "false");
        }
        // a port nothing listens on, below the ephemeral range: a client's reconnects to a port of that range can
        // connect the socket to itself (Linux' self-connect) and find a "broker" there
        String dead = "mp.messaging.outgoing." + DEAD_BROKER + ".";
        config.put(dead + "bootstrap.servers", "127.0.0.1:" + FreePorts.pick());
        config.put(dead + "max.block.ms", "2000");
        config.put(dead + "delivery.timeout.ms", "2000");
        config.put(dead + "request.timeout.ms", "1000");
        config.put("mp.messaging.outgoing." + SMALL_REQUESTS + ".max.request.size", "16384");
        return config;
    }

    @Override
    public void stop() {
        // the channels close with the application
    }
}
