package org.policymonitor.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;

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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
