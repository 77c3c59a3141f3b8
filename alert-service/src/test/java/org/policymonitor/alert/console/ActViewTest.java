package org.policymonitor.alert.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.alert.act.ActReference;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How acts are named and linked on console pages. */
class ActViewTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            decree:135                    | decree     | 135    | Decree No. 135
            law:99                        | law        | 99-Z   | Law No. 99-Z
            law:personal-data-protection  | law        | null   | Law on personal data protection
            resolution:123                | resolution | 123    | Resolution No. 123
            directive:1                   | directive  | 1      | Directive No. 1
            treaty:7                      | treaty     | 7      | treaty:7
            """)
    void namesAnActAsAnAnalystWouldSayIt(String id, String kind, String number, String label) {
        assertThat(ActView.label(id, kind, number)).isEqualTo(label);
    }

    /** An act's other names on its page are known by id only; each is named by its own kind, not the page's act. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            law:87                        | Law No. 87
            law:artificial-intelligence   | Law on artificial intelligence
            decree:135                    | Decree No. 135
            no-colon                      | no-colon
            """)
    void anActKnownOnlyByItsIdIsNamedByItsOwnKind(String id, String label) {
        assertThat(ActView.named(id).label()).isEqualTo(label);
        assertThat(ActView.named(id).href()).isEqualTo(ConsoleLinks.act(id));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            decree:135                     | /console/acts/decree:135
            law:personal-data-protection   | /console/acts/law:personal-data-protection
            law:../../api/items?x=1#y      | /console/acts/law:..%2F..%2Fapi%2Fitems%3Fx%3D1%23y
            закон:1                        | /console/acts/%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD:1
            """)
    void anIdIsOnePathSegmentWhateverItContains(String id, String href) {
        assertThat(ConsoleLinks.act(id)).isEqualTo(href);
    }

    @Test
    void anItemNamingAnActTwiceListsItOnceWithBothMentionsAndTheDate() {
        LocalDate day = LocalDate.of(2025, 3, 12);
        List<ActView> acts = ActView.of(List.of(
                new ActReference("decree:135", "decree", "135", null, "Decree No. 135", "title", 0, 14),
                new ActReference("law:99", "law", "99-Z", null, "Law No. 99-Z", "summary", 3, 15),
                new ActReference("decree:135", "decree", "135", day, "Указа №135 от 12 марта 2025 г.", "content", 5, 35)));
        assertThat(acts).extracting(ActView::id).containsExactly("decree:135", "law:99");
        assertThat(acts.get(0).date()).isEqualTo("2025-03-12");
        assertThat(acts.get(0).mentions()).extracting(ActView.Mention::field).containsExactly("title", "content");
        assertThat(ActView.of(null)).isEmpty();
    }
}
