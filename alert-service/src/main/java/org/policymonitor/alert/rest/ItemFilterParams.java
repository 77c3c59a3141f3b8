package org.policymonitor.alert.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.policymonitor.alert.search.ItemFilter;

import java.util.List;

/**
 * The item filters, one definition for every endpoint that lists items or what items lead to (items, their export and
 * statistics, stories, acts): the same names, meaning and errors everywhere. Values are checked by
 * {@link ItemFilter#parse}, which names every invalid parameter in one 400.
 */
public class ItemFilterParams {

    @QueryParam("theme")
    @Parameter(description = "Theme ids, any of; repeat the parameter or separate with commas (theme=ai-law,cybersecurity); "
            + "a theme neither the ruleset nor a stored item knows is a 400 naming the known ones")
    List<String> themes;

    @QueryParam("source")
    @Parameter(description = "Source ids, any of; repeated or comma-separated; an id not of the catalogue's form "
            + "(lower-case letters, digits, '.', '_', '-') is a 400")
    List<String> sources;

    @QueryParam("language")
    @Parameter(description = "Language codes, any of, compared on the primary subtag (ru-RU matches ru); repeated or "
            + "comma-separated")
    List<String> languages;

    @QueryParam("publishedFrom")
    @Parameter(description = "Published at or after: a date (2026-01-31, from the start of that UTC day) or a date-time "
            + "with offset (2026-01-31T10:00:00+03:00)")
    String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Published before (exclusive): a date (2026-01-31, up to the end of that UTC day) or a "
            + "date-time with offset")
    String publishedTo;

    @QueryParam("fetchedFrom")
    @Parameter(description = "Fetched at or after: a date (a whole UTC day) or a date-time with offset")
    String fetchedFrom;

    @QueryParam("fetchedTo")
    @Parameter(description = "Fetched before (exclusive): a date (up to the end of that UTC day) or a date-time with "
            + "offset")
    String fetchedTo;

    @QueryParam("q")
    @Parameter(description = "Full text, English and Russian (stemmed) plus exact words: \"personal data\" -festival, "
            + "закон OR указ (at most " + ItemFilter.MAX_Q + " characters)")
    String q;

    @QueryParam("review")
    @Parameter(description = "Review status: new, relevant, irrelevant or follow-up")
    String review;

    @QueryParam("tagged")
    @Parameter(description = "true: only items with at least one theme; false (the default): every item")
    String tagged;

    /**
     * The filter these parameters describe; a 400 problem naming each invalid parameter otherwise, a theme neither
     * the ruleset nor a stored item knows included.
     */
    public ItemFilter toFilter(KnownThemes knownThemes) {
        ItemFilter filter = ItemFilter.parse(themes, sources, languages, publishedFrom, publishedTo, fetchedFrom,
                fetchedTo, q, review, tagged);
        knownThemes.check(filter.themes());
        return filter;
    }
}
