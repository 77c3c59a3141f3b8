package org.policymonitor.ingest.source;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue in force. Read at startup from {@code policy.sources.file} (else the shipped
 * {@code classpath:sources.yaml}); the file is checked for changes every {@code policy.sources.reload-interval} and
 * reloaded. A file that does not parse is refused with every problem logged, and the catalogue in force keeps
 * serving. A configured file that does not exist yet gives an empty catalogue until it appears.
 */
@ApplicationScoped
public class CatalogueHolder {

    private static final Logger LOG = Logger.getLogger(CatalogueHolder.class);
    private static final String SHIPPED = "sources.yaml";

    @ConfigProperty(name = "policy.sources.file")
    Optional<String> file;

    @Inject
    Clock clock;

    private volatile SourceCatalogue current;
    private volatile String lastChecksum;
    private volatile String refusedChecksum;
    private volatile InvalidCatalogueException refused;
    private volatile String lastProblem;
    private volatile Instant lastProblemAt;

    void onStart(@Observes StartupEvent event) throws InvalidCatalogueException {
        try {
            reload();
        } catch (InvalidCatalogueException e) {
            if (current == null) {
                // refuse to start on a broken catalogue: an operator must see it, not a service polling nothing
                throw e;
            }
        }
    }

    public SourceCatalogue current() {
        SourceCatalogue c = current;
        return c != null ? c : new SourceCatalogue(1, List.of(), origin(), null, clock.instant());
    }

    /** The last refused file's problems, or null when the last load succeeded. */
    public String lastProblem() {
        return lastProblem;
    }

    public Instant lastProblemAt() {
        return lastProblemAt;
    }

    @Scheduled(every = "${policy.sources.reload-interval:30s}", delayed = "${policy.sources.reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkForChanges() {
        if (file.isEmpty()) {
            return;
        }
        try {
            reload();
        } catch (InvalidCatalogueException e) {
            // already logged; the catalogue in force keeps serving
        }
    }

    /**
     * Reads the catalogue again and puts it in force when it is valid and changed.
     *
     * @return the catalogue in force afterwards
     * @throws InvalidCatalogueException when the file is invalid (the previous catalogue stays in force)
     */
    public synchronized SourceCatalogue reload() throws InvalidCatalogueException {
        byte[] bytes;
        try {
            bytes = read();
        } catch (IOException e) {
            fail(new InvalidCatalogueException(origin(), List.of("cannot read: " + e.getMessage())));
            return current();
        }
        if (bytes == null) {
            if (current == null || !current.sources().isEmpty()) {
                LOG.warnf("source catalogue %s does not exist: no source is polled until it does", origin());
            }
            lastProblem = "file not found: " + origin();
            lastProblemAt = clock.instant();
            return current();
        }
        String checksum = CatalogueParser.sha256(bytes);
        if (checksum.equals(lastChecksum) && current != null) {
            return current;
        }
        if (checksum.equals(refusedChecksum) && refused != null && current != null) {
            throw refused; // the same broken file again: still refused, logged once already
        }
        try {
            SourceCatalogue parsed = new CatalogueParser(clock).parse(bytes, origin());
            current = parsed;
            lastChecksum = checksum;
            refusedChecksum = null;
            refused = null;
            lastProblem = null;
            lastProblemAt = null;
            LOG.infof("source catalogue %s in force: %d sources (%d enabled)", origin(), parsed.sources().size(),
                    parsed.enabled().size());
            return parsed;
        } catch (InvalidCatalogueException e) {
            refusedChecksum = checksum; // log a broken file once, not at every check
            refused = e;
            fail(e);
            throw e;
        }
    }

    private void fail(InvalidCatalogueException e) throws InvalidCatalogueException {
        lastProblem = e.getMessage();
        lastProblemAt = clock.instant();
        LOG.errorf("%s%s", e.getMessage(), current == null ? "" : " — the previous catalogue ("
                + current.sources().size() + " sources) stays in force");
        if (current == null) {
            throw e;
        }
    }

    private byte[] read() throws IOException {
        if (file.isPresent() && !file.get().isBlank()) {
            Path path = Path.of(file.get());
            return Files.exists(path) ? Files.readAllBytes(path) : null;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private String origin() {
        return file.filter(f -> !f.isBlank()).orElse("classpath:" + SHIPPED);
    }
}
