package org.policymonitor.ingest.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.ingest.source.SourceDefinition;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Builds the archive's plain-Java parts from configuration ({@link ArchiveConfig}). */
@ApplicationScoped
public class ArchiveWiring {

    /** Words of unchanged text kept either side of a change in a diff. */
    static final int DIFF_CONTEXT_WORDS = 5;

    @Produces
    @Singleton
    RecheckSchedule schedule(ArchiveConfig config) {
        return new RecheckSchedule(config.recheck(), config.jitter());
    }

    @Produces
    @Singleton
    ArchiveStore archiveStore(DataSource dataSource) {
        return new ArchiveStore(dataSource);
    }

    @Produces
    @Singleton
    ArticleArchiver archiver(ArchiveStore store, RecheckSchedule schedule, MicrometerArchiveMetrics metrics,
                             Clock clock) {
        return new ArticleArchiver(store, schedule, metrics, clock);
    }

    @Produces
    @Singleton
    ArticleRechecker rechecker(ArchiveConfig config, ArchiveStore store, ArticleReader reader,
                               CatalogueHolder catalogue, ChangePublisher publisher,
                               MicrometerArchiveMetrics metrics, RecheckSchedule schedule, Clock clock) {
        return new ArticleRechecker("recheck-" + UUID.randomUUID().toString().substring(0, 8), store, reader,
                id -> fullTextSource(catalogue, id), publisher, metrics, schedule,
                new ChangeDetector(new WordDiff(DIFF_CONTEXT_WORDS)),
                new ArticleRechecker.Settings(config.batch(), config.perHost(), config.threads(), config.lease()),
                clock);
    }

    void close(@Disposes ArticleRechecker rechecker) {
        rechecker.close();
    }

    /** The source of an article when it is configured, enabled and full-text. */
    static Optional<SourceDefinition> fullTextSource(CatalogueHolder catalogue, String sourceId) {
        return catalogue.current().find(sourceId).filter(SourceDefinition::enabled).filter(SourceDefinition::fullText);
    }
}
