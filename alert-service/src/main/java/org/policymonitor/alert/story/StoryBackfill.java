package org.policymonitor.alert.story;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.item.ItemEntity;

import java.util.List;

/**
 * Gives a story (and acts) to items stored before stories existed (migration V4): a batch at a time, oldest first,
 * until none is left. New items are grouped when they are stored, so once a tick has found nothing the ticks stop
 * asking (until the next start).
 */
@ApplicationScoped
public class StoryBackfill {

    private static final Logger LOG = Logger.getLogger(StoryBackfill.class);
    static final int BATCH = 200;

    @Inject
    StoryStore stories;

    private final ActExtractor acts = new ActExtractor();
    /**
     * Set once a tick found nothing left: every item stored since is grouped in its storing transaction, so the
     * archive stays done for this process. Without it each tick asked again, and since V21 ("no story" is the absence
     * of a {@code story_member} row) that question is a scan of the whole item table every 30 s, growing with the
     * archive (seen by perf14: 685 ms a call on a small, busy database). A restart asks once more.
     */
    private volatile boolean archiveDone;

    @Scheduled(every = "${policy.alert.stories.backfill-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (archiveDone) {
            return;
        }
        try {
            int done;
            do {
                done = backfill();
            } while (done == BATCH);
            archiveDone = done == 0;
        } catch (RuntimeException e) {
            LOG.warnf("story backfill failed, retried next tick: %s", e.getMessage());
        }
    }

    /** @return how many items were grouped */
    @Transactional
    public int backfill() {
        List<ItemEntity> items = ItemEntity.<ItemEntity>find(
                "storyId is null order by coalesce(publishedAt, fetchedAt, storedAt), id").range(0, BATCH - 1).list();
        if (items.isEmpty()) {
            return 0;
        }
        stories.regroupStored(items.stream().map(i -> new StoryStore.Member(i.id, i.title, i.summary, i.content, i.language,
                i.eventTime(), i.link, acts.extract(i.title, i.summary, i.content))).toList());
        LOG.infof("gave stories to %d items stored before stories existed", items.size());
        return items.size();
    }
}
