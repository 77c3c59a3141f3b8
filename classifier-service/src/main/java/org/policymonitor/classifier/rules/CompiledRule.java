package org.policymonitor.classifier.rules;

import org.apache.lucene.search.Query;
import org.policymonitor.classifier.analysis.Language;

import java.util.Map;

/**
 * A rule with its Lucene query for each language it applies to, ready to be registered in the monitor of
 * that language.
 */
public record CompiledRule(RuleDefinition definition, Map<Language, Query> queries) {

    public CompiledRule {
        queries = Map.copyOf(queries);
    }

    public String id() {
        return definition.id();
    }

    public String theme() {
        return definition.theme();
    }
}
