package org.policymonitor.alert.subscription;

import org.policymonitor.alert.search.ItemFilter;

import java.util.Collection;
import java.util.List;

/**
 * Which items a subscription wants. Each list is "any of"; an empty list does not restrict. An item with no
 * tag never matches: alerts are about matches, untagged items are for analysts to find over the API.
 */
public record SubscriptionFilter(List<String> themes, List<String> sources, List<String> languages) {

    public SubscriptionFilter {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean matchesItem(String sourceId, String language, Collection<String> itemThemes) {
        if (itemThemes.isEmpty()) {
            return false;
        }
        if (!themes.isEmpty() && itemThemes.stream().noneMatch(themes::contains)) {
            return false;
        }
        return matchesSource(sourceId) && matchesLanguage(language);
    }

    public boolean matchesSource(String sourceId) {
        return sources.isEmpty() || sources.contains(sourceId);
    }

    private boolean matchesLanguage(String language) {
        if (languages.isEmpty()) {
            return true;
        }
        if (language == null) {
            return false;
        }
        // the language without its region on both sides, as GET /api/items reads it: an item in "ru-RU" matches a
        // subscription to "ru", and one to "be-BY" (which the validator accepts) the items stored as "be"
        String primary = ItemFilter.primaryLanguage(language);
        return languages.stream().anyMatch(l -> ItemFilter.primaryLanguage(l).equals(primary));
    }
}
