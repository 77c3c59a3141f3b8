package org.policymonitor.alert.messaging;

import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.LanguageTags;
import org.policymonitor.events.SchemaVersions;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Tag;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Reads and checks consumed records; anything that cannot be stored meaningfully is rejected with the reason. */
public final class RecordParser {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_SOURCE_ID_LENGTH = 200;
    static final int MAX_HASH_LENGTH = 128;
    /** What the item table keeps of these (VARCHAR columns): longer values are refused here with the field named. */
    static final int MAX_LANGUAGE_LENGTH = 16;
    static final int MAX_RULESET_VERSION_LENGTH = 200;

    private RecordParser() {
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static ClassifiedItem classifiedItem(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        ClassifiedItem c = EventJson.fromJson(json, ClassifiedItem.class);
        SchemaVersions.require("ClassifiedItem", c.schemaVersion(), ClassifiedItem.SCHEMA_VERSION);
        try {
            SchemaVersions.require("FeedItem", c.item().schemaVersion(), FeedItem.SCHEMA_VERSION);
        } catch (SchemaVersions.UnsupportedSchemaVersionException e) {
            throw new SchemaVersions.UnsupportedSchemaVersionException("item: " + e.getMessage());
        }
        String id = c.item().id();
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("item.id must be 1.." + MAX_ID_LENGTH + " characters");
        }
        String sourceId = c.item().sourceId();
        if (sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID_LENGTH) {
            throw new IllegalArgumentException("item.sourceId must be 1.." + MAX_SOURCE_ID_LENGTH + " characters");
        }
        String language = c.item().language();
        if (language != null && language.length() > MAX_LANGUAGE_LENGTH) {
            throw new IllegalArgumentException("item.language must be at most " + MAX_LANGUAGE_LENGTH + " characters");
        }
        if (c.analysedLanguage() != null && c.analysedLanguage().length() > MAX_LANGUAGE_LENGTH) {
            throw new IllegalArgumentException("analysedLanguage must be at most " + MAX_LANGUAGE_LENGTH + " characters");
        }
        c = withReadableLanguages(c);
        OffsetDateTime published = c.item().publishedAt();
        if (published != null && published.getOffset().getTotalSeconds() % 60 != 0) {
            // the offset is stored as written (+03:00); the ingest-service rounds a local mean time's seconds away
            throw new IllegalArgumentException("item.publishedAt has an offset with seconds (" + published.getOffset()
                    + "); offsets are whole minutes");
        }
        if (c.rulesetVersion() != null && c.rulesetVersion().length() > MAX_RULESET_VERSION_LENGTH) {
            throw new IllegalArgumentException("rulesetVersion must be at most " + MAX_RULESET_VERSION_LENGTH
                    + " characters");
        }
        for (Tag tag : c.tags()) {
            if (tag == null || tag.theme() == null || tag.theme().isBlank()) {
                throw new IllegalArgumentException("every tag needs a theme");
            }
        }
        return c;
    }

    /**
     * The item with a language that names none ("-", "_", "--en": no primary subtag, {@link LanguageTags}) read as
     * no language: the label dropped (the item is stored and matched without a language), the classifier's analysed
     * language dropped (the label stands). The item is fine, only the tag is unreadable: until 6 December 2026
     * matching it against the subscriptions threw, and the record went to the dead-letter topic, the item lost.
     */
    static ClassifiedItem withReadableLanguages(ClassifiedItem c) {
        boolean labelUnreadable = c.item().language() != null && !LanguageTags.namesALanguage(c.item().language());
        boolean analysedUnreadable = c.analysedLanguage() != null && !LanguageTags.namesALanguage(c.analysedLanguage());
        if (!labelUnreadable && !analysedUnreadable) {
            return c;
        }
        return new ClassifiedItem(c.schemaVersion(), labelUnreadable ? c.item().withLanguage(null) : c.item(), c.tags(),
                c.rulesetVersion(), c.classifiedAt(), analysedUnreadable ? null : c.analysedLanguage());
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static SourceStatus sourceStatus(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        SourceStatus s = EventJson.fromJson(json, SourceStatus.class);
        SchemaVersions.require("SourceStatus", s.schemaVersion(), SourceStatus.SCHEMA_VERSION);
        if (s.sourceId() == null || s.sourceId().isBlank() || s.sourceId().length() > MAX_SOURCE_ID_LENGTH) {
            throw new IllegalArgumentException("sourceId must be 1.." + MAX_SOURCE_ID_LENGTH + " characters");
        }
        if (s.health() == null) {
            throw new IllegalArgumentException("health is required");
        }
        return s;
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static ItemChange itemChange(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        ItemChange c = EventJson.fromJson(json, ItemChange.class);
        SchemaVersions.require("ItemChange", c.schemaVersion(), ItemChange.SCHEMA_VERSION);
        if (c.itemId().isBlank() || c.itemId().length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("itemId must be 1.." + MAX_ID_LENGTH + " characters");
        }
        if (c.sourceId() != null && c.sourceId().length() > MAX_SOURCE_ID_LENGTH) {
            throw new IllegalArgumentException("sourceId must be at most " + MAX_SOURCE_ID_LENGTH + " characters");
        }
        if (c.version() < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        if (c.at() == null) {
            throw new IllegalArgumentException("at is required");
        }
        if (c.textHash() != null && c.textHash().length() > MAX_HASH_LENGTH) {
            throw new IllegalArgumentException("textHash must be at most " + MAX_HASH_LENGTH + " characters");
        }
        if (c.diff().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("diff must not contain null chunks");
        }
        return c;
    }
}
