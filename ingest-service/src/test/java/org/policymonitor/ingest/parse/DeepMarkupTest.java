package org.policymonitor.ingest.parse;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Markup nested tens of thousands of levels deep — 80 000 tables, each opened inside the last — costs jsoup time
 * quadratic in the nesting (past its depth limit it prunes the stack and searches its list of formatting elements
 * each time): 7–48 s for one 1.3 MB description on the build machine (by its load), a poll stalled that long. Such
 * HTML is cut where its nesting passes what any page uses, the text before it kept, and the cut counted and logged.
 */
class DeepMarkupTest {

    private static final URI BASE = URI.create("https://hostile.example/news");
    private static final String NESTED_TABLES = "<table><tr><td>deeper".repeat(80_000);

    private final DocumentParser parser = new DocumentParser();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void meters() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void noMeters() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void aDescriptionNestedTensOfThousandsDeepIsCutAndReadQuickly() {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://hostile.example/</link><description>d</description>"
                + "<item><title>Hostile</title><link>https://hostile.example/1</link><description><![CDATA[<p>Before the tables."
                + NESTED_TABLES + "]]></description></item>"
                + "<item><title>Plain</title><link>https://hostile.example/2</link><description>Fine.</description></item>"
                + "</channel></rss>";
        ParsedDocument document = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parser.parse(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE,
                        Endpoint.feed(BASE), "en", ZoneId.of("UTC")));
        assertThat(document.items()).extracting(ParsedItem::title).containsExactly("Hostile", "Plain");
        assertThat(document.items().get(0).summary()).startsWith("Before the tables.").contains("deeper");
        assertThat(document.items().get(1).summary()).isEqualTo("Fine.");
        assertThat(registry.counter(HtmlNesting.METRIC, "where", "description").count()).isEqualTo(1);
    }

    @Test
    void aListingPageNestedTensOfThousandsDeepKeepsTheItemsBeforeTheNesting() {
        String page = "<html><body><ul>"
                + "<li class=\"news\"><a href=\"/a/1\">First item of the page</a></li>"
                + "<li class=\"news\"><a href=\"/a/2\">Second item of the page</a></li>"
                + "</ul><div>" + NESTED_TABLES + "</div></body></html>";
        Endpoint endpoint = new Endpoint(SourceType.HTML, BASE, new Selectors("li.news", null, null, null, null), null);
        ParsedDocument document = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parser.parse(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", BASE, endpoint,
                        "en", ZoneId.of("UTC")));
        assertThat(document.items()).extracting(ParsedItem::link)
                .containsExactly("https://hostile.example/a/1", "https://hostile.example/a/2");
        assertThat(registry.counter(HtmlNesting.METRIC, "where", "page").count()).isEqualTo(1);
    }

    @Test
    void ordinaryMarkupIsLeftWhole() {
        String html = "<div><p>One <b>two <i>three</i></b><p>four<ul><li>five<li>six</ul>"
                + "<script>if (a < b) { document.write('<div><div><div>'); }</script>"
                + "<!-- <div><div> --><br><img src=x><table><tr><td>seven<td>eight</table></div>";
        assertThat(HtmlNesting.cut(html, "description")).isSameAs(html);
        String nested = "<div>".repeat(HtmlNesting.MAX_DEPTH) + "deep" + "</div>".repeat(HtmlNesting.MAX_DEPTH);
        assertThat(HtmlNesting.cut(nested, "description")).as("as deep as allowed").isSameAs(nested);
        String deeper = "<div>".repeat(HtmlNesting.MAX_DEPTH + 1) + "too deep";
        assertThat(HtmlNesting.cut(deeper, "description")).isEqualTo("<div>".repeat(HtmlNesting.MAX_DEPTH));
    }
}
