package org.policymonitor.alert.console;

import jakarta.ws.rs.core.MultivaluedMap;
import org.policymonitor.alert.search.ItemFilter;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inbox's filters exactly as they are in the URL (same parameter names as {@code GET /api/items}), so that
 * a filtered view is a link: paging, the export links and the stats, stories and acts pages carry it on unchanged.
 * Two view choices ride along: {@code group=story} (the inbox shows one row per story) and {@code kind} (the acts
 * page lists one kind of act); they are not item filters, so export and stats links leave them out.
 */
public record InboxQuery(List<String> themes, List<String> sources, List<String> languages, String publishedFrom,
                         String publishedTo, String q, String review, boolean tagged, String sort, int page, int size,
                         boolean perStory, String kind) {

    /** {@code group=story}: one row per story. */
    static final String GROUP_BY_STORY = "story";

    /** Parameters that select items (not paging): what export and stats take. */
    static final List<String> FILTER_PARAMS = List.of("theme", "source", "language", "publishedFrom", "publishedTo", "q",
            "review", "tagged");

    public static InboxQuery of(MultivaluedMap<String, String> params, int defaultSize) {
        return new InboxQuery(values(params, "theme"), values(params, "source"), values(params, "language"),
                blankToNull(params.getFirst("publishedFrom")), blankToNull(params.getFirst("publishedTo")),
                blankToNull(params.getFirst("q")), blankToNull(params.getFirst("review")),
                "true".equals(params.getFirst("tagged")), blankToNull(params.getFirst("sort")),
                intOr(params.getFirst("page"), 0, 0, 100_000), intOr(params.getFirst("size"), defaultSize, 1, 200),
                GROUP_BY_STORY.equals(params.getFirst("group")), blankToNull(params.getFirst("kind")));
    }

    /** The API's item filter of this view; a {@link ProblemException} (400) names every invalid parameter. */
    public ItemFilter filter() {
        return ItemFilter.parse(themes, sources, languages, publishedFrom, publishedTo, null, null, q, review,
                tagged ? "true" : null);
    }

    /** The field errors of an invalid filter, as the filter form lists them. */
    static List<Problem.FieldError> errors(ProblemException e) {
        return e.problem().errors() == null || e.problem().errors().isEmpty()
                ? List.of(new Problem.FieldError("filter", e.getMessage())) : e.problem().errors();
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    public boolean hasSource(String source) {
        return sources.contains(source);
    }

    public boolean hasLanguage(String language) {
        return languages.contains(language);
    }

    public boolean filtered() {
        return !themes.isEmpty() || !sources.isEmpty() || !languages.isEmpty() || publishedFrom != null
                || publishedTo != null || q != null || review != null || tagged;
    }

    /** The filter part of the URL ("theme=ai-law&q=…"), without page, size and sort. */
    public String filterQuery() {
        List<String> parts = new ArrayList<>();
        themes.forEach(t -> parts.add(pair("theme", t)));
        sources.forEach(s -> parts.add(pair("source", s)));
        languages.forEach(l -> parts.add(pair("language", l)));
        add(parts, "publishedFrom", publishedFrom);
        add(parts, "publishedTo", publishedTo);
        add(parts, "q", q);
        add(parts, "review", review);
        if (tagged) {
            parts.add("tagged=true");
        }
        return String.join("&", parts);
    }

    /** This view's URL on another page. */
    public String pageQuery(int otherPage) {
        List<String> parts = new ArrayList<>();
        String filter = filterQuery();
        if (!filter.isEmpty()) {
            parts.add(filter);
        }
        add(parts, "sort", sort);
        if (perStory) {
            parts.add("group=" + GROUP_BY_STORY);
        }
        add(parts, "kind", kind);
        if (size != 0) {
            parts.add("size=" + size);
        }
        parts.add("page=" + otherPage);
        return String.join("&", parts);
    }

    /** The export link's query: the same filter (and sort) as CSV or JSON. */
    public String exportQuery(String format) {
        String filter = filterQuery();
        // a browser's CSV download is opened in a spreadsheet: Excel needs the byte-order mark to read it as UTF-8
        return "format=" + format + ("csv".equals(format) ? "&bom=true" : "") + (filter.isEmpty() ? "" : "&" + filter)
                + (sort == null ? "" : "&" + pair("sort", sort));
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(pair(name, value));
        }
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> values(MultivaluedMap<String, String> params, String name) {
        List<String> raw = params.get(name);
        if (raw == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String v : raw) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    seen.add(part.strip());
                }
            }
        }
        return List.copyOf(seen);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int intOr(String v, int fallback, int min, int max) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
