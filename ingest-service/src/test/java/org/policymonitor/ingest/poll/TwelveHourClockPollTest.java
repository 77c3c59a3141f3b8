package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English-language listings print their newest items' times on a 12-hour clock: "Today at 2:05 PM", "Yesterday,
 * 11:30 a.m.", a lenta's "12:01 AM" alone, the time before the date ("2:05 PM, 5 December 2026") or after an ISO
 * date. A full date with such a time was read; these were not (newuser-ingest3, 7 December 2026), and their items
 * went out undated, at the end of the newest-first inbox.
 */
@QuarkusTest
class TwelveHourClockPollTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;

    @Test
    void namedDaysTimesAloneAndTimesFirstOnATwelveHourClockAreRead() {
        LocalDate today = LocalDate.now(MINSK);
        Map<String, LocalDateTime> expected = new LinkedHashMap<>();
        expected.put("Yesterday at 3:15 PM", today.minusDays(1).atTime(15, 15));
        expected.put("Yesterday, 11:30 a.m.", today.minusDays(1).atTime(11, 30));
        expected.put("Yesterday 12:30 AM", today.minusDays(1).atTime(0, 30));
        expected.put("Today at 12:05 AM", today.atTime(0, 5));
        expected.put("12:01 AM", today.atTime(0, 1));
        expected.put("3:15 PM | Yesterday", today.minusDays(1).atTime(15, 15));
        expected.put("2:05 PM, 5 December 2026", LocalDateTime.of(2026, 12, 5, 14, 5));
        expected.put("12:30 PM, December 4, 2026", LocalDateTime.of(2026, 12, 4, 12, 30));
        expected.put("2026-12-03 2:05 PM", LocalDateTime.of(2026, 12, 3, 14, 5));
        String id = TestFeeds.uniqueId("ampm");
        String path = "/" + id + "/news";
        StringBuilder page = new StringBuilder("<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body>");
        int n = 0;
        for (String date : expected.keySet()) {
            page.append("<div class=\"item\"><a href=\"").append(path).append('/').append(n).append("\">Story ")
                    .append(n++).append("</a><span class=\"date\">").append(date).append("</span></div>");
        }
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8)));
        SourceDefinition listing = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.item", null, null, "span.date", null)), null, "en");

        Map<String, FeedItem> byRaw = pollAndPublish(listing, id, expected.size(), FeedItem::publishedRaw);
        Map<String, LocalDateTime> read = new LinkedHashMap<>();
        expected.keySet().forEach(date -> read.put(date, byRaw.get(date).publishedAt() == null ? null
                : byRaw.get(date).publishedAt().atZoneSameInstant(MINSK).toLocalDateTime()));
        assertThat(read).isEqualTo(expected);
    }

    private Map<String, FeedItem> pollAndPublish(SourceDefinition source, String id, int expected,
                                                 Function<FeedItem, String> key) {
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.newItems()).as(report.error()).isEqualTo(expected);
            return sub.awaitRecords(expected, r -> r.value().contains("\"sourceId\":\"" + id + "\""), Deadlines.ARRIVES)
                    .stream().map(r -> TestFeeds.item(r.value()))
                    .collect(Collectors.toMap(key, i -> i, (a, b) -> a, LinkedHashMap::new));
        }
    }
}
