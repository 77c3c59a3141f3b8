package org.policymonitor.alert.console;

import org.policymonitor.alert.search.ItemFilter;
import org.policymonitor.alert.search.StoryVersionSearch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a row says about the other versions of its item's story — "+2 versions · be, ru", linking to the story — so
 * that an analyst sees at a glance that an event was also reported elsewhere or in another language.
 *
 * @param others    the story's items other than this one
 * @param languages the languages of those others (primary subtags, sorted)
 * @param sources   the names of their sources
 */
public record StoryBadge(String storyId, String href, int others, List<String> languages, List<String> sources) {

    /**
     * The badge of an item in its story from the story's per-language-and-source counts, or null when the story has
     * no other item (nothing to say).
     */
    public static StoryBadge of(String storyId, String language, String sourceId,
                                List<StoryVersionSearch.Group> groups) {
        if (storyId == null || groups == null) {
            return null;
        }
        String own = primary(language);
        boolean selfCounted = false;
        int others = 0;
        Set<String> languages = new TreeSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (StoryVersionSearch.Group g : groups) {
            int count = g.count();
            if (!selfCounted && g.language().equals(own) && g.sourceId().equals(sourceId)) {
                count--; // this item itself
                selfCounted = true;
            }
            if (count > 0) {
                others += count;
                if (!g.language().isEmpty()) {
                    languages.add(g.language());
                }
                sources.add(g.sourceName() == null ? g.sourceId() : g.sourceName());
            }
        }
        return others == 0 ? null
                : new StoryBadge(storyId, ConsoleLinks.story(storyId), others, List.copyOf(languages), List.copyOf(sources));
    }

    /** "+2 versions · be, ru". */
    public String text() {
        return "+" + others + (others == 1 ? " version" : " versions")
                + (languages.isEmpty() ? "" : " · " + String.join(", ", languages));
    }

    /** The tooltip: who else reported it. */
    public String title() {
        return others + (others == 1 ? " other report" : " other reports") + " of this story: " + String.join(", ", sources);
    }

    static String primary(String language) {
        String primary = ItemFilter.primaryLanguage(language);
        return primary == null ? "" : primary; // as StoryVersionSearch groups an item without a language
    }
}
