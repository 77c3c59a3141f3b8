package org.policymonitor.ingest.parse;

import java.util.List;

/**
 * What a document yielded.
 *
 * @param format  e.g. "rss_2.0", "atom_1.0", "html"
 * @param skipped items left out because they had neither a link nor an id (or their link did not match the
 *                source's link pattern)
 */
public record ParsedDocument(String format, String title, String language, List<ParsedItem> items, int skipped) {

    public ParsedDocument {
        items = List.copyOf(items);
    }

    public long unparseableDates() {
        return items.stream().filter(ParsedItem::dateUnparseable).count();
    }
}
