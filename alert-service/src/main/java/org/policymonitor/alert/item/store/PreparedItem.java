package org.policymonitor.alert.item.store;

import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.story.FeatureExtractor;
import org.policymonitor.alert.story.SharedKeys;
import org.policymonitor.alert.story.StoryFeatures;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import java.util.List;

/**
 * A classified item with what storing it computes from the item alone, before any transaction: the acts it names and
 * its story features. The consumer prepares the next batch this way while the previous one is being stored, so the
 * storing transaction — the one serial step — does only what needs the database. Nothing here reads stored state.
 *
 * @param acts     null when not prepared (computed in the transaction then)
 * @param features null when not prepared, or when the item's grouping time is the storing time (no publication or
 *                 fetch time: known only in the transaction)
 */
public record PreparedItem(ClassifiedItem classified, List<ActReference> acts, StoryFeatures features) {

    /** An item to store with nothing prepared. */
    public static PreparedItem bare(ClassifiedItem classified) {
        return new PreparedItem(classified, null, null);
    }

    /** Prepares items; one per thread (the extractors are not shared across threads). */
    public static final class Preparer {
        private final ActExtractor acts = new ActExtractor();
        private final FeatureExtractor features = new FeatureExtractor();
        /** The keys of the items in flight held once: they outlive young collections (see {@link SharedKeys}). */
        private final SharedKeys sharedKeys = new SharedKeys();
        /** The item's own repeated small strings held once, for the same reason ({@link SharedEventStrings}). */
        private final SharedEventStrings sharedStrings = new SharedEventStrings();

        public PreparedItem prepare(ClassifiedItem parsed) {
            ClassifiedItem classified = sharedStrings.share(parsed);
            FeedItem i = classified.item();
            List<ActReference> found = acts.extract(i.title(), i.summary(), i.content());
            // the grouping's time of an item with neither time is the transaction's: its features wait for it
            StoryFeatures f = i.publishedAt() == null && i.fetchedAt() == null ? null
                    : features.extract(i.title(), i.summary(), i.content(), classified.language(),
                    ItemRows.Row.eventTime(i, null), i.link(), found, sharedKeys).readied();
            return new PreparedItem(classified, found, f);
        }
    }
}
