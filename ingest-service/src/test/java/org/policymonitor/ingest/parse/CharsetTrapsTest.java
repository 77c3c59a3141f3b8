package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charset traps a new source can set: UTF-16 without a byte order mark, a header and a prolog or {@code meta} that
 * disagree, a server-wide default ({@code iso-8859-1}, {@code utf-16}) in front of a document that says otherwise.
 * Each row is a whole feed or listing as fetched; what counts is the title a reader gets.
 */
class CharsetTrapsTest {

    private static final String TITLE = "Новости Беларуси: цифровая экономика";
    private static final URI URL = URI.create("https://news.example/rss");

    private static String feed(String prolog) {
        return prolog + "<rss version=\"2.0\"><channel><title>Канал</title><item><title>" + TITLE
                + "</title><link>https://news.example/1</link></item></channel></rss>";
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                Arguments.of("UTF-16LE without BOM, no label", feed("<?xml version=\"1.0\"?>"), "UTF-16LE",
                        "application/rss+xml"),
                Arguments.of("UTF-16BE without BOM, no label", feed("<?xml version=\"1.0\"?>"), "UTF-16BE",
                        "application/rss+xml"),
                Arguments.of("UTF-16LE without BOM, header says utf-16 (big-endian by default)",
                        feed("<?xml version=\"1.0\"?>"), "UTF-16LE", "text/xml; charset=utf-16"),
                Arguments.of("UTF-16LE without BOM, header says utf-8", feed("<?xml version=\"1.0\"?>"), "UTF-16LE",
                        "text/xml; charset=utf-8"),
                Arguments.of("UTF-16LE without BOM, prolog says UTF-16",
                        feed("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"), "UTF-16LE", "application/xml"),
                Arguments.of("windows-1251 body and prolog, header koi8-r",
                        feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), "windows-1251",
                        "text/xml; charset=koi8-r"),
                Arguments.of("KOI8-R body and prolog, header windows-1251",
                        feed("<?xml version=\"1.0\" encoding=\"koi8-r\"?>"), "KOI8-R",
                        "text/xml; charset=windows-1251"),
                Arguments.of("windows-1251 body and prolog, server default iso-8859-1",
                        feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), "windows-1251",
                        "application/rss+xml; charset=ISO-8859-1"),
                Arguments.of("UTF-8 body, header says utf-16", feed("<?xml version=\"1.0\"?>"), "UTF-8",
                        "text/xml; charset=utf-16"),
                Arguments.of("UTF-8 body, prolog and header say windows-1251",
                        feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), "UTF-8",
                        "text/xml; charset=windows-1251"),
                Arguments.of("UTF-8 body with BOM, prolog says windows-1251",
                        "\uFEFF" + feed("<?xml version=\"1.0\" encoding=\"windows-1251\"?>"), "UTF-8",
                        "application/rss+xml"),
                Arguments.of("UTF-16LE body with BOM, prolog says UTF-8",
                        "\uFEFF" + feed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), "UTF-16LE",
                        "application/rss+xml; charset=utf-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void theFeedIsReadInTheCharsetItIsWrittenIn(String trap, String document, String writtenIn, String contentType)
            throws SourceFailure {
        ParsedDocument d = new DocumentParser().parse(document.getBytes(Charset.forName(writtenIn)), contentType, URL,
                Endpoint.feed(URL), "ru", ZoneId.of("Europe/Minsk"));
        assertThat(d.items()).extracting(ParsedItem::title).containsExactly(TITLE);
    }

    @Test
    void anAsciiFeedLabelledUtf16IsNotReadAsUtf16() throws SourceFailure {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><item><title>Minsk news"
                + "</title><link>https://news.example/1</link></item></channel></rss>";
        ParsedDocument d = new DocumentParser().parse(xml.getBytes(Charset.forName("US-ASCII")),
                "text/xml; charset=utf-16", URL, Endpoint.feed(URL), "en", ZoneId.of("Europe/Minsk"));
        assertThat(d.items()).extracting(ParsedItem::title).containsExactly("Minsk news");
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("<meta charset> only, KOI8-R", "<meta charset=\"koi8-r\">", "KOI8-R", "text/html"),
                Arguments.of("<meta http-equiv> windows-1251, server default iso-8859-1",
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                        "windows-1251", "text/html; charset=iso-8859-1"),
                Arguments.of("<meta charset> windows-1251, header koi8-r", "<meta charset=\"windows-1251\">",
                        "windows-1251", "text/html; charset=koi8-r"),
                Arguments.of("UTF-16LE page without BOM", "<meta charset=\"utf-16\">", "UTF-16LE", "text/html"),
                Arguments.of("UTF-8 page, meta and header say windows-1251", "<meta charset=\"windows-1251\">",
                        "UTF-8", "text/html; charset=windows-1251"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theListingIsReadInTheCharsetItIsWrittenIn(String trap, String meta, String writtenIn, String contentType)
            throws SourceFailure {
        String html = "<!DOCTYPE html><html><head>" + meta + "<title>Новости</title></head><body><ul>"
                + "<li class=\"n\"><a href=\"/news/1\">" + TITLE + "</a></li></ul></body></html>";
        URI page = URI.create("https://news.example/news/");
        ParsedDocument d = new DocumentParser().parse(html.getBytes(Charset.forName(writtenIn)), contentType, page,
                Endpoint.listing(page, new Selectors("li.n", null, null, null, null)),
                "ru", ZoneId.of("Europe/Minsk"));
        assertThat(d.items()).extracting(ParsedItem::title).containsExactly(TITLE);
    }

    /**
     * The text in a single-byte charset that looks most like UTF-8: Belarusian in capitals, windows-1251, where a
     * capital before "І", "Ё" or "Ў" (0xB2, 0xA8, 0xA1) makes a valid UTF-8 pair — measured 6 such pairs for 32 bytes
     * that are not UTF-8. Since 7 December 2026 two valid sequences for each invalid byte make a page UTF-8 (an English
     * page with a few pasted windows-1252 quotes, {@code poll.NewOperatorSourcesPollTest}); this stays far below that,
     * and is read in windows-1251 behind a server's wrong {@code charset=utf-8}.
     */
    @Test
    void belarusianCapitalsInWindows1251BehindAUtf8HeaderAreStillWindows1251() throws SourceFailure {
        String title = "МІНІСТЭРСТВА ІНФАРМАЦЫІ: ЁЛКА, ЖЁЛТЫ ВІЦЕБСК, «ІТ» № 5, ЎЗРОВЕНЬ";
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Канал</title><item><title>" + title
                + "</title><link>https://news.example/1</link></item></channel></rss>";
        ParsedDocument d = new DocumentParser().parse(xml.getBytes(Charset.forName("windows-1251")),
                "application/rss+xml; charset=utf-8", URL, Endpoint.feed(URL), "be", ZoneId.of("Europe/Minsk"));
        assertThat(d.items()).extracting(ParsedItem::title).containsExactly(title);
    }
}
