package org.policymonitor.ingest.parse;

import java.util.List;

/**
 * What a document yielded.
 *
 * @param format  e.g. "rss_2.0", "atom_1.0", "html"
 * @param skipped items left out because they had neither a link nor an id (or their link did not match the
 *                source's link pattern)
 * @param warning what the document read showed wrong though it gave items (a listing's date or title selector that
 *                matched nothing in any item: a layout changed), or null
 */
public record ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped,
                             String warning) {

    public ParsedDocument {
        items = List.copyOf(items);
    }

    /** A document read without anything to warn of. */
    public ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped) {
        this(format, title, language, items, skipped, null);
    }

    public long unparseableDates() {
        return items.stream().filter(ParsedItem::dateUnparseable).count();
    }
}
