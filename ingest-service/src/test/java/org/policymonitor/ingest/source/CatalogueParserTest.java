package org.policymonitor.ingest.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueParserTest {

    private final CatalogueParser parser = new CatalogueParser(Clock.systemUTC());

    @Test
    void theShippedCatalogueHasTheFourMissionSources() throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/sources.yaml")) {
            shipped = in.readAllBytes();
        }
        SourceCatalogue catalogue = parser.parse(shipped, "classpath:sources.yaml");
        assertThat(catalogue.enabled()).extracting(SourceDefinition::id)
                .contains("belta-en", "belta-ru", "nasb-en", "president-en", "undp-belarus");
        SourceDefinition belta = catalogue.find("belta-en").orElseThrow();
        assertThat(belta.primary().type()).isEqualTo(SourceType.RSS);
        assertThat(belta.fallback().type()).isEqualTo(SourceType.HTML);
        assertThat(belta.fallback().selectors().item()).isEqualTo("div.news_item.lenta_item");
        assertThat(belta.pollInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(belta.timezone()).isEqualTo(ZoneId.of("Europe/Minsk"));
        assertThat(catalogue.find("nasb-en").orElseThrow().primary().linkPattern().pattern()).isEqualTo("/eng/news/\\d+/");
        assertThat(catalogue.find("undp-global").orElseThrow().enabled()).isFalse();
        // full text wherever a source is enabled (robots.txt decides per page at run time)
        assertThat(catalogue.enabled()).allSatisfy(s -> assertThat(s.fullText()).as(s.id()).isTrue());
        assertThat(catalogue.find("undp-global").orElseThrow().fullText()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'fullText: true'                                        | true  | ''                 | ''
            'fullText: false'                                       | false | ''                 | ''
            ''                                                      | false | ''                 | ''
            'fullText: true, contentSelector: "div.article > p"'    | true  | div.article > p    | ''
            'fullText: yes please'                                  | false | ''                 | 'sources[0] (s).fullText: true or false'
            'fullText: true, contentSelector: "div["'               | false | ''                 | 'sources[0] (s).contentSelector: ''div['' is not a CSS selector: '
            'contentSelector: article'                              | false | ''                 | 'sources[0] (s).contentSelector: only used with fullText: true (the article page is read only then)'
            """)
    void fullTextOptions(String options, boolean fullText, String selector, String problem) throws Exception {
        String yaml = "version: 1\nsources:\n  - {id: s, type: rss, url: 'https://example.org/rss'"
                + (options.isEmpty() ? "" : ", " + options) + "}\n";
        if (problem.isEmpty()) {
            SourceDefinition s = parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").find("s").orElseThrow();
            assertThat(s.fullText()).isEqualTo(fullText);
            assertThat(s.contentSelector()).isEqualTo(selector.isEmpty() ? null : selector);
        } else {
            assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                    .isInstanceOfSatisfying(InvalidCatalogueException.class,
                            e -> assertThat(e.problems()).singleElement().asString().startsWith(problem));
        }
    }

    /** An operator may write a host in Unicode, as the site names itself; the source reads it in ASCII. */
    @Test
    void aUrlWithAHostInUnicodeIsReadInItsAsciiForm() throws Exception {
        String yaml = "version: 1\nsources:\n  - {id: s, type: html, url: 'https://президент.бел/ru/events',"
                + " selectors: {item: li}, fallback: {type: rss, url: 'https://пример.рф/rss'}}\n";
        SourceDefinition s = parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").find("s").orElseThrow();
        assertThat(s.primary().url()).hasToString("https://xn--d1abbgf6aiiy.xn--90ais/ru/events");
        assertThat(s.primary().url().getHost()).isEqualTo("xn--d1abbgf6aiiy.xn--90ais");
        assertThat(s.fallback().url()).hasToString("https://xn--e1afmkfd.xn--p1ai/rss");
    }

    /**
     * The same source added twice under another id — the same feed or listing read the same way, also written with
     * another scheme, host case or trailing slash — would publish each of its items twice, under two ids (the id
     * holds the source's): two inbox rows and two alerts per item. A catalogue problem naming both; a listing read
     * with other selectors or another link pattern, or a disabled copy, is no duplicate.
     */
    @Test
    void aSourceAddedTwiceUnderAnotherIdIsACatalogueProblem() throws Exception {
        String yaml = """
                version: 1
                sources:
                  - {id: nasb-en, type: html, url: 'https://nasb.gov.by/eng/news/', selectors: {item: div.news-item}}
                  - {id: belta, type: rss, url: 'https://eng.belta.by/rss'}
                  - {id: nasb-news, type: html, url: 'http://NASB.gov.by/eng/news', selectors: {item: div.news-item}}
                  - {id: belta-copy, type: rss, url: 'https://example.org/rss', fallback: {type: rss, url: 'https://eng.belta.by/rss/'}}
                """;
        assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).containsExactly(
                        "sources[2] (nasb-news).url: reads the same page as sources[0] (nasb-en).url, the same way:"
                                + " each item would be published twice, under two ids — remove one, or set enabled: false",
                        "sources[3] (belta-copy).fallback.url: reads the same page as sources[1] (belta).url, the same"
                                + " way: each item would be published twice, under two ids — remove one, or set"
                                + " enabled: false"));

        String distinct = """
                version: 1
                sources:
                  - {id: a, type: html, url: 'https://x.by/news/', selectors: {item: li}, linkPattern: '/ai/'}
                  - {id: b, type: html, url: 'https://x.by/news/', selectors: {item: li}, linkPattern: '/law/'}
                  - {id: c, type: html, url: 'https://x.by/news/', selectors: {item: div.card}}
                  - {id: d, type: rss, url: 'https://x.by/rss'}
                  - {id: e, type: rss, url: 'https://x.by/rss', enabled: false}
                """;
        assertThat(parser.parse(distinct.getBytes(StandardCharsets.UTF_8), "t.yaml").sources()).hasSize(5);
    }

    /**
     * A listing that writes its numeric dates month first ({@code 12/03/2026} for 3 December), as US sites do, says
     * so; the default is day first. A wrong value and one on a feed are named.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                         | DAY_FIRST   | DAY_FIRST   | ''
            'dateOrder: month-first'                   | MONTH_FIRST | DAY_FIRST   | ''
            'dateOrder: Day-First'                     | DAY_FIRST   | DAY_FIRST   | ''
            'fallback: {type: html, url: ''https://x.by/all/'', selectors: {item: li}, dateOrder: month-first}' | DAY_FIRST | MONTH_FIRST | ''
            'dateOrder: mdy'                           | ''          | ''          | 'sources[0] (s).dateOrder: ''mdy'' is not day-first or month-first'
            'fallback: {type: rss, url: ''https://x.by/rss'', dateOrder: month-first}' | '' | '' | 'sources[0] (s).fallback.dateOrder: only used with type html (a feed''s dates are RFC 822 or ISO 8601)'
            """)
    void aListingSaysWhetherItWritesDatesMonthFirst(String options, String primary, String fallback, String problem)
            throws Exception {
        String yaml = "version: 1\nsources:\n  - {id: s, type: html, url: 'https://x.by/news/', selectors: {item: li}"
                + (options.isEmpty() ? "" : ", " + options) + "}\n";
        if (problem.isEmpty()) {
            SourceDefinition s = parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").find("s").orElseThrow();
            assertThat(s.primary().dateOrder()).isEqualTo(DateOrder.valueOf(primary));
            if (s.fallback() != null) {
                assertThat(s.fallback().dateOrder()).isEqualTo(DateOrder.valueOf(fallback));
            }
        } else {
            assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                    .isInstanceOfSatisfying(InvalidCatalogueException.class,
                            e -> assertThat(e.problems()).containsExactly(problem));
        }
    }

    @Test
    void everyProblemOfABadFileIsNamed() {
        String yaml = """
                version: 1
                sources:
                  - id: Bad Id
                    type: rss
                    url: ftp://example.org/feed
                  - id: listing
                    type: html
                    url: https://example.org/news
                    pollInterval: ten minutes
                    colour: blue
                  - id: dup
                    type: rss
                    url: https://example.org/a
                  - id: dup
                    type: rss
                    url: https://example.org/b
                """;
        assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "sources[0] (Bad Id).id: 'Bad Id' must be lower-case letters, digits, '.', '_' or '-' (max 100)",
                        "sources[0] (Bad Id).url: 'ftp://example.org/feed' must be an absolute http(s) URL",
                        "sources[1] (listing).selectors.item: is required for an html source",
                        "sources[1] (listing).pollInterval: 'ten minutes' is not an ISO-8601 duration (e.g. PT10M, P2D)",
                        "sources[1] (listing).colour: unknown field (known: contentSelector, dateOrder, enabled, expectedCadence, fallback, fullText, id, language, linkPattern, maxPages, name, nextPage, pollInterval, selectors, timezone, type, url)",
                        "sources[3] (dup).id: duplicate id 'dup'"));
    }

    /**
     * A URL with credentials ({@code https://user:secret@host/feed}) would put the password in every log line, status
     * event and API answer that names the source's URL — and the fetcher would not even send it. Refused, naming the
     * field but never echoing the secret; the fallback endpoint too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://reader:s3cret-pw@example.org/rss", "https://token-s3cret-pw@example.org/rss"})
    void aUrlWithCredentialsIsRefusedWithoutEchoingThem(String url) {
        String yaml = "version: 1\nsources:\n  - {id: s, type: rss, url: '" + url + "'}\n"
                + "  - {id: f, type: rss, url: 'https://example.org/a', fallback: {type: rss, url: '" + url + "'}}\n";
        assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            "sources[0] (s).url: must not contain credentials (user:password@): they would show in "
                                    + "logs, status events and the API, and are not sent",
                            "sources[1] (f).fallback.url: must not contain credentials (user:password@): they would "
                                    + "show in logs, status events and the API, and are not sent");
                    assertThat(e.getMessage()).doesNotContain("s3cret");
                });
    }

    /**
     * A port no connection can use was put in force: {@code http://127.0.0.1:99999/rdf.xml} was accepted, and every
     * poll then failed with "connection: IllegalArgumentException: port out of range:99999" (trial13, demo) — an
     * error the file had, to be named when it is read like every other.
     */
    @Test
    void aUrlWithAPortOutOfRangeIsACatalogueProblem() {
        String yaml = "version: 1\nsources:\n  - {id: s, type: rss, url: 'http://127.0.0.1:99999/rss'}\n"
                + "  - {id: f, type: rss, url: 'https://example.org/a', fallback: {type: rss, url: 'https://example.org:0/b'}}\n";
        assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).containsExactly(
                        "sources[0] (s).url: port 99999 is not a TCP port (1-65535)",
                        "sources[1] (f).fallback.url: port 0 is not a TCP port (1-65535)"));
    }

    /**
     * The top of the file was not checked as each source is: a field it does not know (an indentation slip, a
     * misspelt {@code sources}) was ignored, and {@code version} was read with {@code asInt}, so any text passed as 1.
     */
    @Test
    void theTopOfTheFileIsCheckedAsEachSourceIs() {
        String yaml = """
                version: two
                owner: me
                sources:
                  - {id: a, type: rss, url: 'https://example.org/a'}
                  - {id: [x, y], type: rss, url: 'https://example.org/b'}
                """;
        assertThatThrownBy(() -> parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).containsExactly(
                        "owner: unknown field (known: sources, version)",
                        "version: 'two' is not supported (1)",
                        "sources[1].id: must be one value, not a list or a mapping"));
    }

    /**
     * How a poll reaches a listing's next pages: a CSS selector of the next-page link or a URL template with
     * {@code {page}} / {@code {page0}}, and a page limit. Each mistake is named: a selector that is not CSS, a template
     * leading to another site, a limit out of range or not a number, a selector on a feed.
     */
    @Test
    void nextPageAndMaxPagesAreReadAndEachMistakeNamed() throws Exception {
        String good = """
                version: 1
                sources:
                  - {id: a, type: html, url: 'https://example.org/news/', selectors: {item: div.news}, nextPage: 'li.next > a', maxPages: 3}
                  - {id: b, type: html, url: 'https://example.org/belarus/news', selectors: {item: div.card}, nextPage: '?page={page0}'}
                  - {id: c, type: rss, url: 'https://example.org/rss', fallback: {type: html, url: 'https://example.org/all_news/page/1/', selectors: {item: div.n}, nextPage: '/all_news/page/{page}/', maxPages: 1}}
                """;
        SourceCatalogue catalogue = parser.parse(good.getBytes(StandardCharsets.UTF_8), "t.yaml");
        assertThat(catalogue.sources()).extracting(d -> d.primary().paging()).containsExactly(
                new Paging("li.next > a", 3), new Paging("?page={page0}", null), Paging.DEFAULT);
        assertThat(catalogue.sources().get(2).fallback().paging()).isEqualTo(new Paging("/all_news/page/{page}/", 1));
        assertThat(catalogue.sources().get(1).primary().paging().template()).isTrue();

        String bad = """
                version: 1
                sources:
                  - {id: a, type: html, url: 'https://example.org/news/', selectors: {item: div.news}, nextPage: 'a[[['}
                  - {id: b, type: html, url: 'https://example.org/news/', selectors: {item: div.card}, nextPage: 'https://mirror.example/news?page={page}'}
                  - {id: c, type: html, url: 'https://example.org/n/', selectors: {item: div.n}, maxPages: 0}
                  - {id: d, type: html, url: 'https://example.org/d/', selectors: {item: div.n}, maxPages: many}
                  - {id: e, type: rss, url: 'https://example.org/rss', nextPage: 'a.next'}
                """;
        assertThatThrownBy(() -> parser.parse(bad.getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).startsWith("sources[0] (a).nextPage: 'a[[[' is neither a URL template"),
                        p -> assertThat(p).isEqualTo("sources[1] (b).nextPage: 'https://mirror.example/news?page={page}'"
                                + " leads to https://mirror.example, not the source's own site https://example.org"
                                + " (a poll never follows pages to another site)"),
                        p -> assertThat(p).isEqualTo("sources[2] (c).maxPages: 0 is not between 1 and 20"),
                        p -> assertThat(p).isEqualTo("sources[3] (d).maxPages: 'many' is not a whole number (1-20)"),
                        p -> assertThat(p).startsWith("sources[4] (e).nextPage: a CSS selector only reads an html listing")));
    }

    @Test
    void notYamlAtAll() {
        assertThatThrownBy(() -> parser.parse("sources: [unclosed".getBytes(StandardCharsets.UTF_8), "x.yaml"))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("not valid YAML");
    }

    static byte[] read(String path) throws IOException {
        try (InputStream in = CatalogueParserTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
