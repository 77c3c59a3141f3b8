package org.policymonitor.classifier.messaging;

import io.quarkus.arc.Unremovable;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.messaging.DeadLetterSerializer;
import org.policymonitor.testing.messaging.DeadLetterProducers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer that writes poison records to {@code policy.items.raw.dlq}, as the connector builds it: it waits for
 * the broker however long it is away (as the consumer does; the Kafka default gives up after 2 minutes and fails the
 * channel, which stops classification for good), cuts an oversized value short through platform's serializer, and
 * is built only when a first record is dead-lettered (a healthy service carries no idle producer).
 */
@QuarkusTest
class DeadLetterProducerTest {

    @Singleton
    @Unremovable
    static class Recorded extends DeadLetterProducers {
    }

    @Test
    void theDeadLetterProducerWaitsForTheBrokerAndIsBuiltOnlyWhenNeeded() {
        DeadLetterProducers.Settings dlq = DeadLetterProducers.of("items-raw");

        assertThat(dlq).as("the dead-letter producer of channel items-raw").isNotNull();
        assertThat(String.valueOf(dlq.kafka().get("delivery.timeout.ms"))).isEqualTo(String.valueOf(Integer.MAX_VALUE));
        assertThat(String.valueOf(dlq.kafka().get("value.serializer"))).isEqualTo(DeadLetterSerializer.class.getName());
        assertThat(dlq.lazyClient()).as("lazy-client").isTrue();
    }
}
