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
 * until none is left. New items are grouped when they are stored, so once the archive is done a tick is one indexed
 * query that finds nothing.
 */
@ApplicationScoped
public class StoryBackfill {

    private static final Logger LOG = Logger.getLogger(StoryBackfill.class);
    static final int BATCH = 200;

    @Inject
    StoryStore stories;

    private final ActExtractor acts = new ActExtractor();

    @Scheduled(every = "${policy.alert.stories.backfill-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int done;
            do {
                done = backfill();
            } while (done == BATCH);
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
