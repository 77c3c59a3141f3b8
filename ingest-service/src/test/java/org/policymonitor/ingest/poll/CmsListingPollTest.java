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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A CMS listing an operator adds (trial15), polled over real HTTP into the real broker: a Joomla blog page in
 * windows-1251 with the category link before each headline, a "top news" block repeating the newest item without its
 * date, and a pager. Each article is published once with its headline, its own link and its date; the category, the
 * pager and the repeat give nothing. An item selector naming the whole list fails the poll with a reason.
 */
@QuarkusTest
class CmsListingPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;

    private static final String JOOMLA = """
            <!DOCTYPE html><html lang="ru-ru"><head><meta charset="windows-1251"><title>Новости</title></head><body>
            <nav><ul><li><a href="/index.php">Главная</a></li><li><a href="%1$s">Новости</a></li></ul></nav>
            <div class="moduletable top"><div class="item" itemprop="blogPost">
              <h2 itemprop="name"><a href="%1$s/124-ii-v-obrazovanii">ИИ в образовании</a></h2></div></div>
            <div class="blog">
             <div class="item" itemprop="blogPost">
               <dl class="article-info"><dd class="category-name">Категория: <a href="%1$s">Новости</a></dd>
               <dd class="published"><time datetime="2026-12-04T10:15:00+03:00">Опубликовано: 04 декабря 2026</time></dd></dl>
               <h2 itemprop="name"><a href="%1$s/124-ii-v-obrazovanii">ИИ в образовании</a></h2>
               <p>Вступление.</p><p class="readmore"><a href="%1$s/124-ii-v-obrazovanii">Подробнее …</a></p>
             </div>
             <div class="item" itemprop="blogPost">
               <dl class="article-info"><dd class="category-name">Категория: <a href="%1$s">Новости</a></dd>
               <dd class="published"><time>Опубликовано: 03 декабря 2026</time></dd></dl>
               <h2 itemprop="name"><a href="%1$s/123-forum">Форум</a></h2>
             </div>
             <div class="pagination"><ul><li><a href="%1$s?start=10">2</a></li></ul></div>
            </div></body></html>""";

    @Test
    void aJoomlaBlogIsPublishedOneItemPerArticleWithItsHeadlineLinkAndDate() {
        String id = TestFeeds.uniqueId("joomla");
        String path = "/" + id + "/index.php/novosti";
        infra.server().serve(path, Reply.of(200, "text/html",
                String.format(JOOMLA, path).getBytes(Charset.forName("windows-1251"))));
        URI url = URI.create(infra.server().url(path));
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(url,
                new Selectors("div[itemprop=blogPost]", null, null, "time", null)), null, "ru");

        List<FeedItem> published;
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(report.newItems()).isEqualTo(2);
            published = sub.awaitRecords(2, r -> r.value().contains("\"sourceId\":\"" + id + "\""),
                    Deadlines.ARRIVES).stream().map(r -> TestFeeds.item(r.value())).toList();
        }
        String base = infra.server().url(path);
        assertThat(published).extracting(FeedItem::title, FeedItem::link, FeedItem::publishedAt).containsExactlyInAnyOrder(
                tuple("ИИ в образовании", base + "/124-ii-v-obrazovanii", OffsetDateTime.parse("2026-12-04T10:15+03:00")),
                tuple("Форум", base + "/123-forum", OffsetDateTime.parse("2026-12-03T00:00+03:00")));
    }

    @Test
    void anItemSelectorNamingTheWholeListFailsThePollWithAReason() {
        String id = TestFeeds.uniqueId("wholelist");
        String path = "/" + id + "/news/";
        StringBuilder page = new StringBuilder("<html><body><ul class=\"news\">");
        for (int i = 1; i <= 8; i++) {
            page.append("<li><a href=\"/").append(id).append("/news/").append(i).append("\">Новость ").append(i)
                    .append("</a> <span>0").append(i).append(".12.2026</span></li>");
        }
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                page.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8)));
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("ul.news", null, null, "span", null)), null, "ru");

        PollReport report = poller.poll(source, true);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(report.errorReason()).isEqualTo(FailureReason.PARSE_ERROR);
        assertThat(report.error()).contains("the item selector 'ul.news' matched 1 element holding more than 5",
                "not one element per news item");
        assertThat(report.newItems()).isZero();
    }

    /**
     * A site redesign that keeps the item selector working but moves the date and the headline (trial29): the cards
     * still match, so the poll succeeds and the new items are published — with the link's words as title and no date,
     * since the date and title selectors now match nothing in any card. Until 6 December 2026 nothing said so: the
     * source stayed "ok" with an empty reason while every item went out undated (sinking to the end of the newest-first
     * inbox). Now the poll's answer, the source's health reason and its recent errors name each selector that matched
     * nothing in any item, and the items are still published.
     */
    @Test
    void aListingWhoseLayoutMovedTheDateAndTitleSaysSoWhilePublishing() {
        String id = TestFeeds.uniqueId("redesign");
        String path = "/" + id + "/news/";
        Selectors selectors = new Selectors("div.card", null, "h3.title", "span.date", null);
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", ("""
                <html><body>
                <div class="card"><h3 class="title">Совмин утвердил программу по ИИ</h3><a href="%1$s1">Читать</a>
                  <span class="date">05.12.2026</span></div>
                </body></html>""".formatted(path)).getBytes(StandardCharsets.UTF_8)));
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)), selectors),
                null, "ru");
        PollReport before = poller.poll(source, true);
        assertThat(before.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(before.error()).isNull();

        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", ("""
                <html><body>
                <div class="card"><a href="%1$s2">Минсвязи о цифровом суверенитете</a><time>06.12.2026</time></div>
                <div class="card"><a href="%1$s1">Совмин утвердил программу по ИИ</a><time>05.12.2026</time></div>
                </body></html>""".formatted(path)).getBytes(StandardCharsets.UTF_8)));
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport after = poller.poll(source, true);
            assertThat(after.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(after.newItems()).isEqualTo(1);
            FeedItem published = TestFeeds.item(sub.awaitRecords(1, r -> r.value().contains("\"sourceId\":\"" + id + "\"")
                    && r.value().contains(path + "2"), Deadlines.ARRIVES).get(0).value());
            assertThat(published.title()).isEqualTo("Минсвязи о цифровом суверенитете");
            assertThat(after.error()).contains(
                    "the date selector 'span.date' matched nothing in any of the 2 items",
                    "the title selector 'h3.title' matched nothing in any of the 2 items",
                    "has the page's layout changed?");
        }
        assertThat(store.load(id).health().reason()).contains("the date selector 'span.date' matched nothing");
        assertThat(store.recentErrors(id, 5)).extracting(SourceError::reason, SourceError::message)
                .anySatisfy(e -> {
                    assertThat(e.toList().get(0)).isEqualTo("parse_error");
                    assertThat((String) e.toList().get(1)).contains("the date selector 'span.date' matched nothing");
                });
    }

    /**
     * A 304 Not Modified re-reads nothing: the page is the one whose date selector matched nothing, so the layout
     * warning stands — in the health reason and the poll's answer — until a real parse of a changed page clears or
     * replaces it. Until 6 December 2026 the 304 cleared it: the source turned "ok" without a word while the layout
     * was as broken as before.
     */
    @Test
    void aLayoutWarningOutlivesANotModifiedAnswerAndOnlyARealParseClearsIt() {
        String id = TestFeeds.uniqueId("redesign-304");
        String path = "/" + id + "/news/";
        Selectors selectors = new Selectors("div.card", null, null, "span.date", null);
        String broken = """
                <html><body>
                <div class="card"><a href="%1$s1">Совмин утвердил программу по ИИ</a><time>05.12.2026</time></div>
                </body></html>""".formatted(path);
        infra.server().serveFeed(path, broken.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "\"v1\"");
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)), selectors),
                null, "ru");
        String warning = "the date selector 'span.date' matched nothing in any of the 1 item";

        assertThat(poller.poll(source, true).error()).contains(warning);
        assertThat(store.load(id).health().reason()).contains(warning);

        PollReport notModified = poller.poll(source, true);
        assertThat(notModified.outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
        assertThat(store.load(id).health().reason()).as("the health reason after a 304").contains(warning);
        assertThat(notModified.error()).as("the 304 poll's answer").contains(warning);

        String repaired = """
                <html><body>
                <div class="card"><a href="%1$s1">Совмин утвердил программу по ИИ</a><span class="date">05.12.2026</span></div>
                </body></html>""".formatted(path);
        infra.server().serveFeed(path, repaired.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "\"v2\"");
        PollReport reparsed = poller.poll(source, true);
        assertThat(reparsed.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(reparsed.error()).isNull();
        assertThat(store.load(id).health().reason()).isNull();
    }

    /**
     * The layout warning belongs to the page the validators describe, not to the words of the health reason: a failed
     * poll in between puts the failure in the reason, and the next answer, a 304 for the same broken page, must still
     * say the warning. Until 6 December 2026 the warning was re-read from the reason with a regex, so the failure's
     * words (or any change of the warning's wording) lost it and the source turned "recovered" with its layout as
     * broken as before.
     */
    @Test
    void aLayoutWarningOutlivesAFailureFollowedByANotModifiedAnswer() {
        String id = TestFeeds.uniqueId("redesign-503-304");
        String path = "/" + id + "/news/";
        Selectors selectors = new Selectors("div.card", null, null, "span.date", null);
        byte[] broken = """
                <html><body>
                <div class="card"><a href="%1$s1">Совмин утвердил программу по ИИ</a><time>05.12.2026</time></div>
                </body></html>""".formatted(path).getBytes(StandardCharsets.UTF_8);
        infra.server().serveFeed(path, broken, "text/html; charset=utf-8", "\"v1\"");
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)), selectors),
                null, "ru");
        String warning = "the date selector 'span.date' matched nothing in any of the 1 item";
        assertThat(poller.poll(source, true).error()).contains(warning);

        infra.server().serve(path, Reply.text(503, "maintenance"));
        PollReport failed = poller.poll(source, true);
        assertThat(failed.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(store.load(id).health().reason()).as("the reason holds the failure now").doesNotContain(warning);

        infra.server().serveFeed(path, broken, "text/html; charset=utf-8", "\"v1\"");
        PollReport notModified = poller.poll(source, true);
        assertThat(notModified.outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
        assertThat(notModified.error()).as("the 304 poll's answer").contains(warning);
        assertThat(store.load(id).health().reason()).as("the health reason after the 304").contains(warning);
    }

    /**
     * A PHP or Java site that keeps its session in the links when the client sends no cookie (PHP's
     * {@code session.use_trans_sid}: {@code ?PHPSESSID=…}; a servlet's URL rewriting: {@code ;jsessionid=…}; phpBB's
     * {@code sid=}; ASP.NET's cookieless {@code /(S(…))/}) writes a new session into every link at every request,
     * and the service sends no cookie between polls (trial29). Until 6 December 2026 each poll published every item
     * of such a listing again, under a new id: the links differed only by the session. Now the session is no part of
     * the canonical link, and the second poll publishes nothing.
     */
    @Test
    void linksCarryingANewSessionAtEveryRequestAreTheSameItemsAtTheNextPoll() {
        String id = TestFeeds.uniqueId("sessions");
        String path = "/" + id + "/news/";
        int[] request = {0};
        infra.server().serve(path, exchange -> {
            String session = String.format("%032x", 0xC0FFEEL * 7919 * ++request[0]);
            return Reply.of(200, "text/html; charset=utf-8", ("""
                    <html><body>
                    <div class="n"><a href="%1$sdetail.php?ID=1&amp;PHPSESSID=%2$s">Совмин утвердил программу по ИИ</a></div>
                    <div class="n"><a href="%1$sitem;jsessionid=%2$s?id=2">Минсвязи о цифровом суверенитете</a></div>
                    <div class="n"><a href="%1$sviewtopic.php?t=3&amp;sid=%2$s">Форум о цифровой трансформации</a></div>
                    <div class="n"><a href="/(S(%2$s))%1$sPage.aspx?id=4">Центр ИИ открыт в Минске</a></div>
                    </body></html>""".formatted(path, session)).getBytes(StandardCharsets.UTF_8));
        });
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.n", null, null, null, null)), null, "ru");

        PollReport first = poller.poll(source, true);
        assertThat(first.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(first.newItems()).isEqualTo(4);
        PollReport second = poller.poll(source, true);
        assertThat(second.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(second.newItems()).isZero();
        assertThat(second.duplicates()).isEqualTo(4);
    }
}
