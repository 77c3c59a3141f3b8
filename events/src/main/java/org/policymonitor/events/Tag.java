package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A theme an item was tagged with, the rules that fired and the evidence they matched. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tag(String theme, List<String> rules, List<Evidence> evidence) {
    public Tag {
        rules = rules == null ? List.of() : List.copyOf(rules);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
