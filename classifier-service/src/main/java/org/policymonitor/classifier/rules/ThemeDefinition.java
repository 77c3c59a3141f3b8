package org.policymonitor.classifier.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A tracked theme and its rules.
 *
 * @param implies themes that are also tagged whenever this one is (e.g. ai-law implies artificial-intelligence)
 */
public record ThemeDefinition(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("implies") List<String> implies,
        @JsonProperty("rules") List<RuleDefinition> rules) {

    public ThemeDefinition {
        implies = implies == null ? List.of() : List.copyOf(implies);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
