package org.policymonitor.ingest.archive;

import org.jboss.logging.Logger;
import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.poll.ArticleArchive;
import org.policymonitor.ingest.source.SourceDefinition;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Version 1 of each article: every item of a full-text source that the broker acknowledged and that carries content
 * is archived, its first re-check scheduled. The poll calls this before it remembers the items as published, so an
 * item whose poll could not be saved is published and archived again by the next poll (the second archiving is a
 * no-op). A database failure here is logged and counted, never fails the poll: the item is published either way,
 * only its re-checks are missing.
 */
public final class ArticleArchiver implements ArticleArchive {

    private static final Logger LOG = Logger.getLogger(ArticleArchiver.class);

    private final ArchiveRepository repository;
    private final RecheckSchedule schedule;
    private final ArchiveMetrics metrics;
    private final Clock clock;

    public ArticleArchiver(ArchiveRepository repository, RecheckSchedule schedule, ArchiveMetrics metrics,
                           Clock clock) {
        this.repository = repository;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void firstVersions(SourceDefinition source, List<FeedItem> published) {
        if (!source.fullText()) {
            return;
        }
        for (FeedItem item : published) {
            if (item.content() != null && !item.content().isBlank()) {
                archive(item);
            }
        }
    }

    /** Version 1 of the item's article (its content), its first re-check one step after now. */
    public void archive(FeedItem item) {
        Instant now = clock.instant();
        String text = ArticleTexts.stored(item.content());
        try {
            if (repository.archive(item, text, ArticleTexts.hash(text), now, schedule.dueAt(item.id(), now, 0))) {
                metrics.archived();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "item %s of %s published but not archived: it will not be re-checked", item.id(),
                    item.sourceId());
            metrics.archiveFailed();
        }
    }
}
