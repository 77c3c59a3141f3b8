package org.policymonitor.events;

/** Kafka topic names of the pipeline. */
public final class Topics {
    public static final String ITEMS_RAW = "policy.items.raw";
    public static final String ITEMS_CLASSIFIED = "policy.items.classified";
    public static final String SOURCES_STATUS = "policy.sources.status";
    /** Edits, removals and restorations of archived full-text articles, see {@link ItemChange} (key = item id). */
    public static final String ITEMS_CHANGED = "policy.items.changed";

    private Topics() {
    }

    /** The dead-letter topic of a topic: poison records go there with the error, never block a partition. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
