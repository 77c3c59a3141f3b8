package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change of an archived full-text article, as published to {@code policy.items.changed} (key = item id).
 * An {@link ChangeKind#EDITED edit} is also published to {@code policy.items.raw} as the item's next
 * {@link FeedItem#version() version}, so the classifier re-tags the new text.
 *
 * @param version    the article's version after the change (the first fetch is version 1)
 * @param diff       word-level diff from the previous version's main text to this one; empty for a removal
 *                   or a restoration of the same text
 * @param textHash   SHA-256 (hex) of the normalised main text of this version; null when removed
 * @param httpStatus the status of the fetch that saw the change
 * @param at         when the change was seen
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemChange(
        int schemaVersion,
        String itemId,
        String sourceId,
        String link,
        String title,
        ChangeKind change,
        int version,
        List<DiffChunk> diff,
        String textHash,
        int httpStatus,
        Instant at) {

    public static final int SCHEMA_VERSION = 1;

    public ItemChange {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(change, "change");
        diff = diff == null ? List.of() : List.copyOf(diff);
    }
}
