package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Listings in the shapes the usual CMSs of Belarusian and Russian government and university sites print (1C-Bitrix
 * {@code news-list}, Joomla {@code blog}, WordPress {@code article}, Drupal {@code views-row}, a table, image cards),
 * read with the selectors an operator writes at first sight of such a page: each item gets its headline, the
 * article's own link and its date; category links, "read more" links, pagination, links home and "top news" repeats
 * make no item of their own. None of these shapes was in the fixtures before trial15.
 */
class CmsListingsTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument listing(String url, Selectors selectors, String html) throws SourceFailure {
        URI page = URI.create(url);
        return parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", page,
                Endpoint.listing(page, selectors), "ru", MINSK);
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    /**
     * Joomla prints the article's category ("Категория: Новости", a link to the listing itself) before the headline
     * in its blog layout: the item's link is the headline's, not the first link of the card — with a title selector
     * (its element holds the link) and without one (the link in the card's heading). Before, both items took the
     * category link: one with the title of the other, and without a title selector the two became one item.
     */
    @Test
    void theHeadlinesLinkIsTheItemsLinkNotACategoryLinkBeforeIt() throws SourceFailure {
        String page = """
                <html><body><nav><ul><li><a href="/index.php">Главная</a></li></ul></nav>
                <div class="blog">
                 <div class="item" itemprop="blogPost">
                   <dl class="article-info"><dd class="category-name">Категория: <a href="/index.php/novosti">Новости</a></dd>
                   <dd class="published"><time datetime="2026-12-04T10:15:00+03:00">Опубликовано: 04 декабря 2026</time></dd></dl>
                   <h2 itemprop="name"><a href="/index.php/novosti/123-zakon-ob-ii">Закон об ИИ</a></h2>
                   <p class="readmore"><a href="/index.php/novosti/123-zakon-ob-ii">Подробнее …</a></p>
                 </div>
                 <div class="item" itemprop="blogPost">
                   <dl class="article-info"><dd class="category-name">Категория: <a href="/index.php/novosti">Новости</a></dd>
                   <dd class="published"><time datetime="2026-12-03T09:00:00+03:00">Опубликовано: 03 декабря 2026</time></dd></dl>
                   <h2 itemprop="name"><a href="/index.php/novosti/122-forum">Форум</a></h2>
                 </div>
                 <div class="pagination"><ul><li><a href="/index.php/novosti?start=10">2</a></li></ul></div>
                </div></body></html>""";
        for (String title : new String[]{"h2", null}) {
            ParsedDocument d = listing("https://school.by/index.php/novosti",
                    new Selectors("div[itemprop=blogPost]", null, title, "time", null), page);
            assertThat(d.items()).as("title selector %s", title)
                    .extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt).containsExactly(
                            tuple("Закон об ИИ", "https://school.by/index.php/novosti/123-zakon-ob-ii",
                                    at("2026-12-04T10:15+03:00")),
                            tuple("Форум", "https://school.by/index.php/novosti/122-forum", at("2026-12-03T09:00+03:00")));
        }
    }

    /**
     * WordPress: a thumbnail link, the categories ({@code rel="category tag"}) before the {@code entry-title}, the
     * date inside a link, a "Читать далее" link in the summary and tags in the footer.
     */
    @Test
    void aWordPressLoopGivesEachPostItsHeadlineLinkAndPublishedDate() throws SourceFailure {
        ParsedDocument d = listing("https://site.by/news/", new Selectors("article", null, null, "time.published", null), """
                <html lang="ru-RU"><body><header><a href="/">Сайт</a></header><main>
                <article class="post type-post">
                 <header class="entry-header"><span class="cat-links"><a href="https://site.by/category/news/" rel="category tag">Новости</a></span>
                  <h2 class="entry-title"><a href="https://site.by/2026/12/04/ai-law/" rel="bookmark">Закон об ИИ</a></h2>
                  <div class="entry-meta"><a href="https://site.by/2026/12/04/ai-law/"><time class="entry-date published" datetime="2026-12-04T10:15:00+03:00">04.12.2026</time><time class="updated" datetime="2026-12-05T10:15:00+03:00">05.12.2026</time></a></div>
                 </header><div class="entry-summary"><p>Кратко&hellip; <a class="more-link" href="https://site.by/2026/12/04/ai-law/#more-11">Читать далее</a></p></div>
                 <footer class="entry-footer"><span class="tags-links"><a href="https://site.by/tag/ai/" rel="tag">ИИ</a></span></footer>
                </article>
                <article class="post type-post">
                 <a class="post-thumbnail" href="https://site.by/2026/12/03/forum/"><img src="x.jpg" alt=""></a>
                 <header class="entry-header"><h2 class="entry-title"><a href="https://site.by/2026/12/03/forum/" rel="bookmark">Форум</a></h2>
                  <div class="entry-meta"><time class="entry-date published updated" datetime="2026-12-03T09:00:00+03:00">03.12.2026</time></div></header>
                </article>
                <nav class="navigation pagination"><a class="page-numbers" href="/news/page/2/">2</a></nav>
                </main></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt).containsExactly(
                tuple("Закон об ИИ", "https://site.by/2026/12/04/ai-law/", at("2026-12-04T10:15+03:00")),
                tuple("Форум", "https://site.by/2026/12/03/forum/", at("2026-12-03T09:00+03:00")));
    }

    /**
     * A card whose first link wraps only an image (1C-Bitrix's {@code preview_picture}, Drupal's image field, most
     * card layouts) and whose headline is a second link to the same article: the headline is the title. Before, the
     * title was the image link's text — nothing — and the item was published untitled.
     */
    @Test
    void aLinkAroundAnImageLeavesTheTitleToTheHeadlineBesideIt() throws SourceFailure {
        ParsedDocument bitrix = listing("https://university.by/press/news/", new Selectors(".news-item", null, null,
                ".news-date-time", null), """
                <html><body><div class="news-list">
                <p class="news-item" id="bx_3218110189_4521"><a href="/press/news/detail.php?ID=4521"><img class="preview_picture" src="/upload/x.jpg" alt="Совещание по ИИ"/></a>
                  <span class="news-date-time">04.12.2026</span>
                  <a href="/press/news/detail.php?ID=4521"><b>Совещание по искусственному интеллекту</b></a><br />
                  Текст анонса.
                  <div style="clear:both"></div></p>
                <p class="news-item" id="bx_3218110189_4520"><a href="/press/news/detail.php?ID=4520"><img class="preview_picture" src="/upload/y.jpg" alt="Форум IT-Академии"/></a>
                  <span class="news-date-time">03.12.2026</span></p>
                <br /><font class="text">Новости 1 - 20 из 300 <a href="/press/news/?PAGEN_1=2">След.</a></font>
                </div></body></html>""");
        assertThat(bitrix.items()).extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt).containsExactly(
                tuple("Совещание по искусственному интеллекту", "https://university.by/press/news/detail.php?ID=4521",
                        at("2026-12-04T00:00+03:00")),
                // nothing but the picture: its text alternative is what the page says of the article
                tuple("Форум IT-Академии", "https://university.by/press/news/detail.php?ID=4520",
                        at("2026-12-03T00:00+03:00")));

        ParsedDocument drupal = listing("https://gov.by/ru/news", new Selectors(".views-row", null, null,
                ".views-field-created", null), """
                <html><body><div class="view-content">
                 <div class="views-row"><div class="views-field views-field-field-image"><a href="/ru/node/122"><img src="a.jpg"></a></div>
                  <div class="views-field views-field-created"><span class="field-content">03.12.2026 - 09:00</span></div>
                  <div class="views-field views-field-title"><span class="field-content"><a href="/ru/node/122" hreflang="ru">Вторая</a></span></div></div>
                </div><ul class="pager"><li class="pager-next"><a href="?page=1">следующая ›</a></li></ul></body></html>""");
        assertThat(drupal.items()).extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt)
                .containsExactly(tuple("Вторая", "https://gov.by/ru/node/122", at("2026-12-03T09:00+03:00")));
    }

    /**
     * "Подробнее" / "Read more" beside the headline names no article: the headline (the other link to the article,
     * else the item's heading) is the title, whichever comes first.
     */
    @Test
    void aReadMoreLinkIsNeverTheTitle() throws SourceFailure {
        ParsedDocument d = listing("https://mintrud.gov.by/ru/news", new Selectors("ul.news li", null, null, "span", null), """
                <html><body><ul class="news">
                <li><a href="/ru/news/1">Подробнее</a> <h3>Первая новость</h3><span>4 декабря 2026</span></li>
                <li><a href="/ru/news/2">Read more »</a><h3><a href="/ru/news/2">Вторая новость</a></h3><span>3 декабря 2026</span></li>
                <li><a href="/ru/news/3">Чытаць далей…</a><a href="/ru/news/3">Трэцяя навіна</a><span>2 снежня 2026</span></li>
                </ul></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link).containsExactly(
                tuple("Первая новость", "https://mintrud.gov.by/ru/news/1"),
                tuple("Вторая новость", "https://mintrud.gov.by/ru/news/2"),
                tuple("Трэцяя навіна", "https://mintrud.gov.by/ru/news/3"));
    }

    /**
     * A link back to the listing itself, to another of its pages ({@code ?page=2}, {@code ?PAGEN_1=2},
     * {@code ?start=10}, {@code /page/2/}) or to the site's home page is never one of its news, wherever the item
     * selector reaches it: a table's pager row, a "next" link in the last card. Before, each became an item
     * ("Дальше", with its text counted as an unreadable date). A query that names an article on the listing's own
     * path (1C-Bitrix's {@code ?ELEMENT_ID=}) is an article.
     */
    @Test
    void linksBackToTheListingItsPagesOrTheHomePageAreNotNews() throws SourceFailure {
        ParsedDocument d = listing("https://bsu.by/ru/news/", new Selectors("table.news tr", null, null, "td", null), """
                <html><body><table class="news"><tr><th>Дата</th><th>Название</th></tr>
                <tr><td>04.12.2026</td><td><a href="/ru/news/?ELEMENT_ID=4521">Первая</a></td></tr>
                <tr><td>03.12.2026</td><td><a href="detail/2.html">Вторая</a></td></tr>
                <tr><td colspan="2"><a href="?page=2">Дальше</a> <a href="?PAGEN_1=2">2</a> <a href="/ru/news/?start=10">3</a></td></tr>
                <tr><td colspan="2"><a href="/ru/news/page/2/">4</a> <a href="/ru/news/">Все новости</a> <a href="/">На главную</a></td></tr>
                </table></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link).containsExactly(
                tuple("Первая", "https://bsu.by/ru/news/?ELEMENT_ID=4521"),
                tuple("Вторая", "https://bsu.by/ru/news/detail/2.html"));
        assertThat(d.unparseableDates()).isZero();
    }

    /**
     * An item selector that also matches the wrappers of the items ({@code div}, {@code .news} on the list and on
     * each card) takes each wrapper for one more item — the first link of the page, the menu's. An element that holds
     * other matches is their container, not an item.
     */
    @Test
    void anElementHoldingOtherMatchesIsTheirContainerNotAnItem() throws SourceFailure {
        ParsedDocument d = listing("https://x.by/news/", new Selectors("div", null, null, null, null), """
                <html><body><div class="wrap"><h1><a href="/about">О министерстве</a></h1>
                <div class="list"><div class="n"><a href="/news/1">Один</a></div><div class="n"><a href="/news/2">Два</a></div></div>
                </div></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title).containsExactly("Один", "Два");
        assertThat(d.skipped()).isEqualTo(2);
    }

    /**
     * The "top news" block repeats an item of the list without its date: the item is published once, with the date
     * the list gives it. Before, the first showing was kept as it was — without a date the page shows.
     */
    @Test
    void aRepeatedItemTakesTheDateAndLeadItsFirstShowingLacked() throws SourceFailure {
        ParsedDocument d = listing("https://mfa.gov.by/news/", new Selectors(".news-item", null, "a", ".date", "p"), """
                <html><body><div class="top"><div class="news-item"><a href="/news/5">Главная новость дня</a></div></div>
                <div class="list"><div class="news-item"><a href="/news/5?utm_source=top">Главная новость дня</a><span class="date">4 снежня 2026 г.</span><p>Лід.</p></div>
                <div class="news-item"><a href="/news/4">Другая</a><span class="date">3 снежня 2026 г.</span></div></div></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt, ParsedItem::summary)
                .containsExactly(
                        tuple("Главная новость дня", "https://mfa.gov.by/news/5", at("2026-12-04T00:00+03:00"), "Лід."),
                        tuple("Другая", "https://mfa.gov.by/news/4", at("2026-12-03T00:00+03:00"), null));
    }

    /**
     * A date split over inline elements with nothing between them ({@code <span>04</span><span>декабря 2026</span>}):
     * read with the elements apart, as a browser lays them out. Before, their text ran together ("04декабря 2026")
     * and the item had no date.
     */
    @Test
    void aDateSplitOverInlineElementsIsRead() throws SourceFailure {
        ParsedDocument d = listing("https://x.by/news/", new Selectors(".n", null, null, ".date", null), """
                <html><body>
                <div class="n"><a href="/news/1">Один</a><div class="date"><span class="d">04</span><span class="my">декабря 2026</span></div></div>
                <div class="n"><a href="/news/2">Два</a><div class="date"><span class="d">03</span><span class="m">дек</span><span class="y">2026</span><span class="t">10:15</span></div></div>
                <div class="n"><a href="/news/3">Три</a><div class="date"><b>02</b><i>.12.2026</i></div></div>
                </body></html>""");
        assertThat(d.items()).extracting(ParsedItem::publishedAt).containsExactly(
                at("2026-12-04T00:00+03:00"), at("2026-12-03T10:15+03:00"), at("2026-12-02T00:00+03:00"));
    }
    /**
     * An item selector that names the list ({@code ul.news}) or the page ({@code body}) rather than one element per
     * news item gives one "item" — the first link — and drops the rest without a word. Every matched element holding
     * several different article links is that mistake: the listing fails with a reason that says so. Before, the
     * source was healthy and published the menu's first link.
     */
    @Test
    void anItemSelectorMatchingTheWholeListOrPageFailsWithAReason() {
        String page = """
                <html><body><nav><a href="/">Главная</a> <a href="/about">О нас</a></nav>
                <ul class="news"><li><a href="/news/1">Один</a></li><li><a href="/news/2">Два</a></li>
                <li><a href="/news/3">Три</a></li><li><a href="/news/4">Четыре</a></li><li><a href="/news/5">Пять</a></li>
                <li><a href="/news/6">Шесть</a></li><li><a href="/news/7">Семь</a></li></ul></body></html>""";
        for (String item : new String[]{"ul.news", "body"}) {
            assertThatThrownBy(() -> listing("https://x.by/news/", new Selectors(item, null, null, null, null), page))
                    .as(item).isInstanceOf(SourceFailure.class)
                    .hasMessageContaining("the item selector '" + item + "' matched 1 element holding")
                    .hasMessageContaining("not one element per news item");
        }
    }
    /**
     * One article linked twice on a page, once with its path in letters ({@code /новости/1}, as 1C-Bitrix sites with
     * Cyrillic paths write it) and once percent-encoded — in upper or lower case hex ({@code %D0%BD…}, WordPress's
     * {@code %d0%bd…}) — is one page to a browser and one item here. Before, it was two items, the first without its
     * date.
     */
    @Test
    void oneArticleLinkedInLettersAndPercentEncodedIsOneItem() throws SourceFailure {
        ParsedDocument d = listing("https://x.by/новости/", new Selectors(".n", null, null, ".date", null), """
                <html><body><div class="top"><div class="n"><a href="/новости/1">Один</a></div>
                <div class="n"><a href="/%d0%bd/2">Два</a></div></div>
                <div class="n"><a href="/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1">Один</a><span class="date">04.12.2026</span></div>
                <div class="n"><a href="/%D0%BD/2">Два</a><span class="date">03.12.2026</span></div></body></html>""");
        assertThat(d.items()).extracting(ParsedItem::link, ParsedItem::publishedAt).containsExactly(
                tuple("https://x.by/новости/1", at("2026-12-04T00:00+03:00")),
                tuple("https://x.by/%d0%bd/2", at("2026-12-03T00:00+03:00")));
    }

    /**
     * Cards whose headline is only in an attribute of the link (trial29): a card that is one big link over a picture
     * with the headline as its {@code title} tooltip, an icon link named for screen readers by {@code aria-label},
     * a link of no text whose headline is the {@code title} of the picture inside it. A browser shows or reads each
     * headline; until 6 December 2026 the items were published untitled (the console's "(untitled)", nothing for the
     * rules to match in a listing without leads).
     */
    @Test
    void aHeadlineOnlyInTheLinksTitleOrAriaLabelIsTheTitle() throws SourceFailure {
        ParsedDocument d = listing("https://mpt.gov.by/ru/news", new Selectors("div.card", null, null, "span.date", null), """
                <html><body>
                <div class="card"><a href="/ru/news/1" title="Минсвязи утвердило концепцию ИИ"><img src="1.jpg"></a>
                  <span class="date">05.12.2026</span></div>
                <div class="card"><a href="/ru/news/2" aria-label="Цифровой суверенитет: итоги форума"></a>
                  <span class="date">04.12.2026</span></div>
                <div class="card"><a href="/ru/news/3"><img src="3.jpg" title="Указ № 200 о цифровизации"></a>
                  <span class="date">03.12.2026</span></div>
                <div class="card"><a href="/ru/news/4" title="Подробнее">Центр ИИ открыт в Минске</a>
                  <span class="date">02.12.2026</span></div>
                </body></html>""");
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link).containsExactly(
                tuple("Минсвязи утвердило концепцию ИИ", "https://mpt.gov.by/ru/news/1"),
                tuple("Цифровой суверенитет: итоги форума", "https://mpt.gov.by/ru/news/2"),
                tuple("Указ № 200 о цифровизации", "https://mpt.gov.by/ru/news/3"),
                tuple("Центр ИИ открыт в Минске", "https://mpt.gov.by/ru/news/4"));
    }

    /**
     * A date or title selector that matches nothing in any item is said in the document's warning (a redesign: the
     * poll shows it in its answer and the source's health reason); one that matches in some items only — a card
     * without a date, a "top news" card — is the page's variety and says nothing (trial29).
     */
    @Test
    void aSelectorMatchingNothingInAnyItemIsWarnedOfOneMatchingSomewhereIsNot() throws SourceFailure {
        String page = """
                <html><body>
                <div class="card"><a href="/n/1">Первая новость</a><span class="date">05.12.2026</span></div>
                <div class="card"><a href="/n/2">Вторая новость</a></div>
                </body></html>""";
        ParsedDocument some = listing("https://x.by/news/", new Selectors("div.card", null, null, "span.date", null), page);
        assertThat(some.warning()).isNull();

        ParsedDocument none = listing("https://x.by/news/", new Selectors("div.card", null, "h3", "time", "p.lead"), page);
        assertThat(none.items()).extracting(ParsedItem::title).containsExactly("Первая новость", "Вторая новость");
        assertThat(none.warning()).isEqualTo("the title selector 'h3' matched nothing in any of the 2 items: titled by"
                + " their links' words; the date selector 'time' matched nothing in any of the 2 items: published"
                + " without dates; the lead selector 'p.lead' matched nothing in any of the 2 items: published without"
                + " leads — has the page's layout changed? Check the selectors with POST /api/preview");
    }
}
