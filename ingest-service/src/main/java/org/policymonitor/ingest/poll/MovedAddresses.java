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
 * paths ending in a slash changes the link of every item of its feed or listing at once, and a guid that is the
 * article's address with it; an item known by either then had a new id, and every article the document still showed
 * was published again. The ids the item would have under the other forms ({@link AddressForms}) are looked up too, and an item found under one keeps
 * that id, as {@link SharedGuids} keeps the id of an item whose guid became shared. Pure logic.
 */
final class MovedAddresses {

    private MovedAddresses() {
    }

    /**
     * @param unseen items whose own id was not found published
     * @return the id of each other form of the address each such item is known by — its link, or its guid when that is
     * an http(s) address — → the item's id
     */
    static Map<String, String> otherFormIds(Collection<FeedItem> unseen) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (FeedItem item : unseen) {
            if (item.guid() == null || item.guid().isBlank()) {
                if (item.link() != null) {
                    for (String form : AddressForms.others(UrlCanonicalizer.canonicalize(item.link()))) {
                        forms.putIfAbsent(ItemIds.itemId(item.sourceId(), null, form), item.id());
                    }
                }
            } else if (item.id().equals(ItemIds.itemId(item.sourceId(), item.guid(), item.link()))) {
                // a guid that is the article's address as the CMS wrote it (not the link, which carries ?utm_…)
                // moves with the site too; a guid that is no http(s) address has no other form
                for (String form : AddressForms.others(item.guid().trim())) {
                    forms.putIfAbsent(ItemIds.itemId(item.sourceId(), form, item.link()), item.id());
                }
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
