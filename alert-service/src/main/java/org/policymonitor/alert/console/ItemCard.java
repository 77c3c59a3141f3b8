package org.policymonitor.alert.console;

import org.policymonitor.alert.console.html.EvidenceHighlighter;
import org.policymonitor.alert.delivery.email.Html;
import org.policymonitor.alert.search.ItemRow;
import org.policymonitor.alert.search.StoryVersionSearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An item as a console page shows it: title and summary as safe HTML with the evidence marked, the time in the
 * analyst's zone, a {@code lang} value the browser can use to pick fonts and hyphenation, its legal acts and, when
 * its story has other versions, the badge that says so; its version ({@code updatedAt}), which the row's review keys
 * send, so a review saved since the page was loaded is a 409 instead of being overwritten.
 */
public record ItemCard(String id, String titleHtml, String summaryHtml, String lang, String sourceId,
                       String sourceName, String time, String timeIso, List<String> themes, String reviewStatus,
                       String link, String storyId, List<ActView> acts, StoryBadge story, String updatedAt) {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public static ItemCard of(ItemRow row, Dates dates) {
        return of(row, dates, Map.of());
    }

    /** With the story badge from the per-story counts of {@link StoryVersionSearch#groups} (one query per page). */
    public static ItemCard of(ItemRow row, Dates dates, Map<String, List<StoryVersionSearch.Group>> storyGroups) {
        Instant when = row.publishedAt() != null ? row.publishedAt().toInstant() : row.fetchedAt();
        return new ItemCard(row.id(), EvidenceHighlighter.highlight(orUntitled(row.title()), "title", row.tags()),
                EvidenceHighlighter.highlight(row.summary(), "summary", row.tags()), lang(row.language()),
                row.sourceId(), row.sourceName() == null ? row.sourceId() : row.sourceName(), dates.format(when),
                Dates.iso(when), row.themes(), row.reviewStatus(), Html.isSafeLink(row.link()) ? row.link() : null,
                row.storyId(), ActView.of(row.acts()),
                StoryBadge.of(row.storyId(), row.language(), row.sourceId(),
                        row.storyId() == null ? null : storyGroups.get(row.storyId())),
                Dates.iso(row.updatedAt()));
    }

    /** The page of this item. */
    public String href() {
        return ConsoleLinks.item(id);
    }

    /** A valid BCP 47 tag or "" (an empty lang attribute means "unknown", which is true). */
    public static String lang(String language) {
        return language != null && LANGUAGE_TAG.matcher(language).matches() ? language : "";
    }

    static String orUntitled(String title) {
        return title == null || title.isBlank() ? "(untitled)" : title;
    }
}
