package org.policymonitor.system.e2e;

import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.testing.http.RssFeed;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One RSS 2.0 feed on a real HTTP server (testing's FeedServer) that a test edits: add items, or make it answer an error. */
final class EditableFeed implements AutoCloseable {

    record Entry(String title, String description, String link, ZonedDateTime published) {
    }

    private final FeedServer server = new FeedServer();
    private final List<Entry> entries = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    EditableFeed() {
        server.serve("/feed.rss", exchange -> status.get() == 200
                ? Reply.of(200, "application/rss+xml; charset=utf-8", rss())
                : Reply.of(status.get(), "text/html", "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    String url() {
        return server.url("/feed.rss");
    }

    String articleUrl(String slug) {
        return server.url("/news/" + slug + "/");
    }

    synchronized void add(Entry entry) {
        entries.add(0, entry);
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    private synchronized byte[] rss() {
        return RssFeed.xml("E2E feed", entries.stream()
                .map(e -> new RssFeed.Item(e.title(), e.link(), "<p>" + e.description() + "</p>", e.published()))
                .toList());
    }

    @Override
    public void close() {
        server.close();
    }
}
