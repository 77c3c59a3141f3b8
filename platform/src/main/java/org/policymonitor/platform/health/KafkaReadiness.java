package org.policymonitor.platform.health;

import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Readiness detail {@code Kafka}, in place of Quarkus' Kafka client check ({@code quarkus.kafka.health.enabled=false}),
 * which asks the broker on the probe's thread and waits up to the client's request timeout: with a frozen broker
 * (SIGSTOP, a paused VM, dropped packets) every probe timed out after 5 s in all three services (fault suite phase 4),
 * taking them out of service with no cause shown. Here a {@link BackgroundCheck} asks the broker for its nodes every
 * few seconds with the same settings as the other background checks; the probe reads the last answer and is DOWN with
 * the cause: the client's error, or how long the broker has been silent.
 */
@Readiness
@ApplicationScoped
@Startup
public class KafkaReadiness implements HealthCheck {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    HealthConfig config;

    @Inject
    BackgroundChecks checks;

    private Admin admin;
    private BackgroundCheck<Integer> brokers;

    /** Eager ({@code @Startup}): the check asks from startup on, so a probe always finds it. */
    @PostConstruct
    void start() {
        Duration deadline = config.checks().deadline();
        admin = Admin.create(adminSettings(kafka, deadline));
        brokers = checks.start("the Kafka broker", brokerCount(admin, deadline), "kafka-check");
    }

    /** The service's own Kafka settings (servers, TLS, SASL), with its request timeouts bound by the deadline. */
    static Map<String, Object> adminSettings(Map<String, Object> kafka, Duration deadline) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        String ms = String.valueOf(deadline.toMillis());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
        return settings;
    }

    /** The question: how many brokers the cluster has, answered within the deadline or failed with the client's cause. */
    static BackgroundCheck.Question<Integer> brokerCount(Admin admin, Duration deadline) {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) deadline.toMillis());
        return () -> {
            try {
                return admin.describeCluster(options).nodes().get().size();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TimeoutException timeout) { // "Timed out waiting for a node assignment"
                    throw new IOException("no answer within " + deadline.toMillis() + " ms (" + timeout.getMessage()
                            + ")", timeout);
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka");
        BackgroundCheck.Outcome<Integer> outcome = brokers.outcome();
        return outcome.ok() ? response.up().withData("brokers", outcome.value()).build()
                : response.down().withData("problem", outcome.problem()).build();
    }

    @PreDestroy
    void stop() {
        admin.close(Duration.ZERO);
    }
}
