package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An item with the themes it was tagged with, as published to {@code policy.items.classified}
 * (key = item id). Items with no tag are published too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassifiedItem(
        int schemaVersion,
        FeedItem item,
        List<Tag> tags,
        String rulesetVersion,
        Instant classifiedAt) {

    public static final int SCHEMA_VERSION = 1;

    public ClassifiedItem {
        Objects.requireNonNull(item, "item");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ClassifiedItem(FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt) {
        this(SCHEMA_VERSION, item, tags, rulesetVersion, classifiedAt);
    }

    @JsonIgnore
    public List<String> themes() {
        return tags.stream().map(Tag::theme).toList();
    }
}
