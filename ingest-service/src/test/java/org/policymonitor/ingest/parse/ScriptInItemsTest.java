package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script in a feed or a listing never reaches an item as markup or as a link: titles and summaries are text (the
 * console and the mails escape them again), and a link that is not http(s) — {@code javascript:}, {@code data:},
 * {@code vbscript:}, the scheme split by a tab or hidden behind case and spaces — is no link. A feed item keeps its
 * text without a link; a listing entry without a usable link is skipped and counted.
 */
class ScriptInItemsTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final URI BASE = URI.create("http://x.example/feed");
    private final DocumentParser parser = new DocumentParser();

    @Test
    void aFeedItemsScriptIsTextAndItsNonHttpLinkIsNoLink() throws SourceFailure {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title><link>http://x.example/</link>
                <item><title>&lt;script&gt;alert(1)&lt;/script&gt;AI law</title><link>javascript:alert(document.cookie)</link>
                  <description>&lt;img src=x onerror=alert(1)&gt;artificial intelligence &lt;a href="javascript:alert(2)"&gt;more&lt;/a&gt;</description><guid>g1</guid></item>
                <item><title>data</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link><guid>g2</guid></item>
                <item><title>tab</title><link>java&#9;script:alert(1)</link><guid>g3</guid></item>
                <item><title>case</title><link> JaVaScRiPt:alert(1)</link><guid>g4</guid></item>
                <item><title>vb</title><link>vbscript:msgbox(1)</link><guid>g5</guid></item>
                <item><title>fine</title><link>/news/6</link><guid>g6</guid></item>
                </channel></rss>""";
        ParsedDocument doc = parser.parse(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE,
                Endpoint.feed(BASE), "en", MINSK);

        assertThat(doc.items()).extracting(ParsedItem::link)
                .containsExactly(null, null, null, null, null, "http://x.example/news/6");
        ParsedItem first = doc.items().get(0);
        assertThat(first.title()).doesNotContain("<", ">").contains("AI law");
        assertThat(first.summary()).doesNotContain("<", "onerror", "javascript").contains("artificial intelligence");
    }

    @Test
    void aListingEntryWhoseLinkIsScriptIsSkippedAndItsMarkupIsText() throws SourceFailure {
        String html = """
                <html><body><ul>
                <li class="n"><a href="javascript:alert(1)">AI law one</a></li>
                <li class="n"><a href=" jAvascript:alert(1)">AI law two</a></li>
                <li class="n"><a href="vbscript:x">AI law three</a></li>
                <li class="n"><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">AI law four</a></li>
                <li class="n"><a href="/ok/5" onclick="alert(1)">AI <b onmouseover=alert(1)>law</b> five<img src=x onerror=alert(1)><script>alert(1)</script></a></li>
                </ul></body></html>""";
        URI page = URI.create("http://x.example/news/");
        Endpoint listing = Endpoint.listing(page, new Selectors("li.n", "a", null, null, null));
        ParsedDocument doc = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", page, listing, "en", MINSK);

        assertThat(doc.items()).extracting(ParsedItem::link).containsExactly("http://x.example/ok/5");
        assertThat(doc.items().get(0).title()).isEqualTo("AI law five");
        assertThat(doc.skipped()).isEqualTo(4);
    }
}
