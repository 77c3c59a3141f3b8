package org.policymonitor.events;

/**
 * The consumers' rule for {@code schemaVersion}: a record of a version this build knows (or an old one without the
 * field, read as 0) is read; a record of a newer version is refused whole. A newer producer may have changed what a
 * field means or moved the text elsewhere, so reading it with the fields this version knows would store or alert on
 * half an item. Refused records go to the topic's dead-letter topic with this message as the reason, to be replayed
 * once the consumer is upgraded. New fields that change nothing old need no new version (consumers ignore unknown
 * fields).
 */
public final class SchemaVersions {

    private SchemaVersions() {
    }

    /**
     * @param event     the event's name, for the message ({@code FeedItem})
     * @param version   the record's {@code schemaVersion}
     * @param supported the newest version this build reads (the event's {@code SCHEMA_VERSION})
     * @throws UnsupportedSchemaVersionException for a version above {@code supported} or below 0
     */
    public static void require(String event, int version, int supported) {
        if (version > supported) {
            throw new UnsupportedSchemaVersionException(event + " schemaVersion " + version
                    + " is newer than this service reads (" + supported
                    + "): upgrade the consumer, then replay the record from the dead-letter topic");
        }
        if (version < 0) {
            throw new UnsupportedSchemaVersionException(event + " schemaVersion " + version + " is not a version");
        }
    }

    /** A record of a schema version the consumer does not read. */
    public static final class UnsupportedSchemaVersionException extends IllegalArgumentException {
        public UnsupportedSchemaVersionException(String message) {
            super(message);
        }
    }
}
