package org.policymonitor.ingest.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.ingest.article.ArticleText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policymonitor.events.DiffChunk.Op.DELETE;
import static org.policymonitor.events.DiffChunk.Op.EQUAL;
import static org.policymonitor.events.DiffChunk.Op.INSERT;

class ChangeDetectionTest {

    static final String TEXT = "The Council of Ministers allocated 5 million roubles to the national AI centre.\n\n"
            + "The centre opens in 2027.";

    final ChangeDetector detector = new ChangeDetector(new WordDiff(3));
    final ChangeDetector.Current published = new ChangeDetector.Current(TEXT, ArticleTexts.hash(TEXT), false, 0);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same text                           | The Council of Ministers allocated 5 million roubles to the national AI centre.\\n\\nThe centre opens in 2027.
            one paragraph break less                | The Council of Ministers allocated 5 million roubles to the national AI centre. The centre opens in 2027.
            spaces, tabs and line breaks            | The  Council of\\tMinisters allocated 5 million\\nroubles to the national AI centre.   The centre opens in 2027.\\n
            non-breaking and zero-width spaces      | The Council of Ministers allocated 5\u00A0million roubles to the national\u200B AI centre. The centre opens in 2027.
            """)
    void whitespaceOnlyDifferencesAreNotEdits(String what, String text) {
        ChangeDetector.Decision d = detector.decide(published, ArticleText.text(200, text.replace("\\n", "\n")
                .replace("\\t", "\t")));
        assertThat(d.changed()).as(what).isFalse();
        assertThat(d.republish()).isFalse();
    }

    @Test
    void otherWordsAreAnEditWithAWordDiffAndTheItemGoesToTheClassifierAgain() {
        String edited = TEXT.replace("5 million", "7 million");
        ChangeDetector.Decision d = detector.decide(published, ArticleText.text(200, edited));
        assertThat(d.change()).isEqualTo(ChangeKind.EDITED);
        assertThat(d.republish()).isTrue();
        assertThat(d.text()).isEqualTo(edited);
        assertThat(d.hash()).isEqualTo(ArticleTexts.hash(edited)).isNotEqualTo(published.lastHash());
        assertThat(d.diff()).containsExactly(
                new DiffChunk(EQUAL, "… of Ministers allocated"),
                new DiffChunk(DELETE, "5"),
                new DiffChunk(INSERT, "7"),
                new DiffChunk(EQUAL, "million roubles to …"));
    }

    /** What the archive does over a sequence of re-checks (T = text, T' = other text, G = 404/410, U = unavailable). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "T,         ''",
            "U,         ''",
            "G,         ''",
            "G T,       ''",
            "G U G,     removed",       // unavailable tells nothing: still two 404s in a row
            "G G,       removed",
            "G G G,     removed",       // removed once, not again
            "G G T,     removed restored",
            "G G T',    removed restored",
            "T' G G T', edited removed restored",
            "G T G,     ''",            // a page that came back in between was not removed
            "U U U,     ''"})
    void sequencesOfRechecks(String seen, String expected) {
        String other = TEXT + " A paragraph was added.";
        ChangeDetector.Current c = published;
        StringBuilder changes = new StringBuilder();
        for (String s : seen.split(" ")) {
            ArticleText fetched = switch (s) {
                case "T" -> ArticleText.text(200, TEXT);
                case "T'" -> ArticleText.text(200, other);
                case "G" -> ArticleText.gone(404);
                default -> ArticleText.unavailable(503, "HTTP 503");
            };
            ChangeDetector.Decision d = detector.decide(c, fetched);
            if (d.changed()) {
                changes.append(changes.isEmpty() ? "" : " ").append(d.change().wire());
            }
            c = d.text() != null ? new ChangeDetector.Current(d.text(), d.hash(), d.removed(), d.consecutiveGone())
                    : new ChangeDetector.Current(c.lastText(), c.lastHash(), d.removed(), d.consecutiveGone());
        }
        assertThat(changes.toString()).isEqualTo(expected);
    }

    @Test
    void aRestoredPageWithTheSameTextHasNoDiffAndIsNotClassifiedAgainButOneWithOtherWordsIs() {
        ChangeDetector.Current removed = new ChangeDetector.Current(TEXT, ArticleTexts.hash(TEXT), true, 2);
        ChangeDetector.Decision same = detector.decide(removed, ArticleText.text(200, TEXT));
        assertThat(same.change()).isEqualTo(ChangeKind.RESTORED);
        assertThat(same.diff()).isEmpty();
        assertThat(same.republish()).isFalse();
        assertThat(same.removed()).isFalse();
        assertThat(same.consecutiveGone()).isZero();

        ChangeDetector.Decision other = detector.decide(removed, ArticleText.text(200, "The centre opens in 2028."));
        assertThat(other.change()).isEqualTo(ChangeKind.RESTORED);
        assertThat(other.republish()).isTrue();
        assertThat(other.diff()).extracting(DiffChunk::op).contains(DELETE, INSERT);
    }
}
