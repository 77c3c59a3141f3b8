package org.policymonitor.alert.subscription;

import org.policymonitor.alert.search.ItemFilter;

import java.util.Collection;
import java.util.List;

/**
 * Which items a subscription wants. Each list is "any of"; an empty list does not restrict. An item with no
 * tag never matches: alerts are about matches, untagged items are for analysts to find over the API.
 * <p>
 * Languages are compared on their primary subtag, as {@code GET /api/items} reads them: an item in "ru-RU" matches a
 * subscription to "ru", and one to "be-BY" (which the validator accepts) the items stored as "be". The subscription's
 * are reduced once, here; an item's once per item ({@link Item}), not once per subscription it is matched against.
 */
public record SubscriptionFilter(List<String> themes, List<String> sources, List<String> languages) {

    /** @param languages as subscribed; kept as their primary subtags */
    public SubscriptionFilter {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        languages = languages == null ? List.of()
                : languages.stream().map(ItemFilter::primaryLanguage).distinct().toList();
    }

    /**
     * An item as the filters read it, its language reduced to the primary subtag: null when it has none, as a tag
     * without one ("-", "--en") has none — it matches the subscriptions that do not filter by language.
     */
    public record Item(String sourceId, String primaryLanguage, Collection<String> themes) {

        public static Item of(String sourceId, String language, Collection<String> themes) {
            return new Item(sourceId, ItemFilter.primaryLanguage(language), themes);
        }
    }

    public boolean matchesItem(String sourceId, String language, Collection<String> itemThemes) {
        return matches(Item.of(sourceId, language, itemThemes));
    }

    public boolean matches(Item item) {
        if (item.themes().isEmpty()) {
            return false;
        }
        if (!themes.isEmpty() && item.themes().stream().noneMatch(themes::contains)) {
            return false;
        }
        return matchesSource(item.sourceId()) && matchesLanguage(item.primaryLanguage());
    }

    public boolean matchesSource(String sourceId) {
        return sources.isEmpty() || sources.contains(sourceId);
    }

    private boolean matchesLanguage(String primaryLanguage) {
        return languages.isEmpty() || primaryLanguage != null && languages.contains(primaryLanguage);
    }
}
