package org.policymonitor.ingest.source;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.policymonitor.platform.reload.HotReload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue in force, held by the platform's {@link HotReload} (the classifier's rules are held the same way).
 * Read at startup from {@code policy.sources.file} (else the shipped {@code classpath:sources.yaml}); the file is
 * checked for changes every {@code policy.sources.reload-interval} and reloaded. A file that does not parse is
 * refused with every problem logged, counted ({@code policy_ingest_catalogue_reloads_total{outcome="refused"}}) and
 * shown in the readiness detail, and the catalogue in force keeps serving. A configured file that does not exist
 * yet gives an empty catalogue until it appears.
 */
@ApplicationScoped
public class CatalogueHolder {

    private static final String SHIPPED = "sources.yaml";

    @Inject
    Settings config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    private HotReload<SourceCatalogue, InvalidCatalogueException> holder;

    @PostConstruct
    void build() {
        holder = new HotReload<>("source catalogue", origin(), this::read, CatalogueParser::sha256,
                bytes -> new CatalogueParser(clock).parse(bytes, origin()), new HotReload.Listener<>() {
                    @Override
                    public void loaded(HotReload.Snapshot<SourceCatalogue> now,
                                       HotReload.Snapshot<SourceCatalogue> before) {
                        metrics.counter("policy.ingest.catalogue.reloads", "outcome", "loaded").increment();
                    }

                    @Override
                    public void refused(HotReload.Refusal<InvalidCatalogueException> refusal,
                                        HotReload.Snapshot<SourceCatalogue> inForce) {
                        metrics.counter("policy.ingest.catalogue.reloads", "outcome", "refused").increment();
                    }
                }, clock, HotReload.DEFAULT_SETTLE);
    }

    void onStart(@Observes StartupEvent event) throws InvalidCatalogueException {
        try {
            reload();
        } catch (InvalidCatalogueException e) {
            if (holder.current() == null) {
                // refuse to start on a broken catalogue: an operator must see it, not a service polling nothing
                throw e;
            }
        }
    }

    public SourceCatalogue current() {
        HotReload.Snapshot<SourceCatalogue> c = holder.current();
        return c != null ? c.value() : new SourceCatalogue(1, List.of(), origin(), null, clock.instant());
    }

    /** The last refused file's problems (or "file not found"), or null when the last look found it in force. */
    public String lastProblem() {
        HotReload.Refusal<InvalidCatalogueException> refusal = holder.lastRefusal();
        return refusal == null ? null : refusal.message();
    }

    public Instant lastProblemAt() {
        HotReload.Refusal<InvalidCatalogueException> refusal = holder.lastRefusal();
        return refusal == null ? null : refusal.at();
    }

    @Scheduled(every = "${policy.sources.reload-interval:30s}", delayed = "${policy.sources.reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkForChanges() {
        if (config.file().isPresent()) {
            holder.check();
        }
    }

    /**
     * Reads the catalogue again and puts it in force when it is valid and changed.
     *
     * @return the catalogue in force afterwards
     * @throws InvalidCatalogueException when the file is invalid (the previous catalogue stays in force)
     */
    public SourceCatalogue reload() throws InvalidCatalogueException {
        holder.reload();
        return current();
    }

    private byte[] read() throws InvalidCatalogueException {
        try {
            if (config.file().isPresent() && !config.file().get().isBlank()) {
                Path path = Path.of(config.file().get());
                return Files.exists(path) ? Files.readAllBytes(path) : null;
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new InvalidCatalogueException(origin(), List.of("cannot read: " + e.getMessage()));
        }
    }

    private String origin() {
        return config.file().filter(f -> !f.isBlank()).orElse("classpath:" + SHIPPED);
    }

    /** The catalogue file ({@code policy.sources.file}; empty = the shipped one), built by the config package's wiring. */
    public record Settings(Optional<String> file) {
    }
}
