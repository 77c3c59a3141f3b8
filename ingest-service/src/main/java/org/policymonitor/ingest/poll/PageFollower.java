package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.RelativeLinks;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.parse.ParsedDocument;
import org.policymonitor.ingest.parse.ParsedItem;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.OwnSite;
import org.policymonitor.ingest.source.Paging;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.platform.net.AddressPolicy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a listing's (or paged feed's) next pages while everything on them is new: a site that published more between
 * two polls than its first page shows — a busy day, a poller back from an outage — has the rest on its next pages,
 * and a poll that read only the first lost them without a word (trial29).
 * <p>
 * Bounded: it stops at the first page holding an item published before, at the page limit ({@code maxPages} of the
 * endpoint, else the service's), at a next page on another site (scheme, host, port: {@link OwnSite}), at a page
 * already read (a loop, or a site answering any page number with the same page), and at a page that cannot be read.
 * Every fetch is the poller's own ({@link HttpFetcher}: size and time limits, redirects checked, one request at a
 * time per host). The first poll of a source reads its first page only: the archive of a new source is not crawled.
 * When it stops before reaching an item published before, some items may have been missed: a {@link Gap}, which
 * never fails the poll.
 */
final class PageFollower {

    /** Pages one poll reads at most, the first included, unless the endpoint says ({@code policy.poller.max-pages}). */
    static final int DEFAULT_MAX_PAGES = 5;

    private final HttpFetcher fetcher;
    private final DocumentParser parser;
    private final int defaultMaxPages;

    PageFollower(HttpFetcher fetcher, DocumentParser parser, int defaultMaxPages) {
        if (defaultMaxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + defaultMaxPages);
        }
        this.fetcher = fetcher;
        this.parser = parser;
        this.defaultMaxPages = defaultMaxPages;
    }

    /** Why paging stopped before an item published before: the items after the last page read may be lost. */
    enum GapReason {
        /** the page limit was reached */
        PAGE_LIMIT,
        /** the last page read links no next page */
        NO_NEXT_PAGE,
        /** the next page is on another site */
        OTHER_SITE,
        /** the next page was read already, or repeated only what was read */
        LOOP,
        /** the next page could not be fetched or read */
        PAGE_FAILED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Items may have been missed.
     *
     * @param lastPage  the last page read
     * @param pagesRead pages read by the poll
     * @param items     items on them (all new)
     * @param message   the operator's words: what was read, why it stopped, what to do
     */
    record Gap(GapReason reason, URI lastPage, int pagesRead, int items, String message) {
    }

    /**
     * What the poll read.
     *
     * @param document the pages' items as one document (the first page's format, title, language and warning)
     * @param pages    pages read
     * @param gap      null when the pages reached an item published before, the end of a new source's first page,
     *                 the end of the listing, or a first page without a next one that showed fewer items than it had
     * @param firstPageItems items on the first page (the source's window grows to the most it has shown)
     */
    record Pages(ParsedDocument document, int pages, Gap gap, int firstPageItems) {
    }

    /**
     * @param first      the first page, as fetched
     * @param firstPage  the first page, as parsed
     * @param newSource  the source never published nor saw an item: its first page only
     * @param window     the most items the source's first page showed at an earlier poll (0: not known yet)
     * @param itemsOf    a page's items as the poll publishes them (ids)
     * @param knownAmong the ids among items that were published before
     */
    Pages follow(SourceDefinition source, Endpoint endpoint, FetchResult first, ParsedDocument firstPage,
                 boolean newSource, int window, Function<ParsedDocument, List<FeedItem>> itemsOf,
                 Function<List<FeedItem>, Set<String>> knownAmong) {
        List<FeedItem> firstItems = itemsOf.apply(firstPage);
        if (newSource || firstItems.isEmpty() || !knownAmong.apply(firstItems).isEmpty()) {
            return new Pages(firstPage, 1, null, firstItems.size());
        }
        int maxPages = endpoint.paging().maxPages() != null ? endpoint.paging().maxPages() : defaultMaxPages;
        Set<String> read = new HashSet<>();
        read.add(key(endpoint.url()));
        read.add(key(first.finalUrl()));
        Set<String> ids = new HashSet<>();
        firstItems.forEach(i -> ids.add(i.id()));
        List<ParsedDocument> pages = new ArrayList<>(List.of(firstPage));
        URI page = first.finalUrl();
        ParsedDocument current = firstPage;
        while (true) {
            int number = pages.size() + 1;
            URI next;
            try {
                next = endpoint.paging().template()
                        ? RelativeLinks.resolve(endpoint.url(), URI.create(endpoint.paging().pageLink(number)))
                        : current.nextPage();
            } catch (IllegalArgumentException e) {
                next = null;
            }
            if (next == null) {
                if (pages.size() == 1 && firstItems.size() < window) {
                    // a page with fewer items than it has shown (a young feed, a quiet week) pushed none off: the
                    // items the previous poll saw left it for another reason, and none can have been missed
                    return new Pages(firstPage, 1, null, firstItems.size());
                }
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.NO_NEXT_PAGE, noNextPage(endpoint, page));
            }
            if (pages.size() >= maxPages) {
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.PAGE_LIMIT, "the page limit (" + maxPages
                        + (endpoint.paging().maxPages() != null ? ", the source's maxPages" : ", policy.poller.max-pages")
                        + ") stopped it before an item already published; the next page, not read, is " + next
                        + " (raise maxPages, or poll the source more often)");
            }
            if (!OwnSite.same(next, first.finalUrl()) && !OwnSite.same(next, endpoint.url())) {
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.OTHER_SITE, "its next page " + next
                        + " is on another site, which a poll never reads (set nextPage to the site's own next-page link)");
            }
            if (read.contains(key(next))) {
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.LOOP, "its next page " + next
                        + " was read already in this poll (the pages link in a loop)");
            }
            read.add(key(next));
            FetchResult fetched;
            ParsedDocument parsed;
            try {
                fetched = fetcher.fetch(next, Validators.NONE, AddressPolicy.ANY);
                if (!OwnSite.same(fetched.finalUrl(), first.finalUrl())) {
                    return gap(pages, firstItems.size(), page, ids.size(), GapReason.OTHER_SITE, "its next page " + next
                            + " redirected to another site, " + fetched.finalUrl() + ", which a poll never reads");
                }
                parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl(), endpoint,
                        source.language(), source.timezone());
            } catch (SourceFailure f) {
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.PAGE_FAILED, "its next page " + next
                        + " could not be read: " + f.describe());
            } catch (RuntimeException e) {
                // a parser bug on a strange page must not fail the poll of what was read
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.PAGE_FAILED, "its next page " + next
                        + " could not be read: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            read.add(key(fetched.finalUrl()));
            List<FeedItem> items = itemsOf.apply(parsed);
            boolean reachedKnown = !knownAmong.apply(items).isEmpty();
            boolean addsItems = items.stream().anyMatch(i -> !ids.contains(i.id()));
            if (!reachedKnown && !addsItems) {
                return gap(pages, firstItems.size(), page, ids.size(), GapReason.LOOP, "its next page " + next + " showed only items"
                        + " read on earlier pages of this poll (a site answering every page number with the same page?)");
            }
            pages.add(parsed);
            items.forEach(i -> ids.add(i.id()));
            page = fetched.finalUrl();
            current = parsed;
            if (reachedKnown) {
                return new Pages(merged(pages), pages.size(), null, firstItems.size());
            }
        }
    }

    private static String noNextPage(Endpoint endpoint, URI page) {
        Paging paging = endpoint.paging();
        if (paging.selector() != null) {
            return "the nextPage selector '" + paging.selector() + "' matched no link on " + page;
        }
        return page + " links no next page the service recognises (set nextPage to the site's next-page link"
                + " selector or a URL template with {page}, or poll the source more often)";
    }

    private static Pages gap(List<ParsedDocument> pages, int firstPageItems, URI lastPage, int items, GapReason reason,
                             String why) {
        int n = pages.size();
        String message = "possible gap: all " + items + " items of the " + (n == 1 ? "page" : n + " pages")
                + " read were new, and " + why + "; items published since the previous poll beyond the last page read ("
                + lastPage + ") may have been missed";
        return new Pages(merged(pages), n, new Gap(reason, lastPage, n, items, message), firstPageItems);
    }

    /** The pages as one document: all their items (repeats are dropped when mapped), the first page's particulars. */
    private static ParsedDocument merged(List<ParsedDocument> pages) {
        ParsedDocument first = pages.get(0);
        if (pages.size() == 1) {
            return first;
        }
        List<ParsedItem> items = new ArrayList<>();
        int skipped = 0;
        for (ParsedDocument p : pages) {
            items.addAll(p.items());
            skipped += p.skipped();
        }
        return new ParsedDocument(first.format(), first.title(), first.language(), items, skipped, first.warning());
    }

    /** Two URLs of one page: canonical, and a trailing slash more or less alike. */
    private static String key(URI url) {
        String canonical = UrlCanonicalizer.canonicalize(url.toString());
        String k = canonical == null ? url.toString() : canonical;
        return k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
    }
}
