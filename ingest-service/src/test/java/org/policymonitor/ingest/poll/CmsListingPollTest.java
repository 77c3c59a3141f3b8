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
}
