package org.policymonitor.alert.messaging;

import io.quarkus.arc.Unremovable;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Singleton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.platform.messaging.DeadLetterSerializer;
import org.policymonitor.testing.messaging.DeadLetterProducers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producers that write poison records of alert-service's three consumed channels to their {@code .dlq} topics, as
 * the connector builds them from platform's one dead-letter convention: each waits for the broker however long it is
 * away (as the consumer does), cuts an oversized value short, and is built only when a first record of its channel is
 * dead-lettered (a healthy service carries no three idle producers).
 */
@QuarkusTest
class DeadLetterProducerTest {

    @Singleton
    @Unremovable
    static class Recorded extends DeadLetterProducers {
    }

    @ParameterizedTest
    @ValueSource(strings = {"classified", "source-status", "changes"})
    void theDeadLetterProducerWaitsForTheBrokerAndIsBuiltOnlyWhenNeeded(String channel) {
        DeadLetterProducers.Settings dlq = DeadLetterProducers.of(channel);

        assertThat(dlq).as("the dead-letter producer of channel " + channel).isNotNull();
        assertThat(String.valueOf(dlq.kafka().get("delivery.timeout.ms"))).isEqualTo(String.valueOf(Integer.MAX_VALUE));
        assertThat(String.valueOf(dlq.kafka().get("value.serializer"))).isEqualTo(DeadLetterSerializer.class.getName());
        assertThat(dlq.lazyClient()).as("lazy-client").isTrue();
    }
}
