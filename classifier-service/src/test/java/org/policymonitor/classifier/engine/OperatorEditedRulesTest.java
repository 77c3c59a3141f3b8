package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.rules.InvalidRulesetException;
import org.policymonitor.classifier.rules.RulesetParser;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules files as an operator new to the catalogue edits them: a theme appended at the end of the file, a key written
 * twice, a theme of thousands of keywords. Each either works as written or is refused with the reason.
 */
class OperatorEditedRulesTest {

    private static Classification classify(RuleEngine engine, String title) {
        return engine.classify(new ItemText("x", title, null, null, "en", null));
    }

    @Test
    void anImpliedThemeImpliesWhatItImpliesWhereverTheThemesStandInTheFile() throws Exception {
        // a new theme appended at the end, implying a theme that itself implies the umbrella listed first
        String rules = """
                themes:
                  - id: artificial-intelligence
                    rules:
                      - {id: ai-en, query: '"artificial intelligence"'}
                  - id: ai-research
                    implies: [artificial-intelligence]
                    rules:
                      - {id: research-en, query: 'laboratory'}
                  - id: ai-education
                    implies: [ai-research]
                    rules:
                      - {id: education-en, query: 'curriculum'}
                """;
        try (RuleEngine engine = RuleEngine.build(RulesetParser.parse(rules))) {
            Classification c = classify(engine, "A new curriculum for universities");
            assertThat(c.themes()).containsExactly("artificial-intelligence", "ai-research", "ai-education");
            assertThat(c.tags().get(0).rules()).containsExactly("education-en");
        }
    }

    @Test
    void themesThatImplyEachOtherAreBothTaggedAndNothingLoops() throws Exception {
        String rules = """
                themes:
                  - id: privacy
                    implies: [data-protection]
                    rules:
                      - {id: privacy-en, query: privacy}
                  - id: data-protection
                    implies: [privacy]
                    rules:
                      - {id: data-en, query: '"personal data"'}
                """;
        try (RuleEngine engine = RuleEngine.build(RulesetParser.parse(rules))) {
            assertThat(classify(engine, "Personal data of pupils").themes()).containsExactly("privacy", "data-protection");
            assertThat(classify(engine, "Privacy first").themes()).containsExactly("privacy", "data-protection");
        }
    }

    @Test
    void aKeyWrittenTwiceIsRefusedNotHalfRead() {
        // the second query: silently replaced the first, so the rule matched only half of what the file says
        String rules = """
                themes:
                  - id: cybersecurity
                    rules:
                      - id: cyber-en
                        query: cyberattack OR hacker
                        languages: [en]
                        query: malware
                """;
        assertThatThrownBy(() -> RulesetParser.parse(rules))
                .isInstanceOf(InvalidRulesetException.class)
                .hasMessageContaining("Duplicate field 'query'")
                .hasMessageContaining("line 7");
    }

    @Test
    void aSyntaxErrorIsRefusedWithWhatAndWhere() {
        // an unclosed quote on line 5: the operator needs the line and what the parser found, not only its context
        String rules = """
                themes:
                  - id: cybersecurity
                    rules:
                      - id: cyber-en
                        query: 'cyberattack OR hacker
                        languages: [en]
                """;
        assertThatThrownBy(() -> RulesetParser.parse(rules))
                .isInstanceOf(InvalidRulesetException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("found unexpected end of stream");
    }

    @Test
    void aliasesThatMultiplyEachOtherAreRefusedBeforeTheQueryIsBuilt() {
        // each alias names the next 20 times: 20^4 copies of one word, ~1 MB of query from a few hundred bytes of
        // file; at 200 names a level the expansion alone outgrows any heap (POST /api/rules/validate takes a ruleset)
        String twenty = " OR ${%s}".repeat(20).substring(4);
        String rules = "aliases:\n"
                + "  a: '" + twenty.replace("%s", "b") + "'\n"
                + "  b: '" + twenty.replace("%s", "c") + "'\n"
                + "  c: '" + twenty.replace("%s", "d") + "'\n"
                + "  d: '" + twenty.replace("%s", "e") + "'\n"
                + "  e: word\n"
                + "themes:\n  - id: t\n    rules:\n      - {id: bomb, languages: [en], query: '${a}'}\n";
        assertThatThrownBy(() -> RuleEngine.build(RulesetParser.parse(rules)))
                .isInstanceOf(InvalidRulesetException.class)
                .hasMessageContaining("bomb: the en query is more than 1000000 characters with its ${aliases} expanded");
    }

    @Test
    void parenthesesNestedTooDeeplyAreRefusedWithAReason() {
        // a generated or pasted query; the parser descends one level of the stack per parenthesis
        String query = "(".repeat(50_000) + "word" + ")".repeat(50_000);
        String rules = "themes:\n  - id: t\n    rules:\n      - {id: deep, languages: [en], query: '" + query + "'}\n";
        assertThatThrownBy(() -> RuleEngine.build(RulesetParser.parse(rules)))
                .isInstanceOf(InvalidRulesetException.class)
                .hasMessageContaining("deep: the en query nests parentheses deeper than");
    }

    @Test
    void aThemeOfTenThousandKeywordsCompilesAndMatchesEachOfThem() throws Exception {
        String keywords = IntStream.range(0, 10_000).mapToObj(i -> "kw" + i + "x").collect(Collectors.joining(" OR "));
        String rules = "themes:\n  - id: watchlist\n    rules:\n      - id: watchlist-en\n        languages: [en]\n"
                + "        query: '" + keywords + "'\n";
        try (RuleEngine engine = RuleEngine.build(RulesetParser.parse(rules))) {
            assertThat(classify(engine, "Mentioned: kw9999x today").themes()).containsExactly("watchlist");
            assertThat(classify(engine, "Mentioned: kw0x today").themes()).containsExactly("watchlist");
            assertThat(classify(engine, "Mentioned: nothing").themes()).isEmpty();
        }
    }
}
