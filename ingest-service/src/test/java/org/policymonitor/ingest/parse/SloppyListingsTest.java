package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long listings written the way old CMSs and hand-made pages write them: {@code <li>}, {@code <p>}, {@code <tr>},
 * {@code <td>}, {@code <dt>}/{@code <dd>} never closed — HTML closes them, and everything left open inside them, when
 * the next one starts — with a {@code <span>}, {@code <font>}, {@code <div>} or the link itself left open in each
 * item. Such pages nest no deeper than a tidy one; {@link HtmlNesting} must not cut them, or every item past the
 * cut is lost without an error.
 */
class SloppyListingsTest {

    private static final URI BASE = URI.create("https://sloppy.example/news/");
    private static final int ITEMS = 400;

    private final DocumentParser parser = new DocumentParser();
    @RegisterExtension
    final GlobalMeters meters = new GlobalMeters();

    static Stream<Arguments> sloppyListings() {
        return Stream.of(
                Arguments.of("list items and their date spans never closed", "li.news",
                        page("<ul>", i -> "<li class=\"news\"><a href=\"/news/" + i + "\">Item " + i
                                + "</a> <span class=\"date\">01.12.2026", "</ul>")),
                Arguments.of("list items and their links never closed", "li.news",
                        page("<ul>", i -> "<li class=\"news\"><a href=\"/news/" + i + "\">Item " + i, "</ul>")),
                Arguments.of("paragraphs and their font never closed", "p.news",
                        page("", i -> "<p class=\"news\"><a href=\"/news/" + i + "\">Item " + i
                                + "</a><br><font color=\"#666666\" size=\"2\">01.12.2026", "")),
                Arguments.of("rows, cells and a div in each never closed", "td.news",
                        page("<table>", i -> "<tr><td class=\"news\"><a href=\"/news/" + i + "\">Item " + i
                                + "</a><td><div class=\"date\">01.12.2026", "</table>")),
                Arguments.of("terms, definitions and a div in each never closed", "dt.news",
                        page("<dl>", i -> "<dt class=\"news\"><a href=\"/news/" + i + "\">Item " + i
                                + "</a><dd><div class=\"lead\">What happened on day " + i, "</dl>")),
                Arguments.of("each item a table in a cell of the page's table, its cells never closed", "td.news",
                        page("<table>", i -> "<tr><td><table width=\"100%\"><tr><td class=\"news\"><a href=\"/news/"
                                + i + "\">Item " + i + "</a><td><font size=\"2\">01.12.2026</table>", "</table>")),
                // a select opens nothing but options: the <b> in each is dropped, each option closes the one before
                Arguments.of("an archive select above the list, a <b> in each option, options never closed", "li.news",
                        page(IntStream.range(0, ITEMS).mapToObj(i -> "<option value=\"" + i + "\"><b>Week " + i)
                                        .collect(Collectors.joining("", "<form><select name=\"week\">",
                                                "</select></form><ul>")),
                                i -> "<li class=\"news\"><a href=\"/news/" + i + "\">Item " + i + "</a>", "</ul>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sloppyListings")
    void everyItemOfALongSloppyListingIsRead(String shape, String itemSelector, String page) throws Exception {
        Endpoint endpoint = new Endpoint(SourceType.HTML, BASE, new Selectors(itemSelector, null, null, null, null),
                null);

        ParsedDocument document = parser.parse(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                BASE, endpoint, "en", ZoneId.of("UTC"));

        assertThat(document.items()).as(shape).hasSize(ITEMS);
        assertThat(document.items().get(ITEMS - 1).link()).isEqualTo("https://sloppy.example/news/" + (ITEMS - 1));
        assertThat(meters.count(HtmlNesting.METRIC, "where", "page")).as("cuts").isZero();
    }

    private static String page(String open, IntFunction<String> item, String close) {
        return "<html><head><title>News</title></head><body><div id=\"content\"><h1>News</h1>" + open
                + IntStream.range(0, ITEMS).mapToObj(item).collect(Collectors.joining("\n"))
                + close + "</div><div id=\"footer\">© Sloppy</div></body></html>";
    }
}
