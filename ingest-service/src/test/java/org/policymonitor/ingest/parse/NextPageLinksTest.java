package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing's next page, found the way real sites link it — and not where a read-more link, a "last page" link or
 * the page itself says "next". Pure logic, pages in the shape of WordPress, 1C-Bitrix, Drupal (UNDP), Joomla and
 * BelTA's pagers.
 */
class NextPageLinksTest {

    private static URI next(String page, String body) {
        return next(page, body, null);
    }

    private static URI next(String page, String body, String selector) {
        URI url = URI.create(page);
        Document doc = Jsoup.parse("<html><head>" + (body.contains("<link") ? body : "") + "</head><body>"
                + (body.contains("<link") ? "" : body) + "</body></html>", page);
        return NextPageLinks.ofListing(doc, url, url, selector);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            link rel=next in the head    | https://s.by/news/          | <link rel="next" href="/news/page/2/">                                                                 | https://s.by/news/page/2/
            a rel=next                   | https://s.by/news/          | <div><a href="/x/1">Новость</a><a rel="next" href="?page=2">2</a></div>                                | https://s.by/news/?page=2
            WordPress Далее              | https://s.by/news/          | <nav class="navigation pagination"><div class="nav-links"><a class="page-numbers" href="/news/page/2/">2</a><a class="next page-numbers" href="/news/page/2/">Далее »</a></div></nav> | https://s.by/news/page/2/
            Bitrix Следующая             | https://s.by/press/news.php | <div class="modern-page-navigation"><a href="/press/news.php?PAGEN_1=2">2</a><a href="/press/news.php?PAGEN_1=2">Следующая</a><a href="/press/news.php?PAGEN_1=9">Конец</a></div> | https://s.by/press/news.php?PAGEN_1=2
            Belarusian Наступная         | https://s.by/be/naviny/     | <ul class="pager"><li><a href="/be/naviny/?page=2">Наступная старонка ›</a></li></ul>                  | https://s.by/be/naviny/?page=2
            a class next only            | https://s.by/events         | <ul class="pagination"><li class="pager__item--next"><a href="/events?page=1"><span>›</span></a></li></ul> | https://s.by/events?page=1
            arrow only, last is »»       | https://s.by/news/          | <div class="pages"><a href="/news/page/9/">»»</a><a href="/news/page/2/">»</a></div>                  | https://s.by/news/page/2/
            UNDP counts from 0           | https://s.by/belarus/news   | <ul><li><a href="/belarus/news?page=1">2</a></li><li><a href="/belarus/news?page=2">3</a></li></ul>    | https://s.by/belarus/news?page=1
            page 2 of 1-based /page/N/   | https://s.by/all_news/page/2/ | <div><a href="/all_news/page/1/">1</a><a href="/all_news/page/3/">3</a><a href="/all_news/page/4/">4</a></div> | https://s.by/all_news/page/3/
            a first page's own "1"       | https://s.by/news/          | <div><a href="/news/?page=1">1</a><a href="/news/?page=2">2</a></div>                                  | https://s.by/news/?page=2
            on another site, still named | https://s.by/news/          | <div class="pagination"><a href="https://elsewhere.example/news/page/2/">Следующая</a></div>         | https://elsewhere.example/news/page/2/
            Joomla offsets               | https://s.by/novosti        | <div class="pagination"><a href="/novosti?start=10">2</a><a href="/novosti?start=20">3</a></div>      | https://s.by/novosti?start=10
            """)
    void theNextPageAsSitesLinkIt(String what, String page, String body, String expected) {
        assertThat(next(page, body)).as(what).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a card's read-more Далее       | <div class="item"><a href="/news/123">ИИ в образовании</a> <a href="/news/123">Далее →</a></div>
            the previous and last pages    | <div class="pagination"><a href="/news/page/1/">« Предыдущая</a><a href="/news/page/7/">Последняя »</a></div>
            the page itself, rel=next      | <a rel="next" href="/news/">2</a>
            no pager                       | <div class="item"><a href="/news/1">Новость</a></div>
            """)
    void notANextPage(String what, String body) {
        assertThat(next("https://s.by/news/", body)).as(what).isNull();
    }

    @Test
    void theOperatorsSelectorIsTheRuleWithoutGuessingPastIt() {
        String body = "<a rel=\"next\" href=\"/news/page/2/\">2</a><span class=\"more\"><a href=\"/news/more\">…</a></span>";
        assertThat(next("https://s.by/news/", body, "span.more")).isEqualTo(URI.create("https://s.by/news/more"));
        assertThat(next("https://s.by/news/", body, "li.next a")).isNull();
    }

    @Test
    void aPagedFeedsNextLinkRfc5005() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<link rel=\"self\" href=\"https://s.by/feed\"/><link rel=\"next\" href=\"feed?page=2\"/></feed>";
        String rss = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>t</title>"
                + "<atom:link rel=\"next\" href=\"https://s.by/rss?paged=2\"/><item><link>https://s.by/1</link></item>"
                + "</channel></rss>";
        String plain = "<rss version=\"2.0\"><channel><title>t</title><link>https://s.by/</link></channel></rss>";
        URI base = URI.create("https://s.by/feed");
        assertThat(NextPageLinks.ofFeed(SecureXml.read(atom), base)).isEqualTo(URI.create("https://s.by/feed?page=2"));
        assertThat(NextPageLinks.ofFeed(SecureXml.read(rss), base)).isEqualTo(URI.create("https://s.by/rss?paged=2"));
        assertThat(NextPageLinks.ofFeed(SecureXml.read(plain), base)).isNull();
    }
}
