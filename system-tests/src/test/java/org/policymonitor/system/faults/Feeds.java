package org.policymonitor.system.faults;

import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.testing.http.RssFeed;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One RSS 2.0 feed per source ({@code /SOURCE/feed.rss}) on a real HTTP server (testing's FeedServer), to which the
 * suite adds items while a fault lasts. Every item is about the CIS model law on AI, so the shipped rules tag it
 * {@code ai-law}.
 */
final class Feeds implements AutoCloseable {

    private final FeedServer server = new FeedServer();
    private final Map<String, List<FaultItem>> feeds = new ConcurrentHashMap<>();

    /** Declares a (still empty) feed for the source and returns its URL. */
    String feed(String sourceId) {
        String path = "/" + sourceId + "/feed.rss";
        List<FaultItem> items = feeds.computeIfAbsent(sourceId, id -> new ArrayList<>());
        server.serve(path, exchange -> Reply.of(200, "application/rss+xml; charset=utf-8", rss(items)));
        return server.url(path);
    }

    void add(FaultItem item) {
        List<FaultItem> items = feeds.get(item.sourceId());
        synchronized (items) {
            items.add(0, item);
        }
    }

    private static byte[] rss(List<FaultItem> items) {
        synchronized (items) {
            return RssFeed.xml("Fault suite feed", items.stream()
                    .map(item -> new RssFeed.Item(item.title(), item.link(), "<p>" + FaultItem.TEXT + "</p>",
                            ZonedDateTime.ofInstant(item.createdAt(), ZoneOffset.ofHours(3)).withNano(0)))
                    .toList());
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
