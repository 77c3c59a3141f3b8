package org.policymonitor.testing.messaging;

import io.smallrye.reactive.messaging.ClientCustomizer;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records, for each consumed channel, the settings SmallRye's Kafka connector gives the producer of its
 * {@code dead-letter-queue} failure strategy, so that a service's test can assert on the dead-letter convention as it
 * takes effect at run time (the platform's connector-wide lines, a channel's own lines and the connector's defaults
 * merged), not on the lines of a properties file.
 *
 * <p>The connector hands every client's configuration to each {@link ClientCustomizer} bean when the client is built,
 * a dead-letter producer included (under the consumed channel's name, with a client id starting
 * {@value #CLIENT_ID_PREFIX}). A service's test declares a subclass as a {@code @Singleton} bean; it changes nothing.
 */
public abstract class DeadLetterProducers implements ClientCustomizer<Map<String, Object>> {

    /** How SmallRye names a dead-letter producer's client. */
    public static final String CLIENT_ID_PREFIX = "kafka-dead-letter-topic-producer-";

    /** What a dead-letter producer was built with. */
    public record Settings(Map<String, Object> kafka, boolean lazyClient) {
    }

    private static final Map<String, Settings> BY_CHANNEL = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        Object clientId = config.get("client.id");
        if (clientId != null && clientId.toString().startsWith(CLIENT_ID_PREFIX)) {
            boolean lazy = channelConfig.getOptionalValue("lazy-client", Boolean.class).orElse(false);
            BY_CHANNEL.put(channel, new Settings(Map.copyOf(config), lazy));
        }
        return config;
    }

    /** The settings of the consumed channel's dead-letter producer, or null if the channel has none. */
    public static Settings of(String channel) {
        return BY_CHANNEL.get(channel);
    }
}
