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
import org.policymonitor.ingest.state.SourceError;
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

    /**
     * A site's bot protection, an "access denied" page or its "page not found" page answered with 200 where the feed
     * or the listing should be. Until 7 December 2026 the poll blamed the document: a feed behind a bot check or a
     * moved feed's 404 page failed with "got an HTML page (it announces no feed: read it as a listing, type html with
     * selectors)", and a listing behind a bot check with "probably built by JavaScript in the browser … use the site's
     * feed" — advice that cannot help. Now the failure (its reason unchanged) says what answered and what to do.
     */
    @Test
    void aBotCheckOrANotFoundPageAnsweredInPlaceOfTheFeedOrListingIsToldAsSuch() {
        String botCheck = """
                <!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
                <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
                </head><body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2">
                <span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript></div></div>
                <script>(function(){window._cf_chl_opt={cvId: '3',cType: 'managed'};var s=document.createElement('script');
                s.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1';document.head.appendChild(s);}());</script>
                </body></html>""";
        String ddosGuard = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>DDoS-Guard</title></head><body>
                <div id="ddg-l"><h1>Проверка браузера перед переходом на сайт</h1><p>Пожалуйста, подождите…</p></div>
                <script src="/.well-known/ddos-guard/check?context=free_splash"></script></body></html>""";
        String notFound = """
                <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404 — Страница не найдена | Министерство</title>
                </head><body><header><nav><ul><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li></ul></nav></header>
                <main><h1>Страница не найдена</h1><p>Запрошенная страница не существует или была удалена.</p></main>
                <footer><p>© 2026 Министерство</p></footer></body></html>""";
        String denied = """
                <html><head><meta charset="utf-8"><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1>
                </center><hr><center>nginx</center></body></html>""";
        Object[][] cases = {
                {"feed", botCheck, FailureReason.NOT_A_FEED, "a bot check (Just a moment...)"},
                {"feed", notFound, FailureReason.NOT_A_FEED, "says the page is not found (404 — Страница не найдена"},
                {"listing", ddosGuard, FailureReason.PARSE_ERROR, "a bot check (DDoS-Guard)"},
                {"listing", denied, FailureReason.PARSE_ERROR, "an access-denied page (403 Forbidden)"},
        };
        for (Object[] c : cases) {
            String id = TestFeeds.uniqueId("standin");
            String path = "/" + id + "/news";
            infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                    ((String) c[1]).getBytes(StandardCharsets.UTF_8)));
            URI url = URI.create(infra.server().url(path));
            SourceDefinition source = TestFeeds.source(id, c[0].equals("feed") ? Endpoint.feed(url)
                    : Endpoint.listing(url, new Selectors("div.news-item", null, null, null, null)), null, "ru");

            PollReport report = poller.poll(source, true);
            assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
            assertThat(report.errorReason()).as(report.error()).isEqualTo(c[2]);
            assertThat(report.error()).as(c[0] + " behind " + c[3]).contains((String) c[3], "answered with 200")
                    .doesNotContain("read it as a listing", "built by JavaScript");
            assertThat(store.load(id).health().reason()).contains((String) c[3]);
        }
    }

    /**
     * A source whose host name does not resolve (a typo in the catalogue, a domain that lapsed). Until 7 December 2026
     * the failure read "refused: unknown host …" — the word the address policy uses when it refuses an internal
     * address on purpose, which sent operators looking for a setting to allow it.
     */
    @Test
    void aSourceWhoseHostDoesNotResolveSaysSoWithoutCallingItRefused() {
        String id = TestFeeds.uniqueId("nodns");
        SourceDefinition source = TestFeeds.feedSource(id, "http://" + id + ".invalid/rss");

        PollReport report = poller.poll(source, true);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(report.errorReason()).isEqualTo(FailureReason.CONNECTION);
        assertThat(report.error()).contains(id + ".invalid", "does not resolve").doesNotContain("refused");
    }

    /**
     * A feed whose items carry neither a link nor an id (RSS allows an item of a title and a description only: an
     * announcements feed a script writes, a CMS that lost its links). Such an item cannot be published — an item is
     * known by its link or its guid — but until 7 December 2026 nothing said so in a poll: the skipped items were
     * counted by the preview only, so a feed of such items polled "ok" publishing nothing (and turned "silent" two
     * days later), and a feed with a few of them lost those without a word. Now the poll's answer, the health reason
     * (the source stays ok), the recent errors ({@code parse_error}) and the log say how many and why.
     */
    @Test
    void feedItemsWithNeitherALinkNorAnIdAreSaidNotPublished() {
        String id = TestFeeds.uniqueId("nolink");
        String path = "/" + id + "/rss";
        infra.server().serve(path, Reply.of(200, "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Объявления</title><link>https://ministry.example/</link>
                <description>d</description>
                <item><title>Приём граждан 10 декабря</title><description>Министр проведёт приём.</description>
                  <pubDate>Mon, 07 Dec 2026 09:00:00 +0300</pubDate></item>
                <item><title>Указ № 135 о развитии ИИ</title><link>https://ministry.example/news/135</link>
                  <pubDate>Mon, 07 Dec 2026 08:00:00 +0300</pubDate></item>
                <item><title>Закрытие приёмной 31 декабря</title><link>mailto:priem@ministry.example</link></item>
                </channel></rss>""".getBytes(StandardCharsets.UTF_8)));
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));

        PollReport report = poller.poll(source, true);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.newItems()).isEqualTo(1);
        String said = "2 of the 3 items have neither a link nor an id";
        assertThat(report.error()).contains(said, "not published");
        assertThat(store.load(id).health().reason()).contains(said);
        assertThat(store.recentErrors(id, 5)).extracting(SourceError::reason, SourceError::message)
                .anySatisfy(e -> {
                    assertThat(e.toList().get(0)).isEqualTo("parse_error");
                    assertThat((String) e.toList().get(1)).contains(said);
                });
    }
}
