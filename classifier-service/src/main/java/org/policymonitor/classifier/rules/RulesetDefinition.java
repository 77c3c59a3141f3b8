package org.policymonitor.classifier.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole rules file, as read.
 *
 * @param version  content hash of the file ({@code sha256:} + 16 hex digits): stamped on every classified item
 * @param label    the file's own free-text label (e.g. a date), for people
 * @param aliases  shared sub-queries by name, then by language ({@code any} = every language)
 */
public record RulesetDefinition(
        String version,
        String label,
        Map<String, Map<String, String>> aliases,
        List<ThemeDefinition> themes) {

    public RulesetDefinition {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public Stream<RuleDefinition> rules() {
        return themes.stream().flatMap(t -> t.rules().stream());
    }

    public int ruleCount() {
        return themes.stream().mapToInt(t -> t.rules().size()).sum();
    }
}
