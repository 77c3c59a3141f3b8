package org.policymonitor.ingest.article;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.testing.FreePorts;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.ingest.Fixtures;
import org.policymonitor.ingest.fetch.FetchSettings;
import org.policymonitor.ingest.fetch.HostGate;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.source.SourceDefinition;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policymonitor.ingest.TestFeeds.fullTextSource;

/** Article pages read over real HTTP: robots.txt, the User-Agent, limits, failures and the content selector. */
class HttpArticleReaderTest {

    private static final String UA = "PolicyMonitor-Ingest/test (+https://policy-monitor.example/about; ops@example.org)";
    private static final byte[] PAGE = Fixtures.bytes("articles/belta-article.html");

    private final FeedServer server = new FeedServer();
    private final HttpFetcher fetcher = new HttpFetcher(new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
            64 * 1024, 3, UA), new HostGate(), Clock.systemUTC());
    private final HttpArticleReader reader = new HttpArticleReader(fetcher,
            new RobotsTxt(fetcher, "PolicyMonitor", Duration.ofHours(24), Duration.ofMinutes(10), 100, Clock.systemUTC()),
            new MainTextExtractor(), false);
    private final SourceDefinition source = fullTextSource("belta-test", server.url("/rss"), null);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTheMainTextAsTheProjectAndAsksRobotsTxtOncePerHost() {
        server.serve("/robots.txt", Reply.text(200, "User-agent: *\nDisallow: /admin/\n"));
        server.serve("/president/view/a-1-2021/", Reply.of(200, "text/html; charset=utf-8", PAGE));
        server.serve("/president/view/b-2-2021/", Reply.of(200, "text/html", PAGE));

        ArticleText first = reader.read(source, server.url("/president/view/a-1-2021/"));
        ArticleText second = reader.read(source, server.url("/president/view/b-2-2021/"));

        assertThat(first.outcome()).isEqualTo(ArticleText.Outcome.TEXT);
        assertThat(first.httpStatus()).isEqualTo(200);
        assertThat(first.text()).contains("has signed Decree No. 236").doesNotContain("Share on Facebook", "cookies");
        assertThat(second.outcome()).isEqualTo(ArticleText.Outcome.TEXT);
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertThat(server.lastUserAgent("/robots.txt")).isEqualTo(UA);
        assertThat(server.lastUserAgent("/president/view/a-1-2021/")).isEqualTo(UA);
    }

    @ParameterizedTest(name = "robots.txt {0} {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | 'User-agent: *\\nDisallow: /president/\\n'                                          | /president/view/x/ | robots
            200 | 'User-agent: *\\nDisallow: /\\n\\nUser-agent: PolicyMonitor\\nAllow: /president/\\n' | /president/view/x/ | text
            200 | 'User-agent: *\\nAllow: /\\n\\nUser-agent: policymonitor\\nDisallow: /president/\\n'| /president/view/x/ | robots
            200 | 'User-agent: *\\nDisallow: /president/view/secret/\\n'                             | /president/view/x/ | text
            200 | ''                                                                                   | /president/view/x/ | text
            404 | 'not here'                                                                           | /president/view/x/ | text
            403 | 'forbidden'                                                                          | /president/view/x/ | text
            500 | 'oops'                                                                               | /president/view/x/ | robots_unavailable
            503 | 'maintenance'                                                                        | /president/view/x/ | robots_unavailable
            429 | 'slow down'                                                                          | /president/view/x/ | robots_unavailable
            """)
    void honoursRobotsTxt(int status, String robots, String path, String expected) {
        server.serve("/robots.txt", Reply.text(status, robots.replace("\\n", "\n")));
        server.serve(path, Reply.of(200, "text/html", PAGE));

        ArticleText article = reader.read(source, server.url(path));

        if (expected.equals("text")) {
            assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.TEXT);
            assertThat(server.hits(path)).isEqualTo(1);
        } else {
            assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
            assertThat(ArticleFailure.of(article).wire()).isEqualTo(expected);
            assertThat(article.reason()).contains(server.url("/robots.txt"));
            assertThat(server.hits(path)).as("the page is never fetched").isZero();
        }
    }

    @Test
    void anUnreachableRobotsTxtDisallowsForNow() {
        // a site nobody listens on: a port below the range the kernel gives to servers bound to port 0 (a closed test
        // server's port, from that range, could go to the next such server meanwhile, whose robots.txt would answer)
        String site = "http://127.0.0.1:" + FreePorts.pick();

        ArticleText article = reader.read(fullTextSource("gone", site + "/rss", null), site + "/news/1/");

        assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
        assertThat(article.reason()).startsWith("robots_unavailable: ").contains("could not be read", "connection");
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | text/html       | GONE        | gone
            410 | text/html       | GONE        | gone
            503 | text/html       | UNAVAILABLE | http_status
            403 | text/html       | UNAVAILABLE | http_status
            200 | application/pdf | UNAVAILABLE | not_html
            """)
    void pagesWithoutTextSayWhy(int status, String contentType, ArticleText.Outcome outcome, String reason) {
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/news/1/", Reply.of(status, contentType, status == 200 ? "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII) : PAGE));

        ArticleText article = reader.read(source, server.url("/news/1/"));

        assertThat(article.outcome()).isEqualTo(outcome);
        assertThat(article.httpStatus()).isEqualTo(status);
        assertThat(ArticleFailure.of(article).wire()).isEqualTo(reason);
        assertThat(article.text()).isNull();
    }

    /**
     * A site that deletes an article often sends its link to the home page or to the article's section instead of a
     * 404 (many CMSs do). Until 5 December 2026 the reader took the main text of the page it landed on as the
     * article's: the archive recorded an edit replacing the article with the home page, re-published it to the
     * classifier with that text and alerted it as edited (trial21). A redirect to another form of the same address
     * (a slash added or dropped, another language's path) is still the article.
     */
    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            301 | /                        | /news/2026/decree-135/ | GONE
            302 | /news/                   | /news/2026/decree-135/ | GONE
            301 | /news                    | /news/2026/decree-135  | GONE
            302 | /index.php               | /index.php?newsid=135  | GONE
            301 | /news/2026/decree-135/   | /news/2026/decree-135  | TEXT
            308 | /news/2026/decree-135    | /news/2026/decree-135/ | TEXT
            302 | /ru/news/2026/decree-135 | /news/2026/decree-135  | TEXT
            301 | /news/2026/decree-135-o-nalogah | /news/2026/decree-135 | TEXT
            """)
    void aLinkRedirectedToTheHomePageOrItsSectionIsGone(int status, String target, String link,
                                                        ArticleText.Outcome outcome) {
        server.serve("/robots.txt", Reply.text(404, ""));
        Reply page = Reply.of(200, "text/html; charset=utf-8", PAGE);
        String linkPath = URI.create(link).getPath();
        // by path: "/index.php?newsid=135" and "/index.php" are one route, told apart by the query
        server.serve(linkPath, exchange -> exchange.getRequestURI().toString().equals(link)
                ? Reply.text(status, "").header("Location", target) : page);
        if (!URI.create(target).getPath().equals(linkPath)) {
            server.serve(target, page);
        }

        ArticleText article = reader.read(source, server.url(link));

        assertThat(article.outcome()).as(article.reason()).isEqualTo(outcome);
        if (outcome == ArticleText.Outcome.GONE) {
            assertThat(article.httpStatus()).isEqualTo(status);
            assertThat(article.reason()).isEqualTo("gone: HTTP " + status + " to " + server.url(target)
                    + ", the site's home page or the article's section, not the article");
            assertThat(ArticleFailure.of(article)).isEqualTo(ArticleFailure.GONE);
        }
    }

    /**
     * A deleted article whose link answers 200 with the site's "page not found" page (a "soft 404", as many CMSs
     * serve it). Until 5 December 2026 its few lines were read as the article: the archive recorded an edit replacing
     * the article with "Страница не найдена …" and re-published it to the classifier (trial21). An article about a
     * search that found nothing, or numbered 404, is still an article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            404 — Страница не найдена | Страница не найдена | Запрашиваемая страница не существует или была удалена. Проверьте адрес или воспользуйтесь поиском. | GONE
            Page not found – Ministry | Error 404           | Sorry, the page you requested could not be found.                                       | GONE
            Министерство              | Документ не найден  | Возможно, документ был удалён или перемещён.                                            | GONE
            Старонка не знойдзена     | Памылка 404         | Старонка, якую вы шукаеце, не існуе.                                                    | GONE
            Указ № 404 подписан       | Указ № 404 подписан | Президент подписал Указ № 404 о мерах по развитию цифровой экономики.                   | TEXT
            Пропавший самолёт не найден | Пропавший самолёт не найден | Поиски самолёта продолжаются третьи сутки, сообщили в МЧС.                   | TEXT
            """)
    void aPageNotFoundAnsweredWith200IsGone(String title, String heading, String text, ArticleText.Outcome outcome) {
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/news/2026/decree-135/", Reply.of(200, "text/html; charset=utf-8", ("<html><head><title>" + title
                + "</title></head><body><nav><a href=/>Главная</a> <a href=/news/>Новости</a></nav><main><h1>" + heading
                + "</h1><p>" + text + "</p><p><a href=/>На главную</a></p></main><footer>© 2026</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8)));

        ArticleText article = reader.read(source, server.url("/news/2026/decree-135/"));

        assertThat(article.outcome()).as(String.valueOf(article.text())).isEqualTo(outcome);
        if (outcome == ArticleText.Outcome.GONE) {
            assertThat(article.httpStatus()).isEqualTo(200);
            assertThat(article.reason()).startsWith("gone: HTTP 200 with a page that says the page is not found (");
        }
    }

    /**
     * A bot check, a login wall or an "access denied" page answered with 200 stands in front of the article: it is
     * unavailable for now (tried again later), neither the article's text nor a removal. Until 6 December 2026 its
     * few lines were read as the article (trial27). A short article whose headline starts like a login page's or
     * names something forbidden, beside the site's login box, is still an article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Just a moment...            | www.site.by                                         | <p>www.site.by needs to review the security of your connection before proceeding.</p> | UNAVAILABLE
            Вы не робот?                | Подтвердите, что запросы отправляли вы, а не робот | <p>Нам очень жаль, но запросы с вашего устройства похожи на автоматические.</p>       | UNAVAILABLE
            DDoS-Guard                  | Проверка браузера перед переходом на сайт           | <p>Это займёт не больше 5 секунд.</p>                                                 | UNAVAILABLE
            Вход — Портал               | Вход в личный кабинет                               | <p>Введите логин и пароль.</p><form><input type=password></form>                      | UNAVAILABLE
            Portal                      | Documents                                           | <p>You must be logged in to view this document.</p><form><input type=password></form> | UNAVAILABLE
            403 Forbidden               | 403 Forbidden                                       | <p>You don't have permission to access this resource.</p>                             | UNAVAILABLE
            Доступ запрещён — Портал    | Доступ запрещён                                     | <p>У вас нет прав для просмотра этой страницы.</p>                                   | UNAVAILABLE
            Вход в ЕАЭС обсудили в Минске | Вход в ЕАЭС обсудили в Минске                     | <p>Стороны обсудили условия присоединения к союзу.</p><form><input type=password></form> | TEXT
            Forbidden practices of AI listed | Forbidden practices of AI listed              | <p>The draft law lists the uses of AI that are forbidden in the public sector.</p>     | TEXT
            Доступ ограничен к сайтам мошенников | Доступ ограничен к сайтам мошенников       | <p>Министерство связи ограничило доступ к 40 сайтам.</p>                               | TEXT
            """)
    void aBotCheckOrALoginWallAnsweredWith200IsUnavailable(String title, String heading, String body,
                                                            ArticleText.Outcome outcome) {
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/news/2026/decree-135/", Reply.of(200, "text/html; charset=utf-8", ("<html><head><title>" + title
                + "</title></head><body><main><h1>" + heading + "</h1>" + body + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8)));

        ArticleText article = reader.read(source, server.url("/news/2026/decree-135/"));

        assertThat(article.outcome()).as(article.reason() + " / " + article.text()).isEqualTo(outcome);
        if (outcome == ArticleText.Outcome.UNAVAILABLE) {
            assertThat(article.httpStatus()).isEqualTo(200);
            assertThat(ArticleFailure.of(article)).isEqualTo(ArticleFailure.BLOCKED);
            assertThat(article.reason()).startsWith("blocked: a").endsWith(" instead of the article");
        }
    }

    @Test
    void aPageOverTheSizeLimitIsNotRead() {
        server.serve("/robots.txt", Reply.text(404, ""));
        byte[] huge = ("<html><body><article>" + "<p>A paragraph of a very long article.</p>".repeat(3_000)
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        server.serve("/news/huge/", Reply.of(200, "text/html", huge));

        ArticleText article = reader.read(source, server.url("/news/huge/"));

        assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
        assertThat(article.reason()).startsWith("too_large: body larger than 65536 bytes");
    }

    @Test
    void aSlowPageTimesOut() {
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/news/slow/", Reply.of(200, "text/html", PAGE).delayed(Duration.ofSeconds(6)));

        ArticleText article = reader.read(source, server.url("/news/slow/"));

        assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
        assertThat(ArticleFailure.of(article)).isEqualTo(ArticleFailure.TIMEOUT);
    }

    @Test
    void theSourcesContentSelectorIsUsed() {
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/ru/events/x", Reply.of(200, "text/html; charset=utf-8", Fixtures.bytes("articles/president-article.html")));

        ArticleText article = reader.read(fullTextSource("president-test", server.url("/ru/events"), "time, section.page-details__content"),
                server.url("/ru/events/x"));

        assertThat(article.text()).startsWith("19 мая 2025, 11:05\n\nПрезидент Беларуси Александр Лукашенко 19 мая");
    }

    @Test
    void aFeedCannotSendTheReaderToAnotherInternalHost() {
        // the source lives on 127.0.0.1 (an operator's choice); "localhost" is another host name, and internal
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/internal/", Reply.of(200, "text/html", PAGE));

        ArticleText article = reader.read(source, "http://localhost:" + server.port() + "/internal/");

        assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
        assertThat(ArticleFailure.of(article)).isIn(ArticleFailure.ROBOTS_UNAVAILABLE, ArticleFailure.CONNECTION);
        assertThat(article.reason()).contains("refused");
        assertThat(server.hits("/internal/")).isZero();
    }

    @Test
    void aFeedCannotSendTheReaderToAnotherPortOfItsInternalHost() {
        // trial28, on the demo: an internal feed's item linked to http://127.0.0.1:<alert-service's management port>/q/metrics
        // and the service's metrics were published as the article's text. Another port is another service.
        try (FeedServer otherService = new FeedServer()) {
            otherService.serve("/robots.txt", Reply.text(404, ""));
            otherService.serve("/q/metrics", Reply.of(200, "text/html", PAGE));

            ArticleText article = reader.read(source, otherService.url("/q/metrics"));

            assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
            assertThat(article.reason()).contains("refused");
            assertThat(otherService.hits("/q/metrics")).isZero();
        }
    }

    @Test
    void anArticleCannotRedirectTheReaderToAnotherPortOfItsInternalHost() {
        try (FeedServer otherService = new FeedServer()) {
            otherService.serve("/robots.txt", Reply.text(404, ""));
            otherService.serve("/secret/", Reply.of(200, "text/html", PAGE));
            server.serve("/robots.txt", Reply.text(404, ""));
            server.serve("/news/1/", Reply.text(302, "").header("Location", otherService.url("/secret/")));

            ArticleText article = reader.read(source, server.url("/news/1/"));

            assertThat(article.outcome()).isEqualTo(ArticleText.Outcome.UNAVAILABLE);
            assertThat(article.reason()).contains("refused");
            assertThat(otherService.hits("/secret/")).isZero();
        }
    }

    @Test
    void aLinkThatIsNoHttpUrlIsRefused() {
        ArticleText article = reader.read(source, "file:///etc/passwd");

        assertThat(ArticleFailure.of(article)).isEqualTo(ArticleFailure.INVALID_LINK);
    }
}
