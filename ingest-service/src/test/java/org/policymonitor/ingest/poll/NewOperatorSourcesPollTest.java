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
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources a new operator adds, polled over real HTTP into the real broker (newuser-ingest, 7 December 2026): pages
 * that the fixtures had no shape of — a UTF-8 page holding a few bytes that are not UTF-8, a bot check or a "page not
 * found" page answered with 200 where the feed or listing should be, a host that does not resolve. Each is read as a
 * browser reads it, or fails with words that name what the operator has to do.
 */
@QuarkusTest
class NewOperatorSourcesPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;

    /**
     * An English listing in UTF-8, said so by its header and its {@code <meta>}, with typographic quotes and dashes in
     * every headline and two windows-1252 apostrophes pasted into one lead (bytes 0x92, not UTF-8). A browser reads
     * the page as its labels say, with the two bytes shown as "�". Until 7 December 2026 the service required 20 valid
     * UTF-8 sequences for each invalid byte before it believed a UTF-8 label, and read this page as windows-1252:
     * every headline was published as mojibake ("Belarusâ€™ digital strategy â€” part 1").
     */
    @Test
    void aUtf8PageWithAFewBytesThatAreNotUtf8IsReadAsTheUtf8ItsLabelsSay() {
        String id = TestFeeds.uniqueId("stray");
        String path = "/" + id + "/news";
        StringBuilder page = new StringBuilder("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>News</title>"
                + "</head><body>");
        for (int i = 1; i <= 6; i++) {
            page.append("<div class=\"card\"><h5><a href=\"").append(path).append('/').append(i)
                    .append("\">Belarus\u2019 digital strategy \u2014 part ").append(i)
                    .append("</a></h5><p>UNDP\u2019s \u201cAI for development\u201d programme</p></div>");
        }
        page.append("<div class=\"card\"><h5><a href=\"").append(path)
                .append("/7\">Minister's speech</a></h5><p>He said \u0001pasted\u0001 words</p></div></body></html>");
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0x01) {
                body[i] = (byte) 0x92; // a windows-1252 right quote pasted into the UTF-8 page
            }
        }
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", body));
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.card", null, "h5", null, "p")), null, "en");

        List<FeedItem> published;
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.outcome()).as(report.error()).isEqualTo(PollReport.Outcome.POLLED);
            published = sub.awaitRecords(7, r -> r.value().contains("\"sourceId\":\"" + id + "\""), Deadlines.ARRIVES)
                    .stream().map(r -> TestFeeds.item(r.value())).toList();
        }
        assertThat(published).extracting(FeedItem::title).contains("Belarus\u2019 digital strategy \u2014 part 1",
                "Belarus\u2019 digital strategy \u2014 part 6", "Minister's speech");
        assertThat(published).extracting(FeedItem::summary).contains(
                "UNDP\u2019s \u201cAI for development\u201d programme", "He said \uFFFDpasted\uFFFD words");
    }
}
