package org.policymonitor.system.faults;

import org.policymonitor.events.FeedItem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One item a scenario makes appear — in a feed, or published straight to {@code policy.items.raw} — found again in
 * the store, in webhooks and in mails by its {@link #marker()} (the unique path of its link).
 */
record FaultItem(String sourceId, String slug, String link, String title, Instant createdAt) {

    static final String TEXT = "The Parliamentary Assembly of the CIS adopted a model law on artificial intelligence "
            + "that regulates AI systems, their developers and liability for harm.";

    static FaultItem create(String sourceId, String baseUrl, String slug) {
        return new FaultItem(sourceId, slug, baseUrl + "/news/" + slug + "/",
                "Model law on artificial intelligence, update " + slug, Instant.now());
    }

    /** What identifies the item in any text that carries its link: {@code /news/SLUG/} (slugs never prefix each other). */
    String marker() {
        return "/news/" + slug + "/";
    }

    /** The item as ingest-service would publish it (for scenarios whose fault is downstream of ingest). */
    FeedItem asFeedItem() {
        return FeedItem.of(sourceId, "Fault suite " + sourceId, link, link, title, TEXT, null, "en", List.of("News"),
                null, OffsetDateTime.ofInstant(createdAt, ZoneOffset.ofHours(3)), null, createdAt);
    }
}
