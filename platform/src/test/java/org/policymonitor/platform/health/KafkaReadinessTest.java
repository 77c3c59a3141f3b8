package org.policymonitor.platform.health;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.TestKafka;
import org.policymonitor.testing.net.FreezableProxy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Kafka readiness question against a real broker, and against one that accepts connections but never answers. */
class KafkaReadinessTest {

    /** The readiness deadline the frozen broker is measured against. */
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /**
     * For the broker that answers: its first answer (a connection, the cluster's metadata) can take longer than 2 s on
     * a loaded machine, and a question that returns as soon as it is answered costs nothing for a longer deadline.
     */
    private static final Duration ANSWERED_WITHIN = Deadlines.ARRIVES;

    @Test
    void aBrokerThatAnswersIsCounted() throws Exception {
        try (Admin admin = Admin.create(KafkaReadiness.adminSettings(
                Map.of("bootstrap.servers", TestKafka.bootstrapServers()), ANSWERED_WITHIN))) {
            assertThat(KafkaReadiness.brokerCount(admin, ANSWERED_WITHIN).ask()).isEqualTo(1);
        }
    }

    @Test
    void aFrozenBrokerIsReportedSilentWithoutAProbeWaitingAndReadyAgainOnceItRuns() {
        String[] broker = TestKafka.bootstrapServers().split(",")[0].split(":");
        try (FreezableProxy frozen = new FreezableProxy(broker[0], Integer.parseInt(broker[1]))) {
            frozen.freeze(); // from the first byte: the client gets no metadata, no answer, no refusal
            try (Admin admin = Admin.create(KafkaReadiness.adminSettings(
                    Map.of("bootstrap.servers", frozen.host() + ":" + frozen.port()), DEADLINE));
                 BackgroundCheck<Integer> check = new BackgroundCheck<>("the Kafka broker",
                         KafkaReadiness.brokerCount(admin, DEADLINE), Duration.ofMillis(200), DEADLINE,
                         Clock.systemUTC()).start("kafka-check-test")) {
                await().atMost(Deadlines.ARRIVES).untilAsserted(() -> {
                    BackgroundCheck.Outcome<Integer> outcome = check.outcome();
                    assertThat(outcome.ok()).as("%s", outcome).isFalse();
                    assertThat(outcome.problem()).startsWith("the Kafka broker")
                            .containsAnyOf("no answer within 2000 ms", "has not answered for");
                });
                frozen.thaw();
                await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                        assertThat(check.outcome()).isEqualTo(new BackgroundCheck.Outcome<>(1, null)));
            }
        }
    }

    @Test
    void theServicesOwnSecuritySettingsAreKeptAndTheTimeoutsBoundByTheDeadline() {
        Map<String, Object> settings = KafkaReadiness.adminSettings(Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "request.timeout.ms", "30000",
                "auto.offset.reset", "earliest"), DEADLINE);
        assertThat(settings).containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("request.timeout.ms", "2000")
                .containsEntry("default.api.timeout.ms", "2000")
                .doesNotContainKey("auto.offset.reset"); // a consumer's setting: the admin client would warn of it
    }
}
