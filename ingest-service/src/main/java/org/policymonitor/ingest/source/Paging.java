package org.policymonitor.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.util.Locale;

/**
 * How a poll follows a listing's (or a paged feed's) next pages when everything on a page is new — a burst larger
 * than a page, or a poller back from hours away, would otherwise lose what scrolled off the first page.
 *
 * @param nextPage the operator's way to the next page, or null (found on the page itself: {@code rel="next"}, a
 *                 pager's "next" link, {@code ?page=N} / {@code /page/N/} / {@code PAGEN_1=N} links): a CSS selector of
 *                 the next-page link, or a URL template holding {@value #PAGE} (2 for the second page) or
 *                 {@value #PAGE0} (1 for the second page, for sites that count from 0), relative to the endpoint's URL
 * @param maxPages pages one poll reads at most, the first included; null: the service's default
 *                 ({@code policy.poller.max-pages}); 1 reads the first page only (a gap is still reported)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paging(String nextPage, Integer maxPages) {

    public static final Paging DEFAULT = new Paging(null, null);
    /** A template's place for the page's number counted from 1: {@code …/page/{page}/}. */
    public static final String PAGE = "{page}";
    /** A template's place for the page's number counted from 0: {@code …?page={page0}} (UNDP, Drupal). */
    public static final String PAGE0 = "{page0}";
    /** A bound on what an operator may ask: each page is a fetch of the site within one poll. */
    public static final int MAX_PAGES_LIMIT = 20;

    public Paging {
        nextPage = nextPage == null || nextPage.isBlank() ? null : nextPage.strip();
    }

    /** Whether {@link #nextPage} is a URL template rather than a CSS selector. */
    public boolean template() {
        return nextPage != null && (nextPage.contains(PAGE) || nextPage.contains(PAGE0));
    }

    /** The CSS selector of the next-page link, or null. */
    public String selector() {
        return nextPage == null || template() ? null : nextPage;
    }

    /**
     * The template's link to the {@code number}-th page (2 = the second), to resolve against the endpoint's URL as a
     * browser does ({@code fetch.RelativeLinks}: a link that is only a query keeps the page's path).
     */
    public String pageLink(int number) {
        return nextPage.replace(PAGE0, Integer.toString(number - 1)).replace(PAGE, Integer.toString(number));
    }

    /**
     * What is wrong with the settings for an endpoint of {@code type} at {@code url}, or null: a selector that is not
     * CSS, a template that does not make an http(s) URL on the endpoint's own host, a page count out of range, a CSS
     * selector on a feed (a feed's next page is its {@code <atom:link rel="next">}).
     */
    public String problem(SourceType type, URI url, String field) {
        if (maxPages != null && (maxPages < 1 || maxPages > MAX_PAGES_LIMIT)) {
            return field + ".maxPages: " + maxPages + " is not between 1 and " + MAX_PAGES_LIMIT;
        }
        if (nextPage == null) {
            return null;
        }
        if (template()) {
            URI page;
            try {
                // java.net.URI drops a path's last segment under a query-only link, which a browser keeps: the host,
                // all that is checked here, is the same either way
                page = url.resolve(URI.create(pageLink(2)));
            } catch (IllegalArgumentException e) {
                return field + ".nextPage: '" + nextPage + "' does not make a URL: " + e.getMessage();
            }
            if (page.getScheme() == null || !page.getScheme().toLowerCase(Locale.ROOT).matches("https?")
                    || page.getHost() == null || Endpoint.hasCredentials(page)) {
                return field + ".nextPage: '" + nextPage + "' must make an http(s) URL (absolute, or relative to the url)";
            }
            if (!OwnSite.same(url, page)) {
                return field + ".nextPage: '" + nextPage + "' leads to " + page.getScheme() + "://" + page.getRawAuthority()
                        + ", not the source's own site " + url.getScheme() + "://" + url.getRawAuthority()
                        + " (a poll never follows pages to another site)";
            }
            return null;
        }
        if (type == SourceType.RSS) {
            return field + ".nextPage: a CSS selector only reads an html listing (a feed's next page is its "
                    + "<atom:link rel=\"next\">); write a URL template with " + PAGE + " instead";
        }
        try {
            QueryParser.parse(nextPage);
        } catch (RuntimeException e) {
            return field + ".nextPage: '" + nextPage + "' is neither a URL template (with " + PAGE + " or " + PAGE0
                    + ") nor a CSS selector: " + e.getMessage();
        }
        return null;
    }
}
