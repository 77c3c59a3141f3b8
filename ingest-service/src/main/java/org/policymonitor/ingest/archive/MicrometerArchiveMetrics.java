package org.policymonitor.ingest.archive;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.events.ChangeKind;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code policy_ingest_archive_rechecks_total{outcome}}, {@code policy_ingest_archive_changes_total{kind}},
 * {@code policy_ingest_archive_articles_total} (archived), {@code policy_ingest_archive_failures_total} (published,
 * not archived), {@code policy_ingest_archive_publish_failures_total} (changes Kafka did not take, retried) and the
 * gauge {@code policy_ingest_archive_due} (re-checks due after this instance's last cycle: the backlog).
 */
@ApplicationScoped
public class MicrometerArchiveMetrics implements ArchiveMetrics {

    @Inject
    MeterRegistry registry;

    private final AtomicLong due = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("policy.ingest.archive.due", due, AtomicLong::get)
                .description("Archived articles whose re-check is due (after this instance's last cycle)")
                .register(registry);
    }

    @Override
    public void rechecked(String outcome) {
        Counter.builder("policy.ingest.archive.rechecks").description("Re-checks of archived articles, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    @Override
    public void changed(ChangeKind kind) {
        Counter.builder("policy.ingest.archive.changes").description("Changes of archived articles, by kind")
                .tag("kind", kind.wire()).register(registry).increment();
    }

    @Override
    public void archived() {
        Counter.builder("policy.ingest.archive.articles").description("Articles archived (version 1 recorded)")
                .register(registry).increment();
    }

    @Override
    public void archiveFailed() {
        Counter.builder("policy.ingest.archive.failures")
                .description("Items published but not archived (database failure): they are not re-checked")
                .register(registry).increment();
    }

    @Override
    public void publishFailed() {
        Counter.builder("policy.ingest.archive.publish.failures")
                .description("Changes Kafka did not acknowledge; the re-check is repeated on the next cycle")
                .register(registry).increment();
    }

    @Override
    public void backlog(long n) {
        due.set(n);
    }
}
