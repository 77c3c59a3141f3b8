package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Feeds an operator adds from sites the fixtures do not cover (trial15), and the mistakes made adding them: a page
 * read as a feed or a feed as a listing is a failure that says what to configure instead.
 */
class OperatorFeedShapesTest {

    private static final URI FEED = URI.create("https://site.by/rss/");
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument feed(byte[] body, String contentType) throws SourceFailure {
        return parser.parse(body, contentType, FEED, Endpoint.feed(FEED), "ru", MINSK);
    }

    /**
     * A news page given as a feed (type rss, the default of a URL preview): the failure names the feed the page
     * announces in its {@code <link rel="alternate">}, so the operator can take that URL. Before, it said only "got an
     * HTML page".
     */
    @Test
    void aPageReadAsAFeedNamesTheFeedItAnnounces() {
        byte[] page = """
                <!DOCTYPE html><html><head><title>Новости</title>
                <link rel="alternate" type="application/rss+xml" title="Новости" href="/rss/news.xml">
                </head><body><div class="news-item"><a href="/news/1">Один</a></div></body></html>"""
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> feed(page, "text/html"))
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo(FailureReason.NOT_A_FEED);
                    assertThat(f.getMessage()).isEqualTo("expected an RSS or Atom feed, got an HTML page (it announces"
                            + " the feed https://site.by/rss/news.xml: read that; or read this page as a listing,"
                            + " type html with selectors)");
                });
        byte[] plain = "<!DOCTYPE html><html><head><title>Новости</title></head><body><p>Новости министерства</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> feed(plain, "text/html")).hasMessage("expected an RSS or Atom feed, got an HTML page"
                + " (it announces no feed: read it as a listing, type html with selectors)");
    }

    /** Coverage (right before trial15): a feed given as a listing says to configure type rss. */
    @Test
    void aFeedReadAsAListingSaysToReadItAsAFeed() {
        byte[] rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://site.by/1</link></item></channel></rss>"""
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(rss, "text/xml", FEED, Endpoint.listing(FEED,
                new Selectors("div.news-item", null, null, null, null)), "ru", MINSK))
                .hasMessageContaining("(the page is an RSS/Atom feed: configure type rss)");
    }

    /**
     * Coverage (read right before trial15): RSS 1.0 with {@code dc:date} and a relative link, Atom with
     * {@code xml:base}, a feed declared windows-1251 but sent in UTF-8 and the reverse, HTML entities and CDATA in
     * titles, a feed served as {@code text/html}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RSS 1.0 dc:date and relative link  | utf-8        | application/rdf+xml       | <?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://site.by/"><title>S</title><link>https://site.by/</link><description>d</description></channel><item rdf:about="https://site.by/n/2"><title>Два</title><link>/n/2</link><dc:date>2026-12-04T10:15:00+03:00</dc:date></item></rdf:RDF> | Два | https://site.by/n/2 | 2026-12-04T10:15+03:00
            Atom xml:base                      | utf-8        | application/atom+xml      | <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.by/ru/"><title>T</title><id>urn:x</id><updated>2026-12-04T10:00:00Z</updated><entry><title>Два</title><id>tag:site.by,2026:2</id><link href="news/2"/><updated>2026-12-04T10:15:00+03:00</updated></entry></feed> | Два | https://site.by/ru/news/2 | 2026-12-04T10:15+03:00
            declared 1251, sent as UTF-8       | utf-8        | text/xml                  | <?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>T</title><item><title>Искусственный интеллект</title><link>https://site.by/n/2</link><pubDate>Fri, 04 Dec 2026 10:15:00 +0300</pubDate></item></channel></rss> | Искусственный интеллект | https://site.by/n/2 | 2026-12-04T10:15+03:00
            declared UTF-8, sent as 1251       | windows-1251 | text/xml; charset=utf-8   | <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><item><title>Искусственный интеллект</title><link>https://site.by/n/2</link><pubDate>Fri, 04 Dec 2026 10:15:00 +0300</pubDate></item></channel></rss> | Искусственный интеллект | https://site.by/n/2 | 2026-12-04T10:15+03:00
            entities and CDATA, text/html      | utf-8        | text/html; charset=utf-8  | <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title><![CDATA[Закон &laquo;Об ИИ&raquo;&nbsp;принят]]></title><link>https://site.by/n/2</link><pubDate>Fri, 04 Dec 2026 10:15:00 +0300</pubDate></item></channel></rss> | Закон «Об ИИ» принят | https://site.by/n/2 | 2026-12-04T10:15+03:00
            entities outside CDATA, BOM        | utf-8        | application/rss+xml       | \uFEFF<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Закон &laquo;Об ИИ&raquo; &amp;mdash; принят</title><link>https://site.by/n/2</link><pubDate>Fri, 04 Dec 2026 10:15:00 +0300</pubDate></item></channel></rss> | Закон «Об ИИ» — принят | https://site.by/n/2 | 2026-12-04T10:15+03:00
            """)
    void feedsOfShapesTheFixturesLackAreRead(String name, String charset, String contentType, String xml, String title,
                                            String link, String date) throws SourceFailure {
        ParsedDocument d = feed(xml.replace("\\uFEFF", "\uFEFF").getBytes(Charset.forName(charset)), contentType);
        assertThat(d.items()).extracting(ParsedItem::title, ParsedItem::link, ParsedItem::publishedAt)
                .containsExactly(tuple(title, link, OffsetDateTime.parse(date)));
    }
}
