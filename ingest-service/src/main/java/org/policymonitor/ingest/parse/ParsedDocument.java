package org.policymonitor.ingest.parse;

import java.net.URI;
import java.util.List;

/**
 * What a document yielded.
 *
 * @param format  e.g. "rss_2.0", "atom_1.0", "html"
 * @param skipped items left out because they had neither a link nor an id (or their link did not match the
 *                source's link pattern)
 * @param warning what the document read showed wrong though it gave items (a listing's date or title selector that
 *                matched nothing in any item: a layout changed), or null
 * @param nextPage the document's next page as the page links it ({@code rel="next"}, a pager's "next" link, the
 *                 listing's {@code ?page=N} links; a paged feed's {@code <atom:link rel="next">}), absolute, or null;
 *                 whether it is followed is the poll's decision ({@code poll.PageFollower})
 */
public record ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped,
                             String warning, URI nextPage) {

    public ParsedDocument {
        items = List.copyOf(items);
    }

    /** A document that links no next page. */
    public ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped,
                          String warning) {
        this(format, title, language, items, skipped, warning, null);
    }

    /** A document read without anything to warn of. */
    public ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped) {
        this(format, title, language, items, skipped, null);
    }

    public long unparseableDates() {
        return items.stream().filter(ParsedItem::dateUnparseable).count();
    }
}
