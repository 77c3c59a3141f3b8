package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.util.Locale;

/**
 * The failure of a feed's endpoint that answered an HTML page, in words that say what to do: read the feed the page
 * announces, or read the page as a listing — unless the page is a bot check or a "page not found" page standing in
 * for the feed ({@link StandInPage}), which no listing selector would read either. Only the page's first 64 KiB are
 * read: the head, where a page announces its feed, and the whole of such a stand-in page.
 */
final class HtmlInsteadOfFeed {

    private static final int HEAD_CHARS = 65_536;

    private HtmlInsteadOfFeed() {
    }

    static SourceFailure failure(String html, URI base) {
        Document page = Jsoup.parse(html.substring(0, Math.min(html.length(), HEAD_CHARS)));
        String feed = announcedFeed(page, base);
        String standIn = StandInPage.of(page);
        if (standIn != null) {
            return new SourceFailure(FailureReason.NOT_A_FEED, "expected an RSS or Atom feed, got " + standIn
                    + (feed == null ? "" : "; the page announces the feed " + feed));
        }
        return new SourceFailure(FailureReason.NOT_A_FEED, "expected an RSS or Atom feed, got an HTML page ("
                + (feed == null ? "it announces no feed: read it as a listing, type html with selectors)"
                : "it announces the feed " + feed + ": read that; or read this page as a listing, type html with"
                + " selectors)"));
    }

    /**
     * The feed an HTML page announces in its head ({@code <link rel="alternate" type="application/rss+xml" href>}, as
     * browsers and feed readers find it), resolved against the page, or null: an operator who gave the page where a
     * feed was expected is told the feed's URL.
     */
    private static String announcedFeed(Document page, URI base) {
        for (Element link : page.select("link[href][type]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            String href = FeedParser.resolve(base, link.attr("href"));
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate") && href != null
                    && (type.contains("rss+xml") || type.contains("atom+xml") || type.contains("rdf+xml"))) {
                return href;
            }
        }
        return null;
    }
}
