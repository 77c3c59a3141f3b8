package org.policymonitor.alert.rest;

import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.delivery.DeliveryEntity;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.PublicationStatus;
import org.policymonitor.alert.item.ReviewEntity;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response and request bodies of the items API. */
public final class ItemViews {

    private ItemViews() {
    }

    /** One item with everything about it: tags, evidence, the review trail and the alerts sent. */
    public record Detail(String id, String sourceId, String sourceName, String title, String link, String guid,
                         String summary, String content, String language, String labelledLanguage,
                         List<String> categories, String author,
                         OffsetDateTime publishedAt, String publishedRaw, Instant fetchedAt, List<String> themes,
                         List<Tag> tags, String rulesetVersion, Instant classifiedAt, Instant storedAt,
                         String reviewStatus, List<Review> reviews, List<Delivery> deliveries, String storyId,
                         List<ActReference> acts, String status, int versionCount, Instant updatedAt) {

        static Detail of(ItemEntity i, List<ReviewEntity> reviews, List<DeliveryEntity> deliveries) {
            return new Detail(i.id, i.sourceId, i.sourceName, i.title, i.link, i.guid, i.summary, i.content,
                    i.language, i.labelledLanguage, List.of(i.categories), i.author, i.publishedAtWithOffset(), i.publishedRaw,
                    i.fetchedAt, i.themeList(), i.tags, i.rulesetVersion, i.classifiedAt, i.storedAt, i.reviewStatus,
                    reviews.stream().map(Review::of).toList(), deliveries.stream().map(Delivery::of).toList(),
                    i.storyId, i.actList(), i.status, i.versionCount, i.updatedAt);
        }

        /** What a receiver answered may be internal text: only admins see the deliveries' last errors. */
        Detail forRole(boolean admin) {
            return admin ? this : new Detail(id, sourceId, sourceName, title, link, guid, summary, content, language,
                    labelledLanguage, categories, author, publishedAt, publishedRaw, fetchedAt, themes, tags, rulesetVersion,
                    classifiedAt, storedAt, reviewStatus, reviews, deliveries.stream().map(Delivery::withoutError).toList(),
                    storyId, acts, status, versionCount, updatedAt);
        }
    }

    /**
     * One version of an item's article: version 1 is the item as first published; each later one is a change
     * (edited, removed, restored) with its word diff from the version before.
     */
    public record Version(int version, String change, Instant at, Integer httpStatus, String textHash,
                          List<DiffChunk> diff) {
        static Version first(ItemEntity i) {
            return new Version(1, PublicationStatus.PUBLISHED.wire(), i.fetchedAt != null ? i.fetchedAt : i.storedAt,
                    null, null, List.of());
        }

        static Version of(ItemChangeEntity c) {
            return new Version(c.version, c.change, c.at, c.httpStatus, c.textHash, c.diff);
        }
    }

    /** GET /api/items/{id}/versions. */
    public record Versions(String itemId, String status, int versionCount, List<Version> versions) {
    }

    /** A review decision in the audit trail. */
    public record Review(String status, String note, String reviewer, Instant reviewedAt) {
        static Review of(ReviewEntity r) {
            return new Review(r.status, r.note, r.reviewer, r.reviewedAt);
        }
    }

    /**
     * PATCH body.
     *
     * @param updatedAt the item's {@code updatedAt} as read (optional): a 409 when it was reviewed or changed since
     */
    public record ReviewRequest(String status, String note, Instant updatedAt) {
    }

    /** A delivery (outbox row) as the API shows it. */
    public record Delivery(UUID id, Long subscriptionId, String kind, String itemId, String statusEventId,
                           String status, int attempts, Instant dueAt, Instant nextAttemptAt, Instant createdAt,
                           Instant lastAttemptAt, Instant deliveredAt, String lastError, Integer lastHttpStatus,
                           Long changeId) {
        static Delivery of(DeliveryEntity d) {
            return new Delivery(d.id, d.subscriptionId, d.kind, d.itemId, d.statusEventId, d.status, d.attempts,
                    d.dueAt, d.nextAttemptAt, d.createdAt, d.lastAttemptAt, d.deliveredAt, d.lastError,
                    d.lastHttpStatus, d.changeId);
        }

        Delivery withoutError() {
            return new Delivery(id, subscriptionId, kind, itemId, statusEventId, status, attempts, dueAt, nextAttemptAt,
                    createdAt, lastAttemptAt, deliveredAt, null, lastHttpStatus, changeId);
        }
    }
}
