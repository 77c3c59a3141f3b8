package org.policymonitor.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Per-source metrics (tag {@code source}): {@code policy_ingest_polls_total{outcome}}, {@code policy_ingest_poll_errors_total{reason}},
 * {@code policy_ingest_items_new_total}, {@code policy_ingest_items_duplicate_total}, {@code policy_ingest_items_repeated_total},
 * {@code policy_ingest_dates_unparseable_total},
 * {@code policy_ingest_fetch_seconds}, {@code policy_ingest_last_success_seconds} (epoch) and {@code policy_ingest_source_health{state}}
 * (1 for the current state, 0 for the others); and with the {@code policy_ingest_} prefix
 * {@code policy_ingest_last_success_age_seconds}, {@code policy_ingest_items_dead_lettered_total},
 * {@code policy_ingest_publish_failures_total}, {@code policy_ingest_leases_lost_total},
 * {@code policy_ingest_fulltext_articles_total}, {@code policy_ingest_fulltext_failures_total{reason}},
 * {@code policy_ingest_pages_followed_total} and {@code policy_ingest_gaps_total{reason}}.
 */
@ApplicationScoped
public class MicrometerPollMetrics implements PollMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Instant started = Instant.now();
    private final Map<String, AtomicReference<Double>> lastSuccess = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Instant>> lastGood = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<SourceHealth>> healths = new ConcurrentHashMap<>();

    @Override
    public void polled(String sourceId, PollReport.Outcome outcome) {
        Counter.builder("policy.ingest.polls").description("Polls of a source, by outcome")
                .tags("source", sourceId, "outcome", outcome.wire()).register(registry).increment();
        lastSuccessAge(sourceId);
    }

    /**
     * {@code policy_ingest_last_success_age_seconds{source}}: seconds since this instance last polled the source
     * successfully — or since it started, when it has not yet — from its first poll of the source on. With several
     * instances the freshest is {@code min by (source)}.
     */
    private AtomicReference<Instant> lastSuccessAge(String sourceId) {
        return lastGood.computeIfAbsent(sourceId, id -> {
            AtomicReference<Instant> ref = new AtomicReference<>(started);
            Gauge.builder("policy.ingest.last.success.age", ref,
                            r -> Math.max(0, Duration.between(r.get(), clock.instant()).toMillis() / 1000.0))
                    .baseUnit("seconds")
                    .description("Seconds since the source's last successful poll by this instance (or since it started)")
                    .tags("source", id).register(registry);
            return ref;
        });
    }

    @Override
    public void deadLettered(String sourceId, int items) {
        Counter.builder("policy.ingest.items.dead.lettered")
                .description("Items the broker can never take (too large), sent to the dead-letter topic")
                .tags("source", sourceId).register(registry).increment(items);
    }

    @Override
    public void publishFailed(String sourceId, int items) {
        Counter.builder("policy.ingest.publish.failures")
                .description("New items the broker did not acknowledge (kept for the next poll)")
                .tags("source", sourceId).register(registry).increment(items);
    }

    @Override
    public void leaseLost(String sourceId) {
        Counter.builder("policy.ingest.leases.lost")
                .description("Polls that found their lease on the source gone and did not save the source's state")
                .tags("source", sourceId).register(registry).increment();
    }

    @Override
    public void fullTextRead(String sourceId) {
        Counter.builder("policy.ingest.fulltext.articles")
                .description("Items of full-text sources published with their article's main text")
                .tags("source", sourceId).register(registry).increment();
    }

    @Override
    public void fullTextFailed(String sourceId, String reason) {
        Counter.builder("policy.ingest.fulltext.failures")
                .description("Items of full-text sources published without their article's text, by reason")
                .tags("source", sourceId, "reason", reason).register(registry).increment();
    }

    @Override
    public void pagesFollowed(String sourceId, int pages) {
        Counter.builder("policy.ingest.pages.followed")
                .description("Next pages of a listing or paged feed read because every item before them was new")
                .tags("source", sourceId).register(registry).increment(pages);
    }

    @Override
    public void gap(String sourceId, String reason) {
        Counter.builder("policy.ingest.gaps")
                .description("Polls after which items published between two polls may have been missed, by reason")
                .tags("source", sourceId, "reason", reason).register(registry).increment();
    }

    @Override
    public void failed(String sourceId, FailureReason reason) {
        Counter.builder("policy.ingest.poll.errors").description("Failed fetches or parses of a source, by reason")
                .tags("source", sourceId, "reason", reason.wire()).register(registry).increment();
    }

    @Override
    public void items(String sourceId, int newItems, int duplicates, int unparseableDates) {
        Counter.builder("policy.ingest.items.new").description("Items published for the first time")
                .tags("source", sourceId).register(registry).increment(newItems);
        Counter.builder("policy.ingest.items.duplicate").description("Items seen again and not republished")
                .tags("source", sourceId).register(registry).increment(duplicates);
        Counter.builder("policy.ingest.dates.unparseable").description("Items whose date text could not be read")
                .tags("source", sourceId).register(registry).increment(unparseableDates);
    }

    @Override
    public void repeated(String sourceId, int items) {
        Counter.builder("policy.ingest.items.repeated")
                .description("Items not published because an earlier item of the same document has their id")
                .tags("source", sourceId).register(registry).increment(items);
    }

    @Override
    public void fetched(String sourceId, Duration latency) {
        Timer.builder("policy.ingest.fetch").description("Time to fetch a source").tags("source", sourceId)
                .register(registry).record(latency);
    }

    @Override
    public void succeeded(String sourceId, Instant at) {
        lastSuccessAge(sourceId).set(at);
        lastSuccess.computeIfAbsent(sourceId, id -> {
            AtomicReference<Double> ref = new AtomicReference<>(0.0);
            Gauge.builder("policy.ingest.last.success", ref, AtomicReference::get).baseUnit("seconds")
                    .description("When the source was last polled successfully (epoch seconds)")
                    .tags("source", id).register(registry);
            return ref;
        }).set(at.toEpochMilli() / 1000.0);
    }

    @Override
    public void health(String sourceId, SourceHealth health) {
        healths.computeIfAbsent(sourceId, id -> {
            AtomicReference<SourceHealth> ref = new AtomicReference<>(SourceHealth.UNKNOWN);
            for (SourceHealth h : SourceHealth.values()) {
                Gauge.builder("policy.ingest.source.health", ref, r -> r.get() == h ? 1 : 0)
                        .description("1 for the source's current health state")
                        .tags("source", id, "state", h.wire()).register(registry);
            }
            return ref;
        }).set(health);
    }
}
