package org.policymonitor.ingest.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.ingest.Fixtures;
import org.policymonitor.testing.Deadlines;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Main text of pages in the shapes of the shipped sites' article pages: the article in, the page furniture out. */
class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    static Stream<Arguments> shippedSites() {
        return Stream.of(
                Arguments.of("belta-article.html", "https://eng.belta.by/president/view/lukashenko-signs-decree-140000-2021/",
                        List.of("MINSK, 17 June (BelTA) – Belarusian President Aleksandr Lukashenko has signed Decree No. 236",
                                "taxation of IT companies that export software development services.",
                                "including convertible loans and option agreements",
                                "The decree comes into force three months after its official publication."),
                        List.of("Share on Facebook", "Other news of the rubric", "Lukashenko meets with Minsk Oblast",
                                "Most read", "Potash exports", "All rights reserved", "uses cookies", "Subscribe",
                                "Economics", "dataLayer", "counter", "Search")),
                Arguments.of("president-article.html", "https://president.gov.by/ru/events/soveshchanie-po-obrazovaniyu",
                        List.of("Президент Беларуси Александр Лукашенко 19 мая провел совещание",
                                "«Школа должна давать знания, а не просто занимать детей.",
                                "повышению заработной платы учителей с 1 сентября.",
                                "внести предложения по изменению Кодекса об образовании."),
                        List.of("Поделиться", "ВКонтакте", "Другие события", "Встреча с губернатором",
                                "ул. К.Маркса", "cookie", "Обращения граждан", "Главная")),
                Arguments.of("nasb-article.html", "https://nasb.gov.by/eng/news/14755/",
                        List.of("The Institute of Microbiology of the National Academy of Sciences of Belarus has developed",
                                "The yield of winter wheat increased by 8 to 12 percent",
                                "will be produced at the pilot plant of the Institute from the second quarter of 2025."),
                        List.of("About the Academy", "International cooperation", "Other news",
                                "NASB and the Chinese Academy", "Nezavisimosti Ave", "Back to the news list",
                                "_gaq", "Sitemap")),
                Arguments.of("undp-article.html", "https://www.undp.org/belarus/press-releases/belarus-launches-national-platform-green-jobs",
                        List.of("Minsk, 20 November 2026 – The United Nations Development Programme in Belarus",
                                "funded by the European Union.",
                                "Training for young people",
                                "for people over fifty who want to change their profession.",
                                "“Green jobs are where the economy of the next decade grows,” said the UNDP"),
                        List.of("cookies", "Facebook", "LinkedIn", "Related news", "Solar power for rural schools",
                                "Procurement", "Privacy policy", "Our focus", "© 2026")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSites")
    void keepsTheArticleAndLeavesOutThePageFurniture(String fixture, String url, List<String> kept,
                                                     List<String> leftOut) {
        MainTextExtractor.Result result = extractor.extract(html(fixture), url, null);

        assertThat(result.found()).as(result.problem()).isTrue();
        String text = result.text();
        System.out.println("---- " + fixture + " ----\n" + text);
        for (String k : kept) {
            assertThat(text).contains(k);
        }
        for (String l : leftOut) {
            assertThat(text).doesNotContainIgnoringCase(l);
        }
        assertThat(text).doesNotContain("<", "&nbsp;", "&laquo;", "  ");
        // paragraphs of the page stay paragraphs: separated by exactly one blank line
        assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(kept.size());
        assertThat(text).doesNotContain("\n\n\n");
    }

    @Test
    void aContentSelectorReplacesTheGenericExtraction() {
        MainTextExtractor.Result result = extractor.extract(html("president-article.html"),
                "https://president.gov.by/ru/events/x", "section.page-details__content, ul.tag-list");

        // every match, in document order (the tags stand before the text on the page)
        assertThat(result.text()).startsWith("образование\n\nсовещания\n\nПрезидент Беларуси Александр Лукашенко 19 мая")
                .endsWith("внести предложения по изменению Кодекса об образовании.")
                .doesNotContain("Поделиться", "Другие события");
    }

    @Test
    void aContentSelectorThatMatchesNothingSaysSo() {
        MainTextExtractor.Result result = extractor.extract(html("belta-article.html"), "https://eng.belta.by/x",
                "div.article-body");

        assertThat(result.found()).isFalse();
        assertThat(result.problem()).isEqualTo("the content selector 'div.article-body' matched nothing on the page");
    }

    @Test
    void markupOnlyChangesGiveTheSameText() {
        String before = "<html><body><nav><a href=/>Home</a></nav><article><h1>Title</h1>"
                + "<p>The Council of Ministers adopted resolution No. 12 on the budget of the Republic for 2027 and the"
                + " following two years, after a discussion with the regions.</p>"
                + "<p>It enters into force on 1 January 2027 and replaces the resolution adopted in December last year"
                + " by the Council.</p></article><footer>Views: 120</footer></body></html>";
        String after = "<html><body class=\"v2\"><nav><a href=/ class=x>Home</a><a href=/news>News</a></nav>"
                + "<article data-id=\"7\"><h1>Title</h1>\n  <p class=\"lead\">The <b>Council</b> of&nbsp;Ministers"
                + " adopted resolution <span>No.</span>&#32;12 on the budget of the Republic for 2027 and the\n"
                + "     following two years, after a discussion with the regions.</p>\n"
                + "<!-- ad slot --><div class=\"advert\">Buy now</div>"
                + "<p>It enters into force on 1&#160;January 2027 and replaces the resolution adopted in December last"
                + " year by the Council.</p></article><footer>Views: 4711</footer></body></html>";

        String a = extractor.extract(before, "https://gov.example/a", null).text();
        String b = extractor.extract(after, "https://gov.example/a", null).text();

        assertThat(b).isEqualTo(a);
        assertThat(a).contains("The Council of Ministers adopted resolution No. 12")
                .doesNotContain("Views", "Buy now", "Home");
    }

    @Test
    void hostilePagesAreReadOrRefusedQuickly() {
        String paragraph = "<p>The Ministry of Foreign Affairs published a statement on the negotiations held in Minsk"
                + " this week with a delegation of the European Commission.</p>";
        String deep = "<html><body>" + "<div>".repeat(100_000) + paragraph + "</div>".repeat(100_000) + "</body></html>";
        String scripts = "<html><body><article>" + paragraph
                + "<script>" + "while(true){};document.write('<p>injected text from a script</p>');".repeat(20_000)
                + "</script><style>p{color:red}</style><p onclick=\"alert(1)\">Second paragraph of the statement, "
                + "long enough to count as text of the article itself.</p></article></body></html>";
        String unclosed = "<html><body><article>" + paragraph + "<p><b><i><u>".repeat(20_000) + "tail</article>";

        // unguarded, the deep page alone took minutes. Bounded by the CPU time the three pages take (about a second),
        // not by the wall clock: a loaded machine (load 70) stretched that second to 31 s. The wall-clock deadline
        // only stops a page that never ends
        Duration cpu = assertTimeoutPreemptively(Deadlines.ARRIVES, () -> {
            long started = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            MainTextExtractor.Result d = extractor.extract(deep, "https://gov.example/deep", null);
            assertThat(d.found()).isFalse();
            assertThat(d.problem()).isEqualTo("the page is nested more than 128 elements deep: not read");
            MainTextExtractor.Result u = extractor.extract(unclosed, "https://gov.example/unclosed", null);
            assertThat(u.found()).isFalse();
            assertThat(u.problem()).contains("not read");
            MainTextExtractor.Result s = extractor.extract(scripts, "https://gov.example/scripts", null);
            assertThat(s.text()).contains("published a statement", "Second paragraph of the statement")
                    .doesNotContain("injected", "while", "color", "alert");
            return Duration.ofNanos(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - started);
        });
        assertThat(cpu).as("CPU time to read or refuse the three pages").isLessThan(Duration.ofSeconds(15));
    }

    private static String html(String fixture) {
        return new String(Fixtures.bytes("articles/" + fixture), StandardCharsets.UTF_8);
    }
}
