package org.policymonitor.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jsoup.select.QueryParser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSS selectors (jsoup syntax) of an HTML listing. Only {@code item} is required; the others are searched inside
 * each item element.
 *
 * @param item  one element per news item
 * @param link  the element whose {@code href} is the item's link (default {@code a[href]})
 * @param title the title element (default: the link's text)
 * @param date  the date element: its {@code datetime}/{@code data-datetime} attribute, else its text
 * @param lead  the lead paragraph, used as the summary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Selectors(String item, String link, String title, String date, String lead) {

    public static final String DEFAULT_LINK = "a[href]";

    public Selectors {
        link = blankToNull(link) == null ? DEFAULT_LINK : link.trim();
        item = blankToNull(item);
        title = blankToNull(title);
        date = blankToNull(date);
        lead = blankToNull(lead);
    }

    /**
     * The selectors jsoup cannot parse, by field ({@code title} → {@code 'a[[[' is not a CSS selector: …}), in the
     * order item, link, title, date, lead; empty when all are CSS. The catalogue and the preview both refuse them:
     * only the item selector is parsed before the page is read, the others inside each item, where a bad one failed
     * with an unexpected error instead of a reason.
     */
    public Map<String, String> invalid() {
        Map<String, String> problems = new LinkedHashMap<>();
        check("item", item, problems);
        check("link", link, problems);
        check("title", title, problems);
        check("date", date, problems);
        check("lead", lead, problems);
        return problems;
    }

    private static void check(String field, String selector, Map<String, String> problems) {
        if (selector == null) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (RuntimeException e) {
            problems.put(field, "'" + selector + "' is not a CSS selector: " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
