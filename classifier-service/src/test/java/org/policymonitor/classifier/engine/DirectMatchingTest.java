package org.policymonitor.classifier.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.classifier.rules.RuleDefinition;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.ShippedRules;
import org.policymonitor.classifier.rules.ThemeDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine as it matches now ({@link DirectQuery} on the item's terms, Monitor only for what that cannot take) against
 * the engine as it matched before (every rule through Lucene Monitor, {@link RuleEngine#monitorOnly}): for every item of
 * the golden corpus and some made for the edge cases, the same classification — themes, rules, every evidence span in
 * order — and the same matching rules, under the shipped rules, the generated ones of every query form, and rules
 * written for the corners of Lucene's matching (repeated and overlapping phrases, phrases across fields, nested
 * exclusions, wildcards, regular expressions, ranges, fuzzy and sloppy terms, source prefixes, scoped and unscoped hits
 * at one place).
 */
class DirectMatchingTest {

    static Stream<RulesetDefinition> rulesets() throws Exception {
        return Stream.of(ShippedRules.definition(), EngineCorpus.generatedRuleset(), cornerRules());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesets")
    void classifiesEveryItemAsMonitorDid(RulesetDefinition ruleset) throws Exception {
        List<ItemText> items = new ArrayList<>(EngineCorpus.goldenItems());
        items.addAll(cornerItems());
        List<String> differences = new ArrayList<>();
        int tagged = 0;
        try (RuleEngine reference = RuleEngine.monitorOnly(ruleset); RuleEngine engine = RuleEngine.build(ruleset)) {
            for (ItemText item : items) {
                Classification expected = reference.classify(item);
                Classification actual = engine.classify(item);
                if (!expected.equals(actual)) {
                    differences.add(item.id() + ":\n  expected " + expected + "\n       got " + actual);
                }
                if (!reference.matchingRules(item).equals(engine.matchingRules(item))) {
                    differences.add(item.id() + ": matching rules " + reference.matchingRules(item) + " against "
                            + engine.matchingRules(item));
                }
                tagged += actual.tags().isEmpty() ? 0 : 1;
            }
        }
        assertThat(differences).as(differences.size() + " of " + items.size() + " items differ, e.g.\n"
                + String.join("\n", differences.subList(0, Math.min(5, differences.size())))).isEmpty();
        assertThat(tagged).as("items tagged: the comparison must not be between two empty results").isGreaterThan(60);
    }

    /** Rules for the corners of Lucene's matching semantics. */
    static RulesetDefinition cornerRules() {
        List<RuleDefinition> rules = new ArrayList<>();
        String[] queries = {
                "\"data data\"",                                    // a phrase of one repeated word: overlapping places
                "\"law on law\" OR law",                            // a phrase and its own first word: spans at one start
                "\"regulation artificial\"",                        // across the end of the title into the summary
                "title:law OR law",                                 // scoped and unscoped hits at one place
                "(law AND NOT (cyber OR (data AND NOT privacy))) OR ai",  // nested exclusions
                "(NOT law) OR privacy",                              // a group of exclusions only matches nothing
                "+law data privacy",                                // required with optional clauses
                "regul* AND (artific* OR intell*)",
                "la? OR d?ta OR int*ig*",                            // wildcards
                "/[a-z]+tion/",                                     // a regular expression
                "[data TO law]",                                    // a range of terms
                "lav~1 OR privac~2",                                // fuzzy terms (left to Monitor)
                "\"data law\"~3 OR \"law data\"~2 OR privacy",       // sloppy phrases (left to Monitor)
                "source:bel* AND law",                              // a source prefix
                "source:belta OR закон*",
                "законопроект* OR \"искусственный интеллект\" OR ИИ",
                "\"штучны інтэлект\" OR нейрасет* OR закон",
                "law^3 OR (data)^2",                                // boosts
                "\"the law\" AND NOT \"law the\"",
        };
        for (int i = 0; i < queries.length; i++) {
            rules.add(new RuleDefinition("c" + i, "t" + (i % 4), queries[i], List.of(), List.of(), List.of(), null,
                    List.of()));
        }
        rules.add(new RuleDefinition("c-fields", "t1", "law OR \"data protection\"", List.of("en"), List.of(),
                List.of("title", "summary"), null, List.of()));
        rules.add(new RuleDefinition("c-sources", "t2", "law OR закон", List.of(), List.of("BELTA", "undp"), List.of(),
                null, List.of()));
        rules.add(new RuleDefinition("c-requires", "t3", "privacy OR закон", List.of(), List.of(), List.of(), null,
                List.of("t0")));
        List<ThemeDefinition> themes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int theme = t;
            themes.add(new ThemeDefinition("t" + t, "corner " + t, null, t == 1 ? List.of("t0") : List.of(),
                    rules.stream().filter(r -> r.theme().equals("t" + theme)).toList()));
        }
        return new RulesetDefinition("corners", "corners", Map.of(), themes);
    }

    static List<ItemText> cornerItems() {
        return List.of(
                new ItemText("c-repeated", "data data data", "law on law on law", "the law the law", "en", "belta"),
                new ItemText("c-across", "new regulation", "artificial intelligence and privacy", "law data", "en",
                        "BELTA"),
                new ItemText("c-scoped", "law", "law", "law", "en", "undp"),
                new ItemText("c-nested", "law and data", "cyber", "privacy", "en", null),
                new ItemText("c-wild", "lad dota interrogating", "station nation", "lav privacity", "en", "belarus"),
                new ItemText("c-range", "cat dog", "echo", "kilo", "en", ""),
                new ItemText("c-ru", "Законопроект об ИИ", "искусственный интеллект", "закона", "ru", "belta"),
                new ItemText("c-be", "Закон аб штучным інтэлекце", "нейрасетка", "нейрасетцы", "be", "Belta"),
                new ItemText("c-surrogate", "law \uD83D\uDE00 data \uD800 law", "privacy", null, "en", "belta"),
                new ItemText("c-sloppy", "data on the new law", "law and more data", null, "en", null));
    }
}
