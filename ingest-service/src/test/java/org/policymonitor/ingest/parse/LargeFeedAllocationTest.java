package org.policymonitor.ingest.parse;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.Endpoint;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reading a feed of 10 000 items (9.5 MB) allocates, counted by the JVM for the reading thread — bytes, not time,
 * so the figure does not depend on what else the machine runs. It was 1.17 GB, 128 times the body: Rome parsed
 * every item's date with up to thirty new {@code SimpleDateFormat}s (800 MB), a regular expression per line of each
 * description (100 MB), a copy of the body to see it was not blank. A source whose new items are published over
 * several polls ({@code policy.poller.max-new-items}) reads the whole document at each of them.
 */
class LargeFeedAllocationTest {

    private static final int ITEMS = 10_000;
    /** Allocated bytes per byte of the body: 128 before, 24 after (the DOM, jsoup per description, the items). */
    private static final int AT_MOST_TIMES_THE_BODY = 40;

    @Test
    void readingALargeFeedAllocatesAFewTimesItsSizeNotAHundred() throws Exception {
        byte[] feed = TestFeeds.largeRss("alloc", ITEMS);
        URI base = URI.create("https://news.example/rss");
        DocumentParser parser = new DocumentParser();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        parser.parse(feed, "application/rss+xml; charset=utf-8", base, Endpoint.feed(base), "en", ZoneId.of("UTC"));

        long before = threads.getCurrentThreadAllocatedBytes();
        ParsedDocument document = parser.parse(feed, "application/rss+xml; charset=utf-8", base, Endpoint.feed(base),
                "en", ZoneId.of("UTC"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        System.out.printf("LargeFeedAllocationTest: %d items, %d bytes: %d MB allocated (%d times the body)%n",
                document.items().size(), feed.length, allocated >> 20, allocated / feed.length);
        assertThat(document.items()).hasSize(ITEMS);
        assertThat(document.items().get(0).publishedAt()).hasToString("2021-06-17T16:34:41+03:00");
        assertThat(allocated).as("bytes allocated reading %d bytes", feed.length)
                .isLessThan((long) AT_MOST_TIMES_THE_BODY * feed.length);
    }
}
