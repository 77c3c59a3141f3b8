package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceFailure;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes seen in real feeds (The Moscow Times, WordPress, Atom 0.3, RSS 0.92, permalink guids, BOMs). */
class RealWorldFeedsTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String xml, String contentType) throws SourceFailure {
        return parse(xml.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private ParsedDocument parse(byte[] body, String contentType) throws SourceFailure {
        URI base = URI.create("https://feeds.example/rss");
        return parser.parse(body, contentType, base, Endpoint.feed(base), "en", ZoneId.of("Europe/Minsk"));
    }

    @Test
    void moscowTimesStyleGuidEqualToLinkAndPaddedText() throws SourceFailure {
        ParsedDocument d = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>The Moscow Times</title><link>https://www.themoscowtimes.com</link>
                <description>News</description>
                <item>
                  <title>
                  		Russia Drafts AI Law
                  </title>
                  <link>https://www.themoscowtimes.com/2026/03/04/russia-drafts-ai-law-a12345</link>
                  <guid>https://www.themoscowtimes.com/2026/03/04/russia-drafts-ai-law-a12345</guid>
                  <description>
                  		The draft   regulates
                  		artificial intelligence.
                  </description>
                  <pubDate>Wed, 04 Mar 2026 14:05:00 +0300</pubDate>
                </item>
                <item><title>Other</title><link>https://www.themoscowtimes.com/2026/03/03/other-a1</link>
                  <pubDate>Tue, 3 Mar 2026 9:05:00 GMT</pubDate></item>
                </channel></rss>""", "text/html; charset=utf-8");
        ParsedItem first = d.items().get(0);
        assertThat(first.title()).isEqualTo("Russia Drafts AI Law");
        assertThat(first.summary()).isEqualTo("The draft regulates artificial intelligence.");
        assertThat(first.guid()).as("a guid that repeats the link").isNull();
        assertThat(d.items().get(1).publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T09:05Z"));
    }

    @Test
    void wordpressFeedWithContentEncodedAndCreators() throws SourceFailure {
        ParsedDocument d = parse("""
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
                	xmlns:content="http://purl.org/rss/1.0/modules/content/"
                	xmlns:dc="http://purl.org/dc/elements/1.1/"
                	xmlns:atom="http://www.w3.org/2005/Atom"
                	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
                <channel>
                	<title>Digital Watch Observatory</title>
                	<atom:link href="https://dig.watch/feed" rel="self" type="application/rss+xml" />
                	<link>https://dig.watch</link>
                	<description>Digital policy</description>
                	<language>en-US</language>
                	<item>
                		<title>Belarus&#8217;s new AI rules</title>
                		<link>https://dig.watch/updates/belarus-ai-rules</link>
                		<dc:creator><![CDATA[Digital Watch]]></dc:creator>
                		<pubDate>Wed, 04 Mar 2026 10:00:00 +0000</pubDate>
                		<category><![CDATA[Artificial intelligence]]></category>
                		<category><![CDATA[Belarus]]></category>
                		<guid isPermaLink="false">https://dig.watch/?p=123456</guid>
                		<description><![CDATA[<p>Short lead&#8230;</p>]]></description>
                		<content:encoded><![CDATA[<p>Full <strong>article</strong> text.</p><figure><img src="x.png"/><figcaption>Caption</figcaption></figure>]]></content:encoded>
                		<slash:comments>0</slash:comments>
                	</item>
                </channel></rss>""", "application/rss+xml; charset=UTF-8");
        ParsedItem i = d.items().get(0);
        assertThat(i.title()).isEqualTo("Belarus’s new AI rules");
        assertThat(i.guid()).isEqualTo("https://dig.watch/?p=123456");
        assertThat(i.author()).isEqualTo("Digital Watch");
        assertThat(i.categories()).containsExactly("Artificial intelligence", "Belarus");
        assertThat(i.summary()).isEqualTo("Short lead…");
        assertThat(i.content()).isEqualTo("Full article text.\nCaption");
        assertThat(i.language()).isEqualTo("en");
        assertThat(i.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T10:00Z"));
    }

    @Test
    void atom03AndRss092() throws SourceFailure {
        ParsedDocument atom03 = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Old Atom</title>
                  <link rel="alternate" type="text/html" href="http://old.example/"/>
                  <modified>2005-07-31T12:29:29Z</modified>
                  <entry>
                    <title>Atom 0.3 entry</title>
                    <link rel="alternate" type="text/html" href="http://old.example/2005/07/31/entry"/>
                    <id>tag:old.example,2005:entry-1</id>
                    <issued>2005-07-31T12:29:29+02:00</issued>
                    <modified>2005-07-31T12:30:00Z</modified>
                  </entry>
                </feed>""", "application/atom+xml");
        assertThat(atom03.format()).isEqualTo("atom_0.3");
        assertThat(atom03.items().get(0).guid()).isEqualTo("tag:old.example,2005:entry-1");
        assertThat(atom03.items().get(0).publishedAt()).isEqualTo(OffsetDateTime.parse("2005-07-31T12:29:29+02:00"));

        ParsedDocument rss092 = parse("""
                <?xml version="1.0"?>
                <rss version="0.92"><channel><title>0.92</title><link>http://x.example/</link><description>d</description>
                <item><title>No date here</title><link>http://x.example/1</link><enclosure url="http://x.example/a.mp3" length="1" type="audio/mpeg"/></item>
                </channel></rss>""", "text/xml");
        assertThat(rss092.format()).isEqualTo("rss_0.92");
        assertThat(rss092.items().get(0).publishedAt()).isNull();
        assertThat(rss092.items().get(0).dateUnparseable()).isFalse();
    }

    @Test
    void permalinkGuidWithoutLinkBomAndBlankLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write("""
                
                
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>t</title><link>http://x.example/</link><description>d</description>
                <item><title>&lt;b&gt;Escaped&lt;/b&gt; markup &amp;amp; more</title>
                  <guid isPermaLink="true">http://x.example/permalink-1</guid>
                  <pubDate>2021-06-17T11:34:41.000+03:00</pubDate></item>
                <item><title>Relative</title><link>../news/2</link><pubDate>Thu, 17 Jun 2021 11:34:41 Z</pubDate></item>
                </channel></rss>""".getBytes(StandardCharsets.UTF_8));
        ParsedDocument d = parse(out.toByteArray(), "application/rss+xml");
        ParsedItem permalink = d.items().get(0);
        assertThat(permalink.link()).isEqualTo("http://x.example/permalink-1");
        assertThat(permalink.guid()).isNull();
        assertThat(permalink.title()).isEqualTo("Escaped markup & more");
        assertThat(permalink.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
        assertThat(d.items().get(1).link()).isEqualTo("https://feeds.example/news/2");
        assertThat(d.items().get(1).publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41Z"));
    }

    @Test
    void anEmptyFeedIsAValidFeedWithoutItems() throws SourceFailure {
        ParsedDocument d = parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>New feed</title>"
                + "<link>http://x.example/</link><description>nothing yet</description></channel></rss>", "application/rss+xml");
        assertThat(d.items()).isEmpty();
    }

    @Test
    void koi8rFeedDeclaredOnlyInTheProlog() throws SourceFailure {
        String xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss version=\"2.0\"><channel><title>Новости</title>"
                + "<link>http://x.example/</link><description>Лента</description><item><title>Цифровая экономика</title>"
                + "<link>http://x.example/1</link><pubDate>17 июня 2021 11:34</pubDate></item></channel></rss>";
        ParsedDocument d = parse(xml.getBytes(Charset.forName("KOI8-R")), "text/xml");
        assertThat(d.items().get(0).title()).isEqualTo("Цифровая экономика");
        assertThat(d.items().get(0).publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34+03:00"));
    }
}
