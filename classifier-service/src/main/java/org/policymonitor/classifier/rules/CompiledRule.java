package org.policymonitor.classifier.rules;

import org.apache.lucene.search.Query;

/** A rule with its Lucene query, ready to be registered in the monitor. */
public record CompiledRule(RuleDefinition definition, Query query) {

    public String id() {
        return definition.id();
    }

    public String theme() {
        return definition.theme();
    }
}
