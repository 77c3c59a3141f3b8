package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One item seen in a source, as published to {@code policy.items.raw} (key = {@link #id()}).
 *
 * @param schemaVersion version of this contract; consumers ignore unknown fields and dead-letter a version newer
 *                      than theirs ({@link SchemaVersions})
 * @param id            stable item id, see {@link ItemIds}
 * @param publishedAt   publication time with the offset the source gave, or null when absent or unparseable
 * @param publishedRaw  the date text as the source wrote it, kept when it could not be parsed
 * @param summary       plain text (HTML stripped, entities decoded)
 * @param content       plain text body: the source's own, or the article's main text for full-text sources; else null
 * @param version       1 when first published; n &gt; 1 when the archived article changed and the item is published
 *                      again with its new text (same id, so it is re-classified and its tags updated, never a new item)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedItem(
        int schemaVersion,
        String id,
        String sourceId,
        String sourceName,
        String link,
        String guid,
        String title,
        String summary,
        String content,
        String language,
        List<String> categories,
        String author,
        OffsetDateTime publishedAt,
        String publishedRaw,
        Instant fetchedAt,
        int version) {

    public static final int SCHEMA_VERSION = 1;

    public FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        categories = categories == null ? List.of() : List.copyOf(categories);
        version = Math.max(1, version);
    }

    /** The first version of an item, as a poll publishes it. */
    public FeedItem(int schemaVersion, String id, String sourceId, String sourceName, String link, String guid,
                    String title, String summary, String content, String language, List<String> categories,
                    String author, OffsetDateTime publishedAt, String publishedRaw, Instant fetchedAt) {
        this(schemaVersion, id, sourceId, sourceName, link, guid, title, summary, content, language, categories,
                author, publishedAt, publishedRaw, fetchedAt, 1);
    }

    /** The same item with another text, as published again after its article changed. */
    public FeedItem withContent(String newContent, int newVersion) {
        return new FeedItem(schemaVersion, id, sourceId, sourceName, link, guid, title, summary, newContent,
                language, categories, author, publishedAt, publishedRaw, fetchedAt, newVersion);
    }

    /** The same item with another language label (null: none). */
    public FeedItem withLanguage(String newLanguage) {
        return new FeedItem(schemaVersion, id, sourceId, sourceName, link, guid, title, summary, content,
                newLanguage, categories, author, publishedAt, publishedRaw, fetchedAt, version);
    }

    /** The same item under another id (see {@link ItemIds#sharedGuidItemId}). */
    public FeedItem withId(String newId) {
        return new FeedItem(schemaVersion, newId, sourceId, sourceName, link, guid, title, summary, content,
                language, categories, author, publishedAt, publishedRaw, fetchedAt, version);
    }

    /** Builds an item whose id is derived from the source, guid and link as every service computes it. */
    public static FeedItem of(String sourceId, String sourceName, String link, String guid, String title,
                              String summary, String content, String language, List<String> categories,
                              String author, OffsetDateTime publishedAt, String publishedRaw, Instant fetchedAt) {
        String canonicalLink = link == null ? null : UrlCanonicalizer.canonicalize(link);
        return new FeedItem(SCHEMA_VERSION, ItemIds.itemId(sourceId, guid, link), sourceId, sourceName,
                canonicalLink, guid, title, summary, content, language, categories, author, publishedAt,
                publishedRaw, fetchedAt);
    }
}
