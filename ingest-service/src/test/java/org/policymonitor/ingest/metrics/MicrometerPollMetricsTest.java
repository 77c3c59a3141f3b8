package org.policymonitor.ingest.metrics;

import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric names, tags and values operators read: the alert rules and the dashboard in deploy/monitoring query these
 * exact series (system-tests' {@code MonitoringConfigTest} checks the queries against the names), so a rename here
 * is a silent alert — each one is pinned as Prometheus scrapes it.
 */
class MicrometerPollMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerPollMetrics metrics = new MicrometerPollMetrics();

    @BeforeEach
    void wire() {
        metrics.registry = registry;
        metrics.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void eachPollEventCountsUnderItsSourceWithItsReason() {
        metrics.polled("belta", PollReport.Outcome.POLLED);
        metrics.polled("belta", PollReport.Outcome.POLLED);
        metrics.polled("belta", PollReport.Outcome.FAILED);
        metrics.failed("belta", FailureReason.TOO_LARGE);
        metrics.items("belta", 7, 3, 2);
        metrics.items("belta", 1, 0, 0);
        metrics.repeated("belta", 4);
        metrics.deadLettered("belta", 2);
        metrics.publishFailed("belta", 5);
        metrics.leaseLost("belta");
        metrics.fullTextRead("nasb");
        metrics.fullTextFailed("nasb", "blocked");
        metrics.pagesFollowed("undp", 3);
        metrics.gap("undp", "listing_overflow");

        assertThat(registry.scrape()).contains(
                "policy_ingest_polls_total{outcome=\"polled\",source=\"belta\",} 2.0",
                "policy_ingest_polls_total{outcome=\"failed\",source=\"belta\",} 1.0",
                "policy_ingest_poll_errors_total{reason=\"too_large\",source=\"belta\",} 1.0",
                "policy_ingest_items_new_total{source=\"belta\",} 8.0",
                "policy_ingest_items_duplicate_total{source=\"belta\",} 3.0",
                "policy_ingest_dates_unparseable_total{source=\"belta\",} 2.0",
                "policy_ingest_items_repeated_total{source=\"belta\",} 4.0",
                "policy_ingest_items_dead_lettered_total{source=\"belta\",} 2.0",
                "policy_ingest_publish_failures_total{source=\"belta\",} 5.0",
                "policy_ingest_leases_lost_total{source=\"belta\",} 1.0",
                "policy_ingest_fulltext_articles_total{source=\"nasb\",} 1.0",
                "policy_ingest_fulltext_failures_total{reason=\"blocked\",source=\"nasb\",} 1.0",
                "policy_ingest_pages_followed_total{source=\"undp\",} 3.0",
                "policy_ingest_gaps_total{reason=\"listing_overflow\",source=\"undp\",} 1.0");
    }

    @Test
    void aSourcesFreshnessAndHealthAreGaugesOfItsLastState() {
        metrics.fetched("belta", Duration.ofMillis(250));
        metrics.succeeded("belta", NOW.minusSeconds(90));
        metrics.health("belta", SourceHealth.FAILING);
        metrics.health("belta", SourceHealth.RECOVERED);

        assertThat(registry.scrape()).contains(
                "policy_ingest_fetch_seconds_count{source=\"belta\",} 1.0",
                "policy_ingest_fetch_seconds_sum{source=\"belta\",} 0.25",
                "policy_ingest_last_success_seconds{source=\"belta\",} " + (double) NOW.minusSeconds(90).getEpochSecond(),
                "policy_ingest_last_success_age_seconds{source=\"belta\",} 90.0",
                "policy_ingest_source_health{source=\"belta\",state=\"recovered\",} 1.0",
                "policy_ingest_source_health{source=\"belta\",state=\"failing\",} 0.0",
                "policy_ingest_source_health{source=\"belta\",state=\"ok\",} 0.0");
    }

    @Test
    void aSourceNeverPolledWellAgesFromTheInstancesStartOnceItIsPolled() {
        metrics.polled("president", PollReport.Outcome.FAILED);

        assertThat(registry.scrape()).containsPattern(
                "policy_ingest_last_success_age_seconds\\{source=\"president\",} [0-9.E]+")
                .doesNotContain("policy_ingest_last_success_seconds{source=\"president\"");
    }
}
