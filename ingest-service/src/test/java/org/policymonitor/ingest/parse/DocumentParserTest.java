package org.policymonitor.ingest.parse;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policymonitor.ingest.Fixtures.bytes;

class DocumentParserTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument feed(String fixture, String contentType, String base, String language) throws SourceFailure {
        return parser.parse(bytes(fixture), contentType, URI.create(base), Endpoint.feed(URI.create(base)), language, MINSK);
    }

    @Test
    void beltaStyleRss() throws SourceFailure {
        ParsedDocument doc = feed("belta-en.xml", "application/rss+xml; charset=utf-8", "https://eng.belta.by/rss", "ru");
        assertThat(doc.format()).isEqualTo("rss_2.0");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.items()).hasSize(4);
        ParsedItem first = doc.items().get(0);
        assertThat(first.guid()).isNull();
        assertThat(first.title()).isEqualTo("Lukashenko signs decree on artificial intelligence development");
        assertThat(first.summary()).isEqualTo("MINSK, 17 June (BelTA) – Belarus President signed a decree on the "
                + "development of artificial intelligence & digital economy.\nSecond paragraph.");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
        assertThat(first.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(first.publishedRaw()).isEqualTo("Thu, 17 Jun 2021 11:34:41 +0300");
        assertThat(first.categories()).containsExactly("President");
        assertThat(first.language()).isEqualTo("en");

        ParsedItem second = doc.items().get(1);
        assertThat(second.title()).isEqualTo("Belarus, China to step up cooperation in «digital» sphere");
        assertThat(second.link()).startsWith("https://eng.belta.by/economics/view/belarus-china-")
                .contains("utm_source=rss&utm_medium=feed");
        assertThat(doc.items().get(2).summary()).isNull();
        ParsedItem undated = doc.items().get(3);
        assertThat(undated.publishedAt()).isNull();
        assertThat(undated.publishedRaw()).isEqualTo("sometime last week");
        assertThat(undated.dateUnparseable()).isTrue();
        assertThat(undated.summary()).isEqualTo("Plain text lead with a non-breaking space");
        assertThat(doc.unparseableDates()).isEqualTo(1);
    }

    @Test
    void windows1251RussianFeedServedWithAWrongHeader() throws SourceFailure {
        ParsedDocument doc = feed("belta-ru-windows-1251.xml", "application/rss+xml; charset=utf-8", "https://www.belta.by/rss", "ru");
        assertThat(doc.title()).isEqualTo("БелТА - Новости Беларуси");
        assertThat(doc.items()).hasSize(2);
        assertThat(doc.items().get(0).title()).isEqualTo("Лукашенко подписал указ о развитии искусственного интеллекта");
        assertThat(doc.items().get(0).summary()).isEqualTo("МИНСК, 17 июня (БЕЛТА) – Президент подписал указ о цифровом развитии «Беларуси».");
        assertThat(doc.items().get(1).summary()).isEqualTo("Ёлка, ёж и білет — ў");
        assertThat(doc.items().get(1).publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T09:15+03:00"));
        assertThat(doc.items().get(0).language()).isEqualTo("ru");
    }

    @Test
    void atomWithRelativeLinksLanguagesAndContent() throws SourceFailure {
        ParsedDocument doc = feed("atom.xml", "application/atom+xml", "https://example.org/feed.atom", "be");
        assertThat(doc.format()).isEqualTo("atom_1.0");
        ParsedItem first = doc.items().get(0);
        assertThat(first.link()).isEqualTo("https://example.org/news/ai-strategy-adopted");
        assertThat(first.guid()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(first.title()).isEqualTo("AI strategy adopted");
        assertThat(first.summary()).isEqualTo("The government adopted a national AI strategy.");
        assertThat(first.content()).isEqualTo("Full text of the strategy article.");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:30+03:00"));
        assertThat(first.author()).isEqualTo("Policy Desk");
        assertThat(first.language()).isEqualTo("en");
        ParsedItem second = doc.items().get(1);
        assertThat(second.guid()).as("an id equal to the link is no better than the link").isNull();
        assertThat(second.language()).isEqualTo("ru");
        assertThat(second.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T08:00Z"));
    }

    @Test
    void olderFormats() throws SourceFailure {
        ParsedDocument rss091 = feed("rss091-netscape.xml", "text/xml", "http://example.com/rss", null);
        assertThat(rss091.format()).startsWith("rss_0.91");
        assertThat(rss091.items().get(0).title()).isEqualTo("Café opens & closes");
        assertThat(rss091.items().get(0).language()).isEqualTo("en");
        ParsedDocument rdf = feed("rss10-rdf.xml", null, "http://example.net/rss", "en");
        assertThat(rdf.format()).isEqualTo("rss_1.0");
        assertThat(rdf.items().get(0).publishedAt()).isEqualTo(OffsetDateTime.parse("2026-02-01T12:00+01:00"));
        assertThat(rdf.items().get(0).author()).isEqualTo("Jane");
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            xxe.xml            | application/xml | http://evil.example/rss   | REFUSED
            billion-laughs.xml | application/xml | http://evil.example/rss   | REFUSED
            truncated.xml      | application/xml | https://eng.belta.by/rss  | PARSE_ERROR
            not-a-feed.html    | text/html       | https://eng.belta.by/rss  | NOT_A_FEED
            """)
    void hostileAndBrokenDocumentsAreRefusedWithAReason(String fixture, String contentType, String base,
                                                        FailureReason reason) {
        assertThatThrownBy(() -> feed(fixture, contentType, base, null))
                .isInstanceOfSatisfying(SourceFailure.class, f -> assertThat(f.reason()).isEqualTo(reason));
    }

    @Test
    void aDocumentNestedDeeperThanAnyFeedIsRefusedWithAReason() {
        // building a tree 30 000 levels deep costs time quadratic in the depth (each element added checks its
        // ancestors): a 10 MB body of nested tags would hold a poll thread for hours
        int depth = 30_000;
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link>"
                + "<description>d</description><item><title>One</title><link>http://x.example/1</link></item><extra>"
                + "<x>".repeat(depth) + "</x>".repeat(depth) + "</extra></channel></rss>";
        assertThatThrownBy(() -> parser.parse(deep.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("http://x.example/feed"), Endpoint.feed(URI.create("http://x.example/feed")), "en", MINSK))
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo(FailureReason.REFUSED);
                    assertThat(f.getMessage()).contains("nests elements deeper than");
                });
    }

    @Test
    void aTinyBodyAndOtherXmlAreRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parse("Bad Gateway".getBytes(StandardCharsets.UTF_8), "text/plain",
                URI.create("https://eng.belta.by/rss"), Endpoint.feed(URI.create("https://eng.belta.by/rss")), "en", MINSK))
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo(FailureReason.EMPTY_BODY);
                    assertThat(f.getMessage()).contains("11 bytes");
                });
        byte[] otherXml = "<?xml version=\"1.0\"?><configuration><property name=\"a\">b</property><x>yyyyyyyyyyyy</x></configuration>".getBytes();
        assertThatThrownBy(() -> parser.parse(otherXml, "application/xml", URI.create("http://x.example/"),
                Endpoint.feed(URI.create("http://x.example/")), "en", MINSK))
                .isInstanceOfSatisfying(SourceFailure.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.NOT_A_FEED));
    }

    @Test
    void sloppyFeedsAreReadLeniently() throws SourceFailure {
        String sloppy = "\n\n  <?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>AT&T news\u0001</title>"
                + "<link>http://x.example/</link><description>d</description>"
                + "<item><title>  Q&A:\n\t\tspaces   &hellip; </title><link>  /a?x=1&y=2  </link>"
                + "<guid isPermaLink=\"false\">  id-42  </guid><pubDate>Mon, 02 Mar 2026 10:00:00 +0100</pubDate></item>"
                + "<item><description>no title, no link, no guid</description></item>"
                + "</channel></rss>";
        ParsedDocument doc = parser.parse(sloppy.getBytes(StandardCharsets.UTF_8), null, URI.create("http://x.example/feed"),
                Endpoint.feed(URI.create("http://x.example/feed")), "en", MINSK);
        assertThat(doc.title()).isEqualTo("AT&T news");
        assertThat(doc.items()).hasSize(1);
        assertThat(doc.skipped()).isEqualTo(1);
        assertThat(doc.items().get(0).title()).isEqualTo("Q&A: spaces …");
        assertThat(doc.items().get(0).link()).isEqualTo("http://x.example/a?x=1&y=2");
        assertThat(doc.items().get(0).guid()).isEqualTo("id-42");
    }

    @Test
    void aCommentBeforeTheXmlDeclarationIsDropped() throws SourceFailure {
        String feed = "<!-- generated by a CMS -->\n<!-- twice -->\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>t</title><link>http://x.example/</link><description>d</description>"
                + "<item><title>One</title><link>http://x.example/1</link></item></channel></rss>";
        ParsedDocument doc = rss(feed);
        assertThat(doc.items()).extracting(ParsedItem::link).containsExactly("http://x.example/1");
    }

    @Test
    void itemsAreFoundWhereverTheyStandAndNestedItemsAreNotItems() throws SourceFailure {
        // raw values come from the same document Rome reads: an item's date and guid stay aligned with its entry
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>http://x.example/</link><description>d</description>"
                + "<item><title>One</title><link>http://x.example/1</link><guid>g-1</guid>"
                + "<pubDate>Mon, 02 Mar 2026 10:00:00 +0100</pubDate><source><item>not an item</item></source></item>"
                + "<item xml:lang=\"be\"><title>Two</title><link>http://x.example/2</link>"
                + "<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2026-03-01T09:00:00+02:00</dc:date></item>"
                + "</channel></rss>";
        ParsedDocument doc = rss(feed);
        assertThat(doc.items()).extracting(ParsedItem::guid).containsExactly("g-1", null);
        assertThat(doc.items()).extracting(ParsedItem::publishedAt).containsExactly(
                OffsetDateTime.parse("2026-03-02T10:00+01:00"), OffsetDateTime.parse("2026-03-01T09:00+02:00"));
        assertThat(doc.items()).extracting(ParsedItem::language).containsExactly("en", "be");
    }

    @Test
    void whenRomeFindsOtherItemsThanTheWalkTheDatesAreRomes() throws SourceFailure {
        // the walk finds the item beside the channel, Rome does not: the items' own dates, given back to Rome, are used
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>http://x.example/</link><description>d</description>"
                + "<item><title>One</title><link>http://x.example/1</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0100</pubDate></item>"
                + "<item><title>Two</title><link>http://x.example/2</link><pubDate>Sun, 01 Mar 2026 09:00:00 +0100</pubDate></item>"
                + "</channel><item><title>Beside</title><link>http://x.example/3</link>"
                + "<pubDate>Sat, 28 Feb 2026 09:00:00 +0100</pubDate></item></rss>";
        ParsedDocument doc = rss(feed);
        assertThat(doc.items()).extracting(ParsedItem::title).containsExactly("One", "Two");
        assertThat(doc.items()).extracting(ParsedItem::publishedAt).containsExactly(
                OffsetDateTime.parse("2026-03-02T09:00Z"), OffsetDateTime.parse("2026-03-01T08:00Z"));
    }

    @Test
    void numericReferencesToForbiddenCharactersAreDroppedLikeTheRawCharacters() throws SourceFailure {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t&#x1F;</title>"
                + "<link>http://x.example/</link><description>d</description>"
                + "<item><title>back&#8;space &#x1f;unit&#0; &#xFFFE;end&#1114112;</title><link>http://x.example/1</link>"
                + "<description>tab&#9;nl&#10;cr&#13;dash&#8212;&#x44F; &amp;#8; &lt;b&gt;</description></item>"
                + "<item><title>raw\u0008control</title><link>http://x.example/2</link>"
                + "<description><![CDATA[cdata &#8;stays text]]></description></item>"
                + "</channel></rss>";
        ParsedDocument doc = rss(feed);
        assertThat(doc.items()).hasSize(2);
        assertThat(doc.items().get(0).title()).isEqualTo("backspace unit end");
        assertThat(doc.items().get(0).summary()).contains("dash\u2014\u044F").contains("tab").contains("cr")
                .doesNotContain("\u0008"); // "&amp;#8;" is the text "&#8;", decoded as HTML: dropped too
        assertThat(doc.items().get(1).title()).isEqualTo("rawcontrol");
        // a description is HTML: its references are decoded after the XML parser, so the same rule applies there
        assertThat(doc.items().get(1).summary()).isEqualTo("cdata stays text");
    }

    @Test
    void nasbListing() throws SourceFailure {
        Endpoint nasb = new Endpoint(SourceType.HTML, URI.create("https://nasb.gov.by/eng/news/"),
                new Selectors("div.news-item", "a[href]", "a[href]", ".date", "p"), Pattern.compile("/eng/news/\\d+/"));
        ParsedDocument doc = parser.parse(bytes("nasb-listing.html"), "text/html", nasb.url(), nasb, "en", MINSK);
        assertThat(doc.items()).extracting(ParsedItem::link).containsExactly(
                "https://nasb.gov.by/eng/news/14755/", "https://nasb.gov.by/eng/news/14751/", "https://nasb.gov.by/eng/news/14740/");
        assertThat(doc.skipped()).isEqualTo(1);
        ParsedItem first = doc.items().get(0);
        assertThat(first.title()).isEqualTo("NASB scientists present an AI-based medical diagnostics system");
        assertThat(first.summary()).isEqualTo("The system was developed at the United Institute of Informatics Problems.");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00+03:00"));
        assertThat(first.publishedRaw()).isEqualTo("04.03.2025");
        assertThat(doc.items().get(1).title()).isEqualTo("Academy hosts a seminar on digital transformation & data");
    }

    @Test
    void presidentAndUndpListings() throws SourceFailure {
        Endpoint president = Endpoint.listing(URI.create("https://president.gov.by/en/events"),
                new Selectors("li.news-card", "a.news-card__title", "a.news-card__title", "time[data-datetime], time[datetime]", ".news-card__text"));
        ParsedDocument p = parser.parse(bytes("president-listing.html"), "text/html; charset=utf-8", president.url(), president, "en", MINSK);
        assertThat(p.items()).hasSize(2);
        assertThat(p.items().get(0).link()).isEqualTo("https://president.gov.by/en/events/meeting-on-the-development-of-artificial-intelligence");
        assertThat(p.items().get(0).publishedAt()).isEqualTo(OffsetDateTime.parse("2025-05-19T10:00+03:00"));

        Endpoint undp = Endpoint.listing(URI.create("https://www.undp.org/belarus/news"),
                new Selectors("div.content-card", "a[href]", "h2, h3, h4, h5", "time, .date, h6", "p"));
        ParsedDocument u = parser.parse(bytes("undp-listing.html"), "text/html", undp.url(), undp, "en", MINSK);
        assertThat(u.items()).extracting(ParsedItem::title).containsExactly("UNDP supports e-government services in Belarus", "Digital skills for youth");
        assertThat(u.items().get(0).publishedAt()).isEqualTo(OffsetDateTime.parse("2020-02-04T00:00+03:00"));
        assertThat(u.items().get(0).summary()).isEqualTo("A new project helps regions provide digital public services.");
    }

    @Test
    void aListingWhoseSelectorsMatchNothingIsAFailureNotAnEmptySuccess() {
        Endpoint changed = Endpoint.listing(URI.create("https://nasb.gov.by/eng/news/"), new Selectors("div.redesigned", null, null, null, null));
        assertThatThrownBy(() -> parser.parse(bytes("nasb-listing.html"), "text/html", changed.url(), changed, "en", MINSK))
                .isInstanceOfSatisfying(SourceFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo(FailureReason.PARSE_ERROR);
                    assertThat(f.getMessage()).contains("div.redesigned").contains("matched nothing");
                });
    }

    /** The feed read as fetched from {@code http://x.example/feed}, a source in English in Minsk's zone. */
    private ParsedDocument rss(String feed) throws SourceFailure {
        return parser.parse(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("http://x.example/feed"), Endpoint.feed(URI.create("http://x.example/feed")), "en", MINSK);
    }
}
