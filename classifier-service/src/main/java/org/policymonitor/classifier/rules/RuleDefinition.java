package org.policymonitor.classifier.rules;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One keyword rule as an analyst writes it in the rules file.
 *
 * @param id          unique in the ruleset; names the rule in evidence and in error messages
 * @param theme       the theme it tags (set from the enclosing theme when read from a file)
 * @param query       Lucene classic query syntax; {@code ${alias}} inserts a shared sub-query
 * @param languages   languages whose items it is matched against (en, ru, be); empty = every language
 * @param sources     source ids it is limited to; empty = every source
 * @param fields      fields searched by terms without a field prefix; empty = title, summary and content
 * @param description free text for the analyst
 * @param requires    themes the item must also be tagged with (by their own rules) for this rule to count:
 *                    {@code requires: [artificial-intelligence]} reads "and the item is about AI", without
 *                    repeating the AI terms in the rule (which also keeps the rule small and fast)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleDefinition(
        @JsonProperty("id") String id,
        @JsonProperty("theme") String theme,
        @JsonProperty("query") String query,
        @JsonProperty("languages") @JsonAlias("language") List<String> languages,
        @JsonProperty("sources") @JsonAlias("source") List<String> sources,
        @JsonProperty("fields") @JsonAlias("field") List<String> fields,
        @JsonProperty("description") String description,
        @JsonProperty("requires") List<String> requires) {

    public RuleDefinition {
        requires = requires == null ? List.of() : List.copyOf(requires);
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public RuleDefinition withTheme(String themeId) {
        return new RuleDefinition(id, themeId, query, languages, sources, fields, description, requires);
    }
}
