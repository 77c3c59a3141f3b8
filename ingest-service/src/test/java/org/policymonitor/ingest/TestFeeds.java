package org.policymonitor.ingest;

import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

/** Generated feeds and sources for the integration tests. */
public final class TestFeeds {
    private TestFeeds() {
    }

    /** An RSS 2.0 feed of items {@code first..last} (newest first), links under {@code /<prefix>/}, no guid. */
    public static byte[] rss(String prefix, int first, int last) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Generated " + prefix + "</title><link>https://news.example/</link><description>test</description>"
                + "<language>en</language>\n");
        for (int i = last; i >= first; i--) {
            s.append("<item><title>Item ").append(i).append(" about digital policy</title>")
                    .append("<link>https://news.example/").append(prefix).append("/view/item-").append(i).append("/</link>")
                    .append("<description><![CDATA[<p>Lead of item ").append(i).append(" &ndash; AI.</p>]]></description>")
                    .append("<pubDate>Thu, 17 Jun 2021 ").append(String.format("%02d", i % 24)).append(":34:41 +0300</pubDate>")
                    .append("</item>\n");
        }
        return s.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An RSS 2.0 feed of {@code items} items of about 960 bytes each (newest first): a title, a link, a guid, a date
     * and a paragraph of description — 10 000 of them make 9.5 MB, under the 10 MB a fetch takes in production.
     */
    public static byte[] largeRss(String prefix, int items) {
        String lead = "The ministry published a statement on the national approach to artificial intelligence, "
                + "data protection and digital sovereignty, with a schedule for the public consultation. ";
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Large " + prefix + "</title><link>https://news.example/</link><description>test</description>"
                + "<language>en</language>\n");
        for (int i = items; i >= 1; i--) {
            s.append("<item><title>Item ").append(i).append(" about digital policy</title>")
                    .append("<link>https://news.example/").append(prefix).append("/view/item-").append(i).append("/</link>")
                    .append("<guid isPermaLink=\"false\">").append(prefix).append('-').append(i).append("</guid>")
                    .append("<description><![CDATA[<p>").append(i).append(": ").append(lead.repeat(4))
                    .append("</p>]]></description>")
                    .append("<pubDate>Thu, 17 Jun 2021 ").append(String.format("%02d", i % 24)).append(":34:41 +0300</pubDate>")
                    .append("</item>\n");
        }
        return s.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static SourceDefinition feedSource(String id, String url) {
        return new SourceDefinition(id, "Source " + id, Endpoint.feed(URI.create(url)), null, "en",
                ZoneId.of("Europe/Minsk"), Duration.ofMinutes(10), Duration.ofDays(1), true);
    }

    /** A feed source whose items' article pages are read ({@code fullText: true}). */
    public static SourceDefinition fullTextSource(String id, String url, String contentSelector) {
        return new SourceDefinition(id, "Source " + id, Endpoint.feed(URI.create(url)), null, "en",
                ZoneId.of("Europe/Minsk"), Duration.ofMinutes(10), Duration.ofDays(1), true, true, contentSelector);
    }

    public static SourceDefinition source(String id, Endpoint primary, Endpoint fallback, String language) {
        return new SourceDefinition(id, "Source " + id, primary, fallback, language, ZoneId.of("Europe/Minsk"),
                Duration.ofMinutes(10), Duration.ofDays(1), true);
    }

    public static Endpoint endpoint(SourceType type, String url) {
        return new Endpoint(type, URI.create(url), null, null);
    }

    public static FeedItem item(String json) {
        return EventJson.fromJson(json, FeedItem.class);
    }
}
