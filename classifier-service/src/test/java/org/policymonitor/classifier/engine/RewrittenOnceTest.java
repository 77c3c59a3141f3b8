package org.policymonitor.classifier.engine;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.classifier.analysis.Fields;
import org.policymonitor.classifier.analysis.IndexAnalyzer;
import org.policymonitor.classifier.analysis.Language;
import org.policymonitor.classifier.rules.CompiledRule;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.RulesetParser;
import org.policymonitor.classifier.rules.ShippedRules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's disjuncts rewritten once when the ruleset is built are the queries the per-item rewrite gives, and a query
 * whose rewrite reads the item (a fuzzy term) is still rewritten per item.
 */
class RewrittenOnceTest {

    /** One item per language to rewrite against, as Monitor does before matching a candidate. */
    static final Map<Language, String> TEXTS = Map.of(
            Language.EN, "The law on artificial intelligence, cybersecurity standards and personal data",
            Language.RU, "Закон об искусственном интеллекте, кибербезопасность и персональные данные",
            Language.BE, "Закон аб штучным інтэлекце, кібербяспека і персанальныя даныя");

    @Test
    void everyDisjunctIsTheSameSetMonitorWouldIndexAndRewritesAsItWouldPerItem() throws Exception {
        int prepared = 0;
        for (RulesetDefinition ruleset : new RulesetDefinition[] {ShippedRules.definition(),
                EngineCorpus.generatedRuleset()}) {
            for (CompiledRule rule : RuleCompiler.compileAll(ruleset)) {
                for (var entry : rule.queries().entrySet()) {
                    IndexSearcher item = itemSearcher(entry.getKey());
                    Set<Query> originals = new HashSet<>();
                    for (Query disjunct : new RewrittenOnce().decompose(entry.getValue())) {
                        if (disjunct instanceof RewrittenOnce.Rewritten rewritten) {
                            prepared++;
                            assertThat(rewritten.rewritten()).as(rule.id())
                                    .isEqualTo(item.rewrite(rewritten.original()));
                            assertThat(item.rewrite(rewritten)).as(rule.id() + ": its own rewrite").isSameAs(rewritten);
                            originals.add(rewritten.original());
                        } else {
                            assertThat(RewrittenOnce.rewritesWithoutIndex(disjunct)).as(rule.id()).isFalse();
                            originals.add(disjunct);
                        }
                    }
                    assertThat(originals).as(rule.id()).isEqualTo(new QueryDecomposer().decompose(entry.getValue()));
                }
            }
        }
        assertThat(prepared).as("disjuncts rewritten once").isGreaterThan(500);
    }

    @ParameterizedTest(name = "{0} → rewritten without the item: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cyber*                              | true
            standard?                           | true
            /cyber.*/                           | true
            [aa TO ab]                          | true
            law AND NOT (ai AND cyber*)         | true
            '"personal data" AND (law OR bill)' | true
            lav~1                               | false
            law AND lav~1                       | false
            law AND NOT lav~1                   | false
            """)
    void onlyRewritesThatDoNotReadTheItemAreDoneOnce(String query, boolean withoutItem) throws Exception {
        Query compiled = RuleCompiler.compileAll(ruleset(query)).get(0).queries().get(Language.EN);
        assertThat(RewrittenOnce.rewritesWithoutIndex(compiled)).isEqualTo(withoutItem);
        if (!withoutItem) {
            assertThat(new RewrittenOnce().decompose(compiled)).isEqualTo(new QueryDecomposer().decompose(compiled));
        }
    }

    @Test
    void aFuzzyTermStillMatchesTheTermsNearIt() throws Exception {
        // a fuzzy term is not analysed (not stemmed): «lav~1» meets «law», one letter away, not «tax»
        try (RuleEngine engine = RuleEngine.build(ruleset("lav~1 AND cyber*"))) {
            assertThat(engine.classify(new ItemText("x", "Law on cybersecurity", null, null, "en", null)).themes())
                    .containsExactly("t");
            assertThat(engine.classify(new ItemText("x", "Tax on cybersecurity", null, null, "en", null)).themes())
                    .isEmpty();
        }
    }

    static RulesetDefinition ruleset(String query) throws Exception {
        return RulesetParser.parse("""
                label: test
                themes:
                  - id: t
                    rules:
                      - id: r
                        languages: [en]
                        query: '%s'
                """.formatted(query.replace("'", "''")));
    }

    static IndexSearcher itemSearcher(Language language) {
        MemoryIndex index = new MemoryIndex(true, true);
        index.addField(Fields.indexed(Fields.ALL, language), TEXTS.get(language), IndexAnalyzer.get());
        return index.createSearcher();
    }
}
