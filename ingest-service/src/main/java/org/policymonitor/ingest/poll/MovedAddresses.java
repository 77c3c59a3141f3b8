package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemIds;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.parse.AddressForms;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Items published before under another form of their address. A site that moves to https, to {@code www.} or to
 * paths ending in a slash changes the link of every item of its feed or listing at once; an item known by its link
 * (no guid) then had a new id, and every article the document still showed was published again. The ids the item's
 * link would have in its other forms ({@link AddressForms}) are looked up too, and an item found under one keeps
 * that id, as {@link SharedGuids} keeps the id of an item whose guid became shared. Pure logic.
 */
final class MovedAddresses {

    private MovedAddresses() {
    }

    /**
     * @param unseen items whose own id was not found published
     * @return the id of each other form of the link of each such item known by its link → the item's id
     */
    static Map<String, String> otherFormIds(Collection<FeedItem> unseen) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (FeedItem item : unseen) {
            if (item.guid() != null && !item.guid().isBlank() || item.link() == null) {
                continue; // known by its guid: the link is no part of its id
            }
            for (String form : AddressForms.others(UrlCanonicalizer.canonicalize(item.link()))) {
                forms.putIfAbsent(ItemIds.itemId(item.sourceId(), null, form), item.id());
            }
        }
        return forms;
    }

    /**
     * @param otherFormIds as {@link #otherFormIds} gave them
     * @param published    the ids among them found published
     * @return item id → the id it was published under, for the items found; one published id serves one item only
     */
    static Map<String, String> publishedUnder(Map<String, String> otherFormIds, Collection<String> published) {
        Map<String, String> renamed = new HashMap<>();
        Map<String, String> taken = new HashMap<>();
        otherFormIds.forEach((formId, itemId) -> {
            if (published.contains(formId) && !renamed.containsKey(itemId) && taken.putIfAbsent(formId, itemId) == null) {
                renamed.put(itemId, formId);
            }
        });
        return renamed;
    }
}
