package org.policymonitor.ingest.parse;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An item as read from a document, before it becomes a {@code FeedItem}.
 *
 * @param link         absolute link (relative links are resolved against the document)
 * @param guid         a stable id from the feed that is not just the link, or null
 * @param summary      plain text
 * @param content      plain text of the full body when the feed carries one, else null
 * @param publishedAt  with the offset the source gave (or the source's zone when it gave none), null when absent
 *                     or unparseable
 * @param publishedRaw the date as written in the document, or null when there was none
 */
public record ParsedItem(String link, String guid, String title, String summary, String content, String language,
                         List<String> categories, String author, OffsetDateTime publishedAt, String publishedRaw) {

    public ParsedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A date was written but could not be read. */
    public boolean dateUnparseable() {
        return publishedAt == null && publishedRaw != null && !publishedRaw.isBlank();
    }
}
