package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemIds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ids of items whose guid is not theirs alone. Some CMSs give every item of a feed the same guid (or one per section);
 * taken as the id, it made every item after the first a repeat of it, never published. A guid that items of one
 * document with different canonical links share identifies none of them: those items are known by guid and link
 * ({@link ItemIds#sharedGuidItemId}). A feed whose guids are its own keeps the ids it always had.
 * <p>
 * Whether a guid is shared can change between polls (the second item with it appears; all but one drop off the feed),
 * and so would the id. {@link #keepKnownIds} keeps the id an item was published under: the guid alone while it was
 * unshared (the published row's link says which item that was), or guid and link while it was shared. Pure logic.
 */
final class SharedGuids {

    private SharedGuids() {
    }

    /** The document's items, those whose guid other items with other links share known by guid and link. */
    static List<FeedItem> identify(String sourceId, List<FeedItem> items) {
        Map<String, Set<String>> linksByGuid = new HashMap<>();
        for (FeedItem item : items) {
            if (item.guid() != null && item.link() != null) {
                linksByGuid.computeIfAbsent(item.guid().trim(), g -> new HashSet<>()).add(item.link());
            }
        }
        List<FeedItem> out = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            boolean shared = item.guid() != null && item.link() != null
                    && linksByGuid.get(item.guid().trim()).size() > 1;
            out.add(shared ? item.withId(ItemIds.sharedGuidItemId(sourceId, item.guid(), item.link())) : item);
        }
        return out;
    }

    /** Every id an item of the document may have been published under: its own and its guid's other one. */
    static Set<String> candidateIds(List<FeedItem> items) {
        Set<String> ids = new LinkedHashSet<>();
        for (FeedItem item : items) {
            ids.add(item.id());
            String other = otherId(item);
            if (other != null) {
                ids.add(other);
            }
        }
        return ids;
    }

    /**
     * Old id → the id it was published under, for the items whose other id is the published one: an item known by
     * guid and link now that was published under the guid alone with this very link, or an item known by its guid
     * alone now that was published under guid and link.
     *
     * @param publishedLinks the ids among {@link #candidateIds} already published, with the link each was published with
     */
    static Map<String, String> keepKnownIds(List<FeedItem> items, Map<String, String> publishedLinks) {
        Map<String, String> renamed = new HashMap<>();
        for (FeedItem item : items) {
            String other = otherId(item);
            if (other == null || publishedLinks.containsKey(item.id()) || !publishedLinks.containsKey(other)) {
                continue;
            }
            boolean sharedNow = !other.equals(ItemIds.sharedGuidItemId(item.sourceId(), item.guid(), item.link()));
            // the guid-alone id belongs to whichever item it was published for; guid and link name the item already
            if (!sharedNow || Objects.equals(publishedLinks.get(other), item.link())) {
                renamed.put(item.id(), other);
            }
        }
        return renamed;
    }

    /** The items with their published ids. */
    static List<FeedItem> renamed(Collection<FeedItem> items, Map<String, String> renamed) {
        return items.stream().map(i -> renamed.containsKey(i.id()) ? i.withId(renamed.get(i.id())) : i).toList();
    }

    /** The other id an item with a guid and a link could have: guid alone when it has guid and link, and conversely. */
    private static String otherId(FeedItem item) {
        if (item.guid() == null || item.guid().isBlank() || item.link() == null) {
            return null;
        }
        String alone = ItemIds.itemId(item.sourceId(), item.guid(), item.link());
        return item.id().equals(alone) ? ItemIds.sharedGuidItemId(item.sourceId(), item.guid(), item.link()) : alone;
    }
}
