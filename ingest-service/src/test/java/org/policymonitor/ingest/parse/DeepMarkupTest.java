package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceType;
import org.policymonitor.testing.Deadlines;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The cut work took at most 0.32 s of CPU each (measured at load 46); the nesting uncut costs jsoup seconds. */
    private static final Duration CPU_BOUND = Duration.ofSeconds(2);

    private final DocumentParser parser = new DocumentParser();
    @RegisterExtension
    final GlobalMeters meters = new GlobalMeters();

    /**
     * Quickly in CPU time, which the machine's load does not stretch: until 6 December 2026 these tests gave the work 5 s
     * of wall-clock time, and at load 23 one of them took 3.9 s of it (a pause of 5.5 s injected before a parse failed
     * it with "execution timed out after 5000 ms"). The wall-clock deadline only stops work that never ends.
     */
    private static <T> T quickly(ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(Deadlines.ARRIVES, () -> {
            long started = THREADS.getCurrentThreadCpuTime();
            T result = work.get();
            Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - started);
            assertThat(cpu).as("CPU time (the nesting uncut costs jsoup seconds)").isLessThan(CPU_BOUND);
            return result;
        });
    }

    @Test
    void aDescriptionNestedTensOfThousandsDeepIsCutAndReadQuickly() {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://hostile.example/</link><description>d</description>"
                + "<item><title>Hostile</title><link>https://hostile.example/1</link><description><![CDATA[<p>Before the tables."
                + NESTED_TABLES + "]]></description></item>"
                + "<item><title>Plain</title><link>https://hostile.example/2</link><description>Fine.</description></item>"
                + "</channel></rss>";
        ParsedDocument document = quickly(() -> parser.parse(feed.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", BASE, Endpoint.feed(BASE), "en", ZoneId.of("UTC")));
        assertThat(document.items()).extracting(ParsedItem::title).containsExactly("Hostile", "Plain");
        assertThat(document.items().get(0).summary()).startsWith("Before the tables.").contains("deeper");
        assertThat(document.items().get(1).summary()).isEqualTo("Fine.");
        assertThat(meters.count(HtmlNesting.METRIC, "where", "description")).isEqualTo(1);
    }

    @Test
    void aListingPageNestedTensOfThousandsDeepKeepsTheItemsBeforeTheNesting() {
        String page = "<html><body><ul>"
                + "<li class=\"news\"><a href=\"/a/1\">First item of the page</a></li>"
                + "<li class=\"news\"><a href=\"/a/2\">Second item of the page</a></li>"
                + "</ul><div>" + NESTED_TABLES + "</div></body></html>";
        Endpoint endpoint = new Endpoint(SourceType.HTML, BASE, new Selectors("li.news", null, null, null, null), null);
        ParsedDocument document = quickly(() -> parser.parse(page.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", BASE, endpoint, "en", ZoneId.of("UTC")));
        assertThat(document.items()).extracting(ParsedItem::link)
                .containsExactly("https://hostile.example/a/1", "https://hostile.example/a/2");
        assertThat(meters.count(HtmlNesting.METRIC, "where", "page")).isEqualTo(1);
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

    /**
     * Nesting the first count missed (it took {@code <div/>} for an empty element and skipped what is in
     * {@code noscript}, {@code optgroup} and {@code rt}, as if their end tags were implied): 4–15 s of jsoup each.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<div/>", "<optgroup>x", "<rt>x", "<span><noscript>"})
    void nestingThatLooksClosedOrImpliedIsCutToo(String repeated) {
        String description = "<p>Before." + repeated.repeat(80_000);
        String kept = quickly(() -> {
            String cut = HtmlNesting.cut(description, "description");
            Jsoup.parseBodyFragment(cut);
            return cut;
        });
        assertThat(kept).startsWith("<p>Before.").hasSizeLessThan(description.length());
        assertThat(meters.count(HtmlNesting.METRIC, "where", "description")).isEqualTo(1);
    }

    /**
     * What the cut protects is jsoup's own stack: the depth followed here must never be less than the depth jsoup
     * builds of the same markup — sloppy or misnested as it may be — or hostile markup could pass under the limit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<div/>", "<b><div></b>x</div>", "<optgroup>", "<rt>", "<div><table><tr><td></div>",
            "<p><b>x<p>", "<svg><g/><g>", "<span/>", "<tr><td>", "<a href=1>x<div>y</a>", "<noscript><div>",
            "<ul><li><font color=%d>x", "<ul><li><a href=/%d>x", "<p>Before<table><tr><td>deeper",
            "<table><tr><td><font a=1>x</table>", "<b><p>x</b></p>", "<select><option><b>x", "<ruby><rb>x<rt>y",
            "<dl><dt><div>x<dd><span>y", "<a><b><a><b>x", "<nobr><div><nobr>x", "<h1><h2><h3>x", "<form><div></form>",
            "<button><div><button>", "<table><caption><div><tr><td>x", "<object><b>x</object>",
            "<i><table><tr><td>x</i>", "<template><div>", "<font color=1><font color=2><font color=3><p>x",
            "<ul><li><b>x</ul>", "<table><div><table>", "<s><u><p></s></u>x", "<li><span class=date>%d",
            "<p><font size=%d>x", "<table><tr><td><div>x<td><span>%d", "<dt>x<dd><div class=lead>%d",
            "<select><option><b>x</b>", "<select><optgroup><option><b>x", "<b><select><option>x<div>y",
            "<table><tr><td><select><option><b>x<td>y", "<select><option><table><tr><td>x",
            "<select><option><script>x</script><b>y", "<select><template><div>x", "<select><textarea>x</textarea><div>",
            "<select><option><input><div>", "<select><option>x</select><b>y", "<select><optgroup><option></optgroup>x",
            "<table><tr><td><select><option>x</td><div>y", "<b><select><option>x</select>y"})
    void theDepthFollowedIsNeverLessThanJsoupBuilds(String repeated) {
        String html = IntStream.range(0, 60).mapToObj(i -> repeated.replace("%d", Integer.toString(i)))
                .collect(Collectors.joining());
        int jsoup = Math.max(nesting(Jsoup.parseBodyFragment(html).body()), nesting(Jsoup.parse(html).body()));
        assertThat(HtmlNesting.depth(html)).as(html).isGreaterThanOrEqualTo(jsoup);
    }

    /** How many elements below this one are open around its deepest content (an empty leaf is not held open). */
    private static int nesting(Element element) {
        int deepest = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof Element inner && inner.childNodeSize() > 0) {
                deepest = Math.max(deepest, 1 + nesting(inner));
            }
        }
        return deepest;
    }
}
