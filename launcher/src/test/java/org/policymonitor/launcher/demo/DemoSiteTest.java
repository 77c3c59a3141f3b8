package org.policymonitor.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.SettableClock;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo site as the ingest service sees it: feeds Rome can read, listings the catalogue's selectors can read. */
class DemoSiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private DemoSite site;

    @BeforeEach
    void start() {
        site = DemoSite.start(0, clock, DemoItems.all()); // a port the system gives when it binds: no race for it
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void theEnglishFeedIsRss20ThatRomeReadsAndANewItemAppearsLater() throws Exception {
        HttpResponse<String> first = get(site.baseUrl() + DemoSource.BELTA_EN.path(), null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("rss+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(first.body()));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).contains("CIS to consider model law on artificial intelligence drafted with Belarus' participation")
                .doesNotContain("Belarus approves national standard for testing artificial intelligence systems");
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(entry.getLink()).startsWith(site.baseUrl() + "/belta/en/").endsWith("-2026/");
        assertThat(entry.getPublishedDate()).isNotNull();
        assertThat(first.body()).contains("+0300</pubDate>").contains("<![CDATA[<p>");

        // a poller that sends the ETag back is told nothing changed
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(site.baseUrl() + DemoSource.BELTA_EN.path(), etag).statusCode()).isEqualTo(304);
        DemoItem upcoming = site.upcomingItems().stream().filter(i -> i.source() == DemoSource.BELTA_EN).findFirst().orElseThrow();
        assertThat(get(site.baseUrl() + upcoming.path(), null).statusCode()).isEqualTo(404);
        assertThat(site.untilAppears(upcoming)).isEqualTo(upcoming.appearsAfter());

        clock.advance(upcoming.appearsAfter().plusSeconds(1));

        HttpResponse<String> later = get(site.baseUrl() + DemoSource.BELTA_EN.path(), etag);
        assertThat(later.statusCode()).isEqualTo(200);
        SyndFeed updated = new SyndFeedInput().build(new StringReader(later.body()));
        assertThat(updated.getEntries().get(0).getTitle()).isEqualTo(upcoming.title());
        assertThat(updated.getEntries().get(0).getPublishedDate().toInstant()).isBefore(clock.instant());
        HttpResponse<String> article = get(site.baseUrl() + upcoming.path(), null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(article.body()).selectFirst("h1").text()).isEqualTo(upcoming.title());
    }

    @Test
    void everyCatalogueEntryReadsAllVisibleItemsWithItsSelectors() throws Exception {
        JsonNode catalogue = YAML.readTree(DemoCatalogue.yaml(site.baseUrl(), Duration.ofSeconds(10)));
        assertThat(catalogue.get("version").asInt()).isEqualTo(1);
        assertThat(catalogue.get("sources")).hasSize(DemoSource.values().length);
        for (JsonNode source : catalogue.get("sources")) {
            DemoSource demo = DemoSource.valueOf(source.get("id").asText().toUpperCase().replace('-', '_'));
            long visible = site.visibleItems().stream().filter(i -> i.source() == demo).count();
            assertThat(visible).as(demo.id()).isGreaterThanOrEqualTo(2);
            assertThat(source.get("pollInterval").asText()).isEqualTo("PT10S");
            if ("rss".equals(source.get("type").asText())) {
                SyndFeed feed = new SyndFeedInput().build(new StringReader(get(source.get("url").asText(), null).body()));
                assertThat(feed.getEntries()).as(demo.id()).hasSize((int) visible);
                assertThat(readListing(source.get("fallback"), source.get("fallback").get("url").asText()))
                        .as(demo.id() + " fallback").hasSize((int) visible);
            } else {
                assertThat(readListing(source, source.get("url").asText())).as(demo.id()).hasSize((int) visible);
            }
        }
    }

    /** Applies a catalogue entry's selectors the way the ingest service does; checks every field is there. */
    private List<String> readListing(JsonNode entry, String url) throws Exception {
        Document doc = Jsoup.parse(get(url, null).body(), url);
        JsonNode sel = entry.get("selectors");
        Pattern linkPattern = entry.has("linkPattern") ? Pattern.compile(entry.get("linkPattern").asText()) : null;
        List<Element> items = doc.select(sel.get("item").asText());
        for (Element item : items) {
            Element link = item.selectFirst(sel.get("link").asText());
            assertThat(link).as("link in " + item).isNotNull();
            String href = link.absUrl("href");
            if (linkPattern != null) {
                assertThat(linkPattern.matcher(href).find()).as(href).isTrue();
            }
            Element title = item.selectFirst(sel.get("title").asText());
            assertThat(title.text()).isNotBlank();
            Element date = item.selectFirst(sel.get("date").asText());
            assertThat(date).as("date in " + item).isNotNull();
            assertThat(date.hasAttr("data-datetime") || date.hasAttr("datetime") || !date.text().isBlank()).isTrue();
            assertThat(item.selectFirst(sel.get("lead").asText()).text()).isNotBlank();
            HttpResponse<String> article = get(href, null);
            assertThat(article.statusCode()).as(href).isEqualTo(200);
            assertThat(Jsoup.parse(article.body()).selectFirst("h1").text()).isEqualTo(title.text());
        }
        return items.stream().map(Element::text).toList();
    }

    @Test
    void testsCanPublishAnItemNowAndTakeASourceDown() throws Exception {
        DemoItem fresh = new DemoItem(DemoSource.UNDP_BELARUS, 4000, "fresh-item", "A fresh item about personal data",
                "Lead of the fresh item.", "Body.", "news", Duration.ofHours(5), Duration.ofMinutes(2));
        site.publish(fresh);
        String listing = get(site.baseUrl() + DemoSource.UNDP_BELARUS.path(), null).body();
        assertThat(Jsoup.parse(listing).select("div.content-card h4").eachText()).first().isEqualTo(fresh.title());
        assertThat(get(site.baseUrl() + fresh.path(), null).statusCode()).isEqualTo(200);

        site.takeDown(DemoSource.BELTA_EN);
        assertThat(get(site.baseUrl() + DemoSource.BELTA_EN.path(), null).statusCode()).isEqualTo(404);
        assertThat(get(site.baseUrl() + DemoSource.BELTA_EN.fallbackPath(), null).statusCode()).isEqualTo(404);
        assertThat(get(site.baseUrl() + DemoSource.BELTA_RU.path(), null).statusCode()).isEqualTo(200);
        site.bringBack(DemoSource.BELTA_EN);
        assertThat(get(site.baseUrl() + DemoSource.BELTA_EN.path(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theDemoCatalogueUsesOnlyFieldsOfTheShippedCatalogue() throws Exception {
        Path shipped = Path.of("..", "ingest-service", "src", "main", "resources", "sources.yaml");
        Set<String> shippedFields = fields(YAML.readTree(Files.readString(shipped)), "");
        Set<String> demoFields = fields(YAML.readTree(DemoCatalogue.yaml(site.baseUrl(), Duration.ofSeconds(10))), "");
        assertThat(shippedFields).containsAll(demoFields);
    }

    @Test
    void contentComesInEnglishRussianAndBelarusianAndSomeOfItArrivesWhileTheDemoRuns() {
        List<DemoItem> all = DemoItems.all();
        assertThat(all).extracting(i -> i.source().language()).contains("en", "ru", "be");
        assertThat(all).filteredOn(i -> !i.appearsAfter().isZero()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(i -> assertThat(i.appearsAfter()).isLessThanOrEqualTo(Duration.ofMinutes(2)));
        Set<String> paths = new HashSet<>();
        assertThat(all).allSatisfy(i -> assertThat(paths.add(i.path())).as("unique link " + i.path()).isTrue());
    }

    private static Set<String> fields(JsonNode node, String prefix) {
        Set<String> out = new HashSet<>();
        if (node.isArray()) {
            node.forEach(child -> out.addAll(fields(child, prefix + "[]")));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(prefix + "." + e.getKey());
                out.addAll(fields(e.getValue(), prefix + "." + e.getKey()));
            }
        }
        return out;
    }

    private static HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
