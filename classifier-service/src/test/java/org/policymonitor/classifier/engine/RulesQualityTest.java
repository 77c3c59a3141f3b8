package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policymonitor.classifier.engine.LabelledItems.Labelled;
import org.policymonitor.classifier.engine.ThemeScores.Counts;
import org.policymonitor.classifier.rules.ThemeDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each labelled set ({@link LabelledThemeSet}) through the shipped rules and measures per-theme and pooled
 * precision, recall and F1 against the set's floors. Prints one line per set ({@code rules quality [set] …}) and the
 * table, writes {@code target/quality-report-<set>.md}; the per-theme table and the items not labelled exactly are shown
 * for every set but the blind judge.
 */
class RulesQualityTest {

    private static final Set<String> UMBRELLA_OF = Set.of("ai-law", "ai-standards", "ai-research");

    @RegisterExtension
    static final ShippedRulesEngine RULES = new ShippedRulesEngine();

    @ParameterizedTest
    @EnumSource(LabelledThemeSet.class)
    void shippedRulesReachTheSetsFloors(LabelledThemeSet set) throws IOException {
        List<String> themes = RULES.engine().ruleset().themes().stream().map(ThemeDefinition::id).toList();
        List<Labelled> items = LabelledItems.load(set.resource);
        assertWellFormed(set, items, themes);

        ThemeScores scores = new ThemeScores(themes);
        for (Labelled item : items) {
            scores.add(item.id() + " [" + item.language() + "] " + item.text().title(), item.themes(),
                    new HashSet<>(RULES.engine().classify(item.text()).themes()));
        }
        Counts micro = scores.micro();
        String line = String.format(Locale.ROOT, "rules quality [%s] items %d: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)",
                set.label(), scores.items(), micro.precision(), micro.recall(), micro.f1(), micro.tp(), micro.fp(), micro.fn());
        String report = set.printsMistakes()
                ? line + "\n\n" + scores.table() + "\nItems not labelled exactly: " + scores.mistakes().size() + " of "
                        + scores.items() + "\n" + String.join("\n", scores.mistakes()) + "\n"
                : line + "\n(a blind set: neither its items nor its per-theme figures are shown)\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "quality-report-" + set.label() + ".md"), report);

        assertThat(micro.precision()).as("pooled precision of " + set.label() + "\n" + report).isGreaterThanOrEqualTo(set.minPrecision);
        assertThat(micro.recall()).as("pooled recall of " + set.label() + "\n" + report).isGreaterThanOrEqualTo(set.minRecall);
        assertThat(micro.f1()).as("micro-F1 of " + set.label() + "\n" + report).isGreaterThanOrEqualTo(set.minMicroF1);
        scores.byTheme().forEach((theme, c) -> assertThat(c.f1()).as("F1 of " + theme + " in " + set.label() + "\n" + report)
                .isGreaterThanOrEqualTo(set.minThemeF1));
    }

    /** A set with a typo'd theme id or a broken umbrella would measure the labels, not the rules. */
    private static void assertWellFormed(LabelledThemeSet set, List<Labelled> items, List<String> themes) {
        assertThat(items).as(set.label() + " items").isNotEmpty();
        assertThat(items.stream().map(Labelled::id).distinct().count()).as(set.label() + ": ids unique").isEqualTo(items.size());
        for (Labelled item : items) {
            assertThat(themes).as(item.id() + "'s themes are the rules' themes").containsAll(item.themes());
            if (item.themes().stream().anyMatch(UMBRELLA_OF::contains)) {
                assertThat(item.themes()).as(item.id() + " carries the umbrella theme").contains("artificial-intelligence");
            }
        }
    }
}
