package org.policymonitor.alert.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import com.fasterxml.jackson.core.type.TypeReference;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A classified item as stored: the feed item, its tags (with evidence) and the latest review status. */
@Entity
@Table(name = "item")
public class ItemEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "source_name")
    public String sourceName;
    public String link;
    public String guid;
    public String title;
    public String summary;
    public String content;
    /**
     * The language the item is written in: the one the classifier analysed it in, else the source's label
     * ({@link ClassifiedItem#language()}). What the filters, stories and subscriptions compare.
     */
    public String language;
    /**
     * The source's label when the classifier read the text as another language (a {@code ru} listing's Belarusian
     * item: {@code ru} here, {@code be} in {@link #language}); null when the label is the language (every row stored
     * before V24 included).
     */
    @Column(name = "labelled_language")
    public String labelledLanguage;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] categories = new String[0];
    public String author;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** The offset the source gave with the publication date ("+03:00"), so the date reads as the source wrote it. */
    @Column(name = "published_offset")
    public String publishedOffset;
    @Column(name = "published_raw")
    public String publishedRaw;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Tag> tags = List.of();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] themes = new String[0];
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    @Column(name = "classified_at")
    public Instant classifiedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "review_status")
    public String reviewStatus = ReviewStatus.NEW.wire();
    /**
     * Kept in the item's narrow {@code story_member} row only (given by the grouping, moved by merges): a merge then
     * rewrites member rows, never the wide item rows with their full-text vector and indexes (issue 14 item 9).
     */
    @Formula("(SELECT m.story_id FROM story_member m WHERE m.item_id = id)")
    public String storyId;
    /**
     * The legal acts the item mentions, JSON as {@link ActReference}s; inserted with the story, rewritten for an
     * edited text by {@code item.store.EditedActs} (not through the entity).
     */
    @Column(name = "acts", updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String acts;
    /** {@link PublicationStatus}: published, edited or removed, from the article's changes. */
    public String status = PublicationStatus.PUBLISHED.wire();
    /** The version of the text stored here ({@link FeedItem#version()}). */
    public int version = 1;
    /** The highest version known, of the text or of a change (1 for an item never changed). */
    @Column(name = "version_count")
    public int versionCount = 1;

    public static ItemEntity from(ClassifiedItem classified, Instant now) {
        ItemEntity e = new ItemEntity();
        FeedItem item = classified.item();
        e.id = item.id();
        e.sourceId = item.sourceId();
        e.sourceName = item.sourceName();
        e.link = item.link();
        e.guid = item.guid();
        e.title = item.title();
        e.summary = item.summary();
        e.content = item.content();
        e.categories = item.categories().toArray(String[]::new);
        e.author = item.author();
        if (item.publishedAt() != null) {
            e.publishedAt = item.publishedAt().toInstant();
            e.publishedOffset = item.publishedAt().getOffset().getId();
        }
        e.publishedRaw = item.publishedRaw();
        e.fetchedAt = item.fetchedAt();
        e.storedAt = now;
        e.version = item.version();
        e.versionCount = item.version();
        e.applyClassification(classified, now);
        return e;
    }

    /** The source's label of a classified item when it is not the language the item was analysed in, else null. */
    public static String labelledLanguage(ClassifiedItem classified) {
        return classified.analysedLanguage() != null ? classified.item().language() : null;
    }

    /** Replaces the tags (and the analysed language) with those of a (re)classification. */
    public void applyClassification(ClassifiedItem classified, Instant now) {
        language = classified.language();
        labelledLanguage = labelledLanguage(classified);
        tags = classified.tags();
        themes = classified.themes().stream().distinct().toArray(String[]::new);
        rulesetVersion = classified.rulesetVersion();
        classifiedAt = classified.classifiedAt();
        updatedAt = now;
    }

    /** Takes the text of a newer version of the item (an edited article, classified again). */
    public void applyText(FeedItem item) {
        title = item.title();
        summary = item.summary();
        content = item.content();
        version = item.version();
        versionCount = Math.max(versionCount, version);
    }

    public OffsetDateTime publishedAtWithOffset() {
        return publishedAtWithOffset(publishedAt, publishedOffset);
    }

    /** The publication time as the source wrote it, from the two columns that store it. */
    public static OffsetDateTime publishedAtWithOffset(Instant publishedAt, String publishedOffset) {
        if (publishedAt == null) {
            return null;
        }
        ZoneOffset offset = publishedOffset == null ? ZoneOffset.UTC : ZoneOffset.of(publishedOffset);
        return publishedAt.atOffset(offset);
    }

    /** When the item happened as far as the grouping is concerned: published, else fetched, else stored. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : fetchedAt != null ? fetchedAt : storedAt;
    }

    public List<ActReference> actList() {
        if (acts == null || acts.isBlank()) {
            return List.of();
        }
        try {
            return EventJson.mapper().readValue(acts, new TypeReference<List<ActReference>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable acts of item " + id, e);
        }
    }

    public List<String> themeList() {
        return List.of(themes);
    }

    /** The item as an event again (what webhooks and mails describe). */
    public FeedItem toFeedItem() {
        return new FeedItem(FeedItem.SCHEMA_VERSION, id, sourceId, sourceName, link, guid, title, summary, content,
                language, List.of(categories), author, publishedAtWithOffset(), publishedRaw, fetchedAt, version);
    }
}
