package org.policymonitor.alert.console.html;

import org.junit.jupiter.api.Test;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceHighlighterTest {

    private static Tag tag(String theme, Evidence... evidence) {
        return new Tag(theme, List.of(theme + ".r"), List.of(evidence));
    }

    @Test
    void marksTheEvidenceByItsOffsetsAndEscapesEverythingElse() {
        String title = "<i>СНГ</i> разрабатывает модельный закон об ИИ";
        int start = title.indexOf("модельный закон");
        String html = EvidenceHighlighter.highlight(title, "title",
                List.of(tag("ai-law", new Evidence("title", "модельный закон", start, start + 15, "ai-law.model-law"))));
        assertThat(html).isEqualTo("&lt;i&gt;СНГ&lt;/i&gt; разрабатывает <mark title=\"ai-law · ai-law.model-law\">модельный закон</mark> об ИИ");
    }

    @Test
    void onlyTheEvidenceOfThatFieldIsMarked() {
        String html = EvidenceHighlighter.highlight("AI law", "summary",
                List.of(tag("ai-law", new Evidence("title", "AI law", 0, 6, "r"))));
        assertThat(html).isEqualTo("AI law");
    }

    @Test
    void overlappingEvidenceBecomesOneMarkWithBothReasons() {
        String text = "закон об искусственном интеллекте";
        String html = EvidenceHighlighter.highlight(text, "title", List.of(
                tag("ai-law", new Evidence("title", "закон об искусственном", 0, 22, "law")),
                tag("artificial-intelligence", new Evidence("title", "искусственном интеллекте", 9, 33, "ai"))));
        assertThat(html).isEqualTo("<mark title=\"ai-law · law, artificial-intelligence · ai\">закон об искусственном интеллекте</mark>");
    }

    @Test
    void staleOffsetsFallBackToTheMatchedTextAndUnplaceableEvidenceIsSkipped() {
        String text = "Новый текст: штучны інтэлект";
        String html = EvidenceHighlighter.highlight(text, "summary", List.of(
                tag("artificial-intelligence", new Evidence("summary", "штучны інтэлект", 0, 15, "ai-be")),
                tag("ai-law", new Evidence("summary", "закон", 100, 105, "law")),
                tag("x", new Evidence("summary", "\"><script>", -1, 4, "evil"))));
        assertThat(html).isEqualTo("Новый текст: <mark title=\"artificial-intelligence · ai-be\">штучны інтэлект</mark>");
    }

    /**
     * A title with letters whose lower case is longer than they are (Turkish İ lower-cases to i + a combining dot):
     * the evidence looked up by its words was placed by its position in the lower-cased text, so the mark fell on
     * the wrong letters, or past the end of the title — an exception, and the inbox failed.
     */
    @Test
    void evidenceLookedUpByItsWordsIsPlacedRightAfterLettersWhoseLowerCaseIsLonger() {
        String text = "İİİ İSTANBUL: AI law";
        String html = EvidenceHighlighter.highlight(text, "title", List.of(
                tag("ai-law", new Evidence("title", "ai law", 100, 106, "law"))));
        assertThat(html).isEqualTo("İİİ İSTANBUL: <mark title=\"ai-law · law\">AI law</mark>");
        assertThat(EvidenceHighlighter.highlight("İİİİİİİİ law", "title", List.of(
                tag("ai-law", new Evidence("title", "law", -1, 2, "law")))))
                .isEqualTo("İİİİİİİİ <mark title=\"ai-law · law\">law</mark>");
    }

    @Test
    void rulesAreEscapedInTheTooltipAndEmptyTextGivesNothing() {
        String html = EvidenceHighlighter.highlight("AI", "title", List.of(tag("t", new Evidence("title", "AI", 0, 2, "\"><b>"))));
        assertThat(html).isEqualTo("<mark title=\"t · &quot;&gt;&lt;b&gt;\">AI</mark>");
        assertThat(EvidenceHighlighter.highlight(null, "title", List.of())).isEmpty();
    }
}
