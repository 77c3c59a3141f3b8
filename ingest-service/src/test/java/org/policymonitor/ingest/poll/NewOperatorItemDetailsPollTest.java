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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second pass of a new operator's sources (newuser-ingest2, 7 December 2026), polled over real HTTP into the real
 * broker: details of feeds and listings the first pass ({@link NewOperatorSourcesPollTest}) noticed and left — which
 * of an Atom entry's links is the article, an RSS 1.0 item known only by its {@code rdf:about}, a WordPress lead's
 * words for screen readers and its "Read more", a control character in a date, abbreviated Belarusian and Russian
 * months, and a bot check answered with 403 or 503.
 */
@QuarkusTest
class NewOperatorItemDetailsPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;

    /**
     * An Atom entry offering its PDF and its web page as two {@code rel="alternate"} links (a ministry's feed of
     * decrees). Until 7 December 2026 the first was taken, so the item linked to the PDF when it came first: the web
     * page ({@code text/html}) is the article, then a link without a type, then the first.
     */
    @Test
    void anAtomEntryWithSeveralAlternatesLinksItsWebPage() {
        String id = TestFeeds.uniqueId("atomalt");
        String path = "/" + id + "/atom";
        infra.server().serve(path, Reply.of(200, "application/atom+xml; charset=utf-8", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Decrees</title><id>urn:decrees</id>
                <updated>2026-12-07T09:00:00+03:00</updated>
                <entry><title>Decree 1 on AI</title><id>urn:decree:1</id><updated>2026-12-07T09:00:00+03:00</updated>
                  <link rel="alternate" type="application/pdf" href="https://ministry.example/files/decree-1.pdf"/>
                  <link rel="alternate" type="text/html" href="https://ministry.example/decrees/1"/></entry>
                <entry><title>Decree 2 on data</title><id>urn:decree:2</id><updated>2026-12-07T08:00:00+03:00</updated>
                  <link rel="alternate" type="application/pdf" href="https://ministry.example/files/decree-2.pdf"/>
                  <link href="https://ministry.example/decrees/2"/></entry>
                <entry><title>Decree 3 as a file only</title><id>urn:decree:3</id><updated>2026-12-07T07:00:00+03:00</updated>
                  <link rel="alternate" type="application/pdf" href="https://ministry.example/files/decree-3.pdf"/>
                  <link rel="alternate" type="application/msword" href="https://ministry.example/files/decree-3.doc"/></entry>
                </feed>""".getBytes(StandardCharsets.UTF_8)));

        Map<String, FeedItem> byTitle = pollAndPublish(TestFeeds.feedSource(id, infra.server().url(path)), id, 3,
                FeedItem::title);
        assertThat(byTitle.get("Decree 1 on AI").link()).isEqualTo("https://ministry.example/decrees/1");
        assertThat(byTitle.get("Decree 2 on data").link()).isEqualTo("https://ministry.example/decrees/2");
        assertThat(byTitle.get("Decree 3 as a file only").link()).isEqualTo("https://ministry.example/files/decree-3.pdf");
    }

    /**
     * An RSS 1.0 (RDF) item names its URL in {@code rdf:about}; {@code <link>} is required but some generators leave
     * it out. Until 7 December 2026 such an item was "neither a link nor an id" and not published.
     */
    @Test
    void anRdfItemWithoutALinkIsPublishedAtItsAboutUrl() {
        String id = TestFeeds.uniqueId("rdfabout");
        String path = "/" + id + "/rdf";
        infra.server().serve(path, Reply.of(200, "application/rdf+xml; charset=utf-8", """
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://institute.example/rss"><title>Institute</title>
                  <link>https://institute.example/</link><description>d</description>
                  <items><rdf:Seq><rdf:li rdf:resource="https://institute.example/news/41"/>
                  <rdf:li rdf:resource="https://institute.example/news/42"/></rdf:Seq></items></channel>
                <item rdf:about="https://institute.example/news/41"><title>Seminar on machine learning</title>
                  <description>The institute held a seminar.</description></item>
                <item rdf:about="https://institute.example/news/42"><title>New laboratory</title>
                  <link>https://institute.example/news/42?from=rss</link></item>
                </rdf:RDF>""".getBytes(StandardCharsets.UTF_8)));

        Map<String, FeedItem> byTitle = pollAndPublish(TestFeeds.feedSource(id, infra.server().url(path)), id, 2,
                FeedItem::title);
        assertThat(byTitle.get("Seminar on machine learning").link()).isEqualTo("https://institute.example/news/41");
        assertThat(byTitle.get("New laboratory").link()).isEqualTo("https://institute.example/news/42?from=rss");
    }

    /**
     * WordPress ends an excerpt with a "Continue reading" link whose article title is told to screen readers only
     * ({@code <span class="screen-reader-text">}; Bootstrap's {@code sr-only}, {@code visually-hidden}), and
     * themes add "Read more" / «Читать далее» / «Чытаць далей». A reader sees none of it in a summary, but until
     * 7 December 2026 every such lead and feed summary carried it, title repeated, into the alerts and the search.
     */
    @Test
    void aLeadsWordsForScreenReadersAndItsReadMoreLinkAreNotItsText() {
        String id = TestFeeds.uniqueId("wplead");
        String path = "/" + id + "/news";
        String[] leads = {
                "<p class=\"lead\">The ministry published a draft law on AI. <a class=\"more-link\" href=\"" + path
                        + "/1\">Continue reading<span class=\"screen-reader-text\"> \u201cDraft AI law\u201d</span></a></p>",
                "<p class=\"lead\">Министерство представило стратегию. <a href=\"" + path + "/2\">Читать далее "
                        + "<span class=\"sr-only\">о стратегии</span>\u2192</a></p>",
                "<p class=\"lead\">Міністэрства прадставіла праграму. <a href=\"" + path + "/3\">Чытаць далей\u2026</a>"
                        + "<span class=\"visually-hidden\">(адкрываецца ў новым акне)</span></p>",
                "<p class=\"lead\">A conference on data protection. <a class=\"read-more\" href=\"" + path
                        + "/4\">Read more</a></p>",
                "<p class=\"lead\">Read more about <a href=\"" + path + "/5\">the national AI strategy</a> and "
                        + "<a href=\"/more\">more</a> on the <a href=\"/decree\">decree</a>.</p>",
        };
        String[] titles = {"Draft AI law", "Стратегия", "Праграма", "Data protection conference", "AI strategy"};
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>News</title></head><body>");
        for (int i = 0; i < leads.length; i++) {
            page.append("<article class=\"post\"><h2><a href=\"").append(path).append('/').append(i + 1).append("\">")
                    .append(titles[i]).append("</a></h2>").append(leads[i]).append("</article>");
        }
        page.append("</body></html>");
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                page.toString().getBytes(StandardCharsets.UTF_8)));
        SourceDefinition listing = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("article.post", null, "h2", null, "p.lead")), null, "en");

        Map<String, FeedItem> byTitle = pollAndPublish(listing, id, 5, FeedItem::title);
        assertThat(byTitle).extractingByKeys(titles).extracting(FeedItem::summary).containsExactly(
                "The ministry published a draft law on AI.", "Министерство представило стратегию.",
                "Міністэрства прадставіла праграму.", "A conference on data protection.",
                "Read more about the national AI strategy and more on the decree.");

        String feedId = TestFeeds.uniqueId("wpfeed");
        String feedPath = "/" + feedId + "/feed";
        infra.server().serve(feedPath, Reply.of(200, "application/rss+xml; charset=utf-8", ("""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link><description>d</description>
                <item><title>Draft AI law</title><link>https://blog.example/draft-ai-law/</link>
                <description><![CDATA[<p>The ministry published a draft law on AI.</p>
                <p><a href="https://blog.example/draft-ai-law/" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;Draft AI law&#8221;</span> <span class="meta-nav">&rarr;</span></a></p>]]></description>
                </item></channel></rss>""").getBytes(StandardCharsets.UTF_8)));
        Map<String, FeedItem> fromFeed = pollAndPublish(TestFeeds.feedSource(feedId, infra.server().url(feedPath)),
                feedId, 1, FeedItem::title);
        assertThat(fromFeed.get("Draft AI law").summary()).isEqualTo("The ministry published a draft law on AI.");
    }

    /**
     * A listing's date text holding a control character (a CMS's stray U+0001). Titles and leads are cleaned of
     * such characters; until 7 December 2026 the date text the item keeps when it cannot be read
     * ({@code publishedRaw}) was not, and went out to the API, the console and the mails as it was.
     */
    @Test
    void aListingsDateTextIsCleanedOfControlCharacters() {
        String id = TestFeeds.uniqueId("ctrldate");
        String path = "/" + id + "/news";
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", ("<html><body>"
                + "<div class=\"item\"><a href=\"" + path + "/1\">Session of the council on AI</a>"
                + "<span class=\"date\">Дата\u0001 уточняется\u0007</span></div></body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        SourceDefinition listing = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.item", null, null, "span.date", null)), null, "ru");

        FeedItem item = pollAndPublish(listing, id, 1, FeedItem::title).get("Session of the council on AI");
        assertThat(item.publishedRaw()).isEqualTo("Дата уточняется");
    }

    /**
     * Dates with abbreviated months: Belarusian sites write "07 сн. 2026" (снежань), "жн." (жнівень) and the longer
     * "студз.", "кастр."…, Russian ones "янв.", "февр.", "сент."… Until 7 December 2026 the two-letter ones were not
     * read, and those items went out undated.
     */
    @Test
    void abbreviatedBelarusianAndRussianMonthsAreRead() {
        String[] dates = {"12 студз. 2026", "13 лют. 2026", "14 сак. 2026", "15 крас. 2026", "16 трав. 2026",
                "17 чэрв. 2026", "18 ліп. 2026", "19 жн. 2026", "20 вер. 2026", "21 кастр. 2026", "22 ліст. 2026",
                "02 снеж. 2026", "07 сн. 2026", "01 янв. 2026", "02 февр. 2026", "03 мар. 2026", "04 апр. 2026",
                "05 июн. 2026", "06 июл. 2026", "07 авг. 2026", "08 сент. 2026", "09 окт. 2026", "10 нояб. 2026",
                "01 дек. 2026"};
        int[] months = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};
        String id = TestFeeds.uniqueId("abbrmonth");
        String path = "/" + id + "/news";
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        for (int i = 0; i < dates.length; i++) {
            page.append("<div class=\"item\"><a href=\"").append(path).append('/').append(i)
                    .append("\">Навіна нумар ").append(i).append("</a><span class=\"date\">").append(dates[i])
                    .append("</span></div>");
        }
        page.append("</body></html>");
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                page.toString().getBytes(StandardCharsets.UTF_8)));
        SourceDefinition listing = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.item", null, null, "span.date", null)), null, "be");

        Map<String, FeedItem> byLink = pollAndPublish(listing, id, dates.length, FeedItem::link);
        Map<String, LocalDate> read = new LinkedHashMap<>();
        Map<String, LocalDate> expected = new LinkedHashMap<>();
        for (int i = 0; i < dates.length; i++) {
            FeedItem item = byLink.get(infra.server().url(path + "/" + i));
            read.put(dates[i], item.publishedAt() == null ? null : item.publishedAt().toLocalDate());
            expected.put(dates[i], LocalDate.of(2026, months[i], Integer.parseInt(dates[i].substring(0, 2))));
        }
        assertThat(read).isEqualTo(expected);
    }

    /**
     * Cloudflare's and DDoS-Guard's checks answer a client they doubt with 403 or 503 as often as with 200. Until
     * 7 December 2026 the 200 case was said to be a bot check, the others only "HTTP 403" / "HTTP 503" — which reads
     * as a broken or moved site. The reason stays {@code http_status}; the words say what answered and what to do.
     */
    @Test
    void aBotCheckAnsweredWith403Or503IsToldAsSuch() {
        String cloudflare = """
                <!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
                <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
                <noscript><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></noscript>
                <script>(function(){window._cf_chl_opt={cvId: '3',cType: 'managed'};}());</script></body></html>""";
        String ddosGuard = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>DDoS-Guard</title></head><body>
                <div id="ddg-l"><h1>Проверка браузера перед переходом на сайт</h1></div>
                <script src="/.well-known/ddos-guard/check?context=free_splash"></script></body></html>""";
        Object[][] cases = {{403, cloudflare, "a bot check (Just a moment...)"}, {503, ddosGuard, "a bot check (DDoS-Guard)"}};
        for (Object[] c : cases) {
            String id = TestFeeds.uniqueId("botstatus");
            String path = "/" + id + "/rss";
            infra.server().serve(path, Reply.of((Integer) c[0], "text/html; charset=UTF-8",
                    ((String) c[1]).getBytes(StandardCharsets.UTF_8)));

            PollReport report = poller.poll(TestFeeds.feedSource(id, infra.server().url(path)), true);
            assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
            assertThat(report.errorReason()).isEqualTo(FailureReason.HTTP_STATUS);
            assertThat(report.error()).as("HTTP " + c[0]).contains("HTTP " + c[0], (String) c[2],
                    "answered with " + c[0], "User-Agent");
            assertThat(store.load(id).health().reason()).contains((String) c[2]);
        }
    }

    private Map<String, FeedItem> pollAndPublish(SourceDefinition source, String id, int expected,
                                                 Function<FeedItem, String> key) {
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.outcome()).as(report.error()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(report.newItems()).as(report.error()).isEqualTo(expected);
            return sub.awaitRecords(expected, r -> r.value().contains("\"sourceId\":\"" + id + "\""), Deadlines.ARRIVES)
                    .stream().map(r -> TestFeeds.item(r.value()))
                    .collect(Collectors.toMap(key, i -> i, (a, b) -> a, LinkedHashMap::new));
        }
    }
}
