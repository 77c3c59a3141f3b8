package org.policymonitor.alert.console;

import org.policymonitor.alert.search.StorySearch;
import org.policymonitor.alert.search.StoryVersionSearch;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story as the stories list and the story page head show it: its headline (with the {@code lang} of the item it
 * came from), when it was first and last reported, by how many items, which sources (by name) and languages.
 */
public record StoryView(String id, String href, String headline, String lang, String firstSeen, String firstSeenIso,
                        String lastSeen, String lastSeenIso, int itemCount, List<String> sources,
                        List<String> languages, List<String> themes) {

    public static StoryView of(StorySearch.Story s, List<StoryVersionSearch.Group> groups, Dates dates) {
        return of(s.id(), s.headline(), s.firstSeen(), s.lastSeen(), s.itemCount(), s.sources(), s.languages(),
                s.themes(), groups, dates);
    }

    public static StoryView of(StorySearch.StoryDetail s, List<StoryVersionSearch.Group> groups, Dates dates) {
        return of(s.id(), s.headline(), s.firstSeen(), s.lastSeen(), s.itemCount(), s.sources(), s.languages(),
                s.themes(), groups, dates);
    }

    private static StoryView of(String id, String headline, Instant firstSeen, Instant lastSeen, int itemCount,
                                List<String> sourceIds, List<String> languages, List<String> themes,
                                List<StoryVersionSearch.Group> groups, Dates dates) {
        String lang = "";
        Set<String> sources = new LinkedHashSet<>();
        for (StoryVersionSearch.Group g : groups == null ? List.<StoryVersionSearch.Group>of() : groups) {
            if (g.headline() && lang.isEmpty()) {
                lang = ItemCard.lang(g.language());
            }
            sources.add(g.sourceName() == null ? g.sourceId() : g.sourceName());
        }
        if (sources.isEmpty()) {
            sources.addAll(sourceIds);
        }
        return new StoryView(id, ConsoleLinks.story(id), ItemCard.orUntitled(headline), lang, dates.format(firstSeen),
                Dates.iso(firstSeen), dates.format(lastSeen), Dates.iso(lastSeen), itemCount, List.copyOf(sources),
                languages.stream().filter(l -> !l.isEmpty()).toList(), themes);
    }
}
