package org.policymonitor.classifier.messaging;

import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SchemaVersions;

/** Reads a record of {@code policy.items.raw}; what it refuses goes to the dead-letter topic with the message. */
final class RawItems {

    private RawItems() {
    }

    /**
     * @throws IllegalArgumentException for an empty record, JSON that is not a FeedItem, a schema version newer than
     *                                  this service reads, or a blank id
     */
    static FeedItem read(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty record");
        }
        FeedItem item = EventJson.fromJson(value, FeedItem.class);
        SchemaVersions.require("FeedItem", item.schemaVersion(), FeedItem.SCHEMA_VERSION);
        if (item.id().isBlank()) {
            throw new IllegalArgumentException("not a valid FeedItem: blank id");
        }
        return item;
    }
}
