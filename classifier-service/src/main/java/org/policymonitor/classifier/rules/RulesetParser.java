package org.policymonitor.classifier.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.policymonitor.classifier.analysis.Language;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rules file (YAML, format in the README) and checks its structure: ids present and unique, known
 * languages and fields, implied themes that exist. Query syntax is checked by {@link RuleCompiler}.
 * Unknown keys are errors, so that a misspelt {@code langauges:} does not silently widen a rule.
 */
public final class RulesetParser {

    /** Fields a rule may name. */
    public static final Set<String> TEXT_FIELDS = Set.of("title", "summary", "content");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY) // `languages: ru` as well as `[ru]`
            // a key written twice (a second `query:` pasted under the first) is an error, not the last one winning
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RulesetParser() {
    }

    /** The file as written by analysts. */
    record RulesFile(@JsonProperty("label") String label,
                     @JsonProperty("aliases") Map<String, Object> aliases,
                     @JsonProperty("themes") List<ThemeDefinition> themes) {
    }

    public static RulesetDefinition parse(String yaml) throws InvalidRulesetException {
        return parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    public static RulesetDefinition parse(byte[] yaml) throws InvalidRulesetException {
        RulesFile file;
        try {
            file = YAML.readValue(yaml, RulesFile.class);
        } catch (IOException e) {
            throw new InvalidRulesetException(List.of(new RuleError(null, "not a valid rules file: " + problem(e))));
        }
        if (file == null || file.themes() == null || file.themes().isEmpty()) {
            throw new InvalidRulesetException(List.of(new RuleError(null, "the rules file defines no themes")));
        }
        List<RuleError> errors = new ArrayList<>();
        Map<String, Map<String, String>> aliases = readAliases(file.aliases(), errors);
        List<ThemeDefinition> themes = new ArrayList<>();
        Set<String> themeIds = new HashSet<>();
        for (ThemeDefinition theme : file.themes()) {
            if (theme == null || theme.id() == null || !ID.matcher(theme.id()).matches()) {
                errors.add(new RuleError(null, "a theme needs an id of letters, digits, '.', '_' or '-': "
                        + (theme == null ? null : theme.id())));
                continue;
            }
            if (!themeIds.add(theme.id())) {
                errors.add(new RuleError(null, "theme " + theme.id() + " is defined twice"));
            }
            List<RuleDefinition> rules = new ArrayList<>();
            for (RuleDefinition rule : theme.rules()) {
                if (rule != null) {
                    rules.add(rule.withTheme(theme.id()));
                }
            }
            themes.add(new ThemeDefinition(theme.id(), theme.name() == null ? theme.id() : theme.name(),
                    theme.description(), theme.implies(), rules));
        }
        for (ThemeDefinition theme : themes) {
            for (String implied : theme.implies()) {
                if (!themeIds.contains(implied) || implied.equals(theme.id())) {
                    errors.add(new RuleError(null, "theme " + theme.id() + " implies unknown theme " + implied));
                }
            }
        }
        for (ThemeDefinition theme : themes) {
            for (RuleDefinition rule : theme.rules()) {
                for (String required : rule.requires()) {
                    if (!themeIds.contains(required) || required.equals(theme.id())) {
                        errors.add(new RuleError(rule.id(), "requires unknown theme " + required));
                    }
                }
            }
        }
        RulesetDefinition definition = new RulesetDefinition(version(yaml), file.label(), aliases, themes);
        errors.addAll(checkIds(definition.rules().toList()));
        if (!errors.isEmpty()) {
            throw new InvalidRulesetException(errors);
        }
        return definition;
    }

    /** Rule ids present, well-formed and unique (the per-rule checks are made when each rule compiles). */
    static List<RuleError> checkIds(List<RuleDefinition> rules) {
        List<RuleError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition rule : rules) {
            if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
                errors.add(new RuleError(rule.id(), "a rule needs an id of letters, digits, '.', '_' or '-' (theme "
                        + rule.theme() + ")"));
            } else if (!ids.add(rule.id())) {
                errors.add(new RuleError(rule.id(), "rule id is used twice"));
            }
        }
        return errors;
    }

    /** What can be wrong with one rule before its query is parsed. */
    public static List<RuleError> checkRule(RuleDefinition rule) {
        List<RuleError> errors = new ArrayList<>(checkIds(List.of(rule)));
        if (rule.theme() == null || rule.theme().isBlank()) {
            errors.add(new RuleError(rule.id(), "the rule names no theme"));
        }
        if (rule.query() == null || rule.query().isBlank()) {
            errors.add(new RuleError(rule.id(), "the rule has no query"));
        }
        for (String language : rule.languages()) {
            if (!"any".equals(language) && Language.fromCode(language).isEmpty()) {
                errors.add(new RuleError(rule.id(), "unknown language " + language + " (use en, ru, be or any)"));
            }
        }
        for (String field : rule.fields()) {
            if (!TEXT_FIELDS.contains(field)) {
                errors.add(new RuleError(rule.id(), "unknown field " + field + " (use title, summary or content)"));
            }
        }
        return errors;
    }

    private static Map<String, Map<String, String>> readAliases(Map<String, Object> raw, List<RuleError> errors) {
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        if (raw == null) {
            return aliases;
        }
        raw.forEach((name, value) -> {
            if (value instanceof String text) {
                aliases.put(name, Map.of("any", text));
            } else if (value instanceof Map<?, ?> byLanguage) {
                Map<String, String> variants = new LinkedHashMap<>();
                byLanguage.forEach((lang, text) -> {
                    String code = String.valueOf(lang);
                    if (!"any".equals(code) && Language.fromCode(code).isEmpty()) {
                        errors.add(new RuleError(null, "alias " + name + ": unknown language " + code));
                    } else {
                        variants.put(code, String.valueOf(text));
                    }
                });
                aliases.put(name, variants);
            } else {
                errors.add(new RuleError(null, "alias " + name + " must be a query or a map of language to query"));
            }
        });
        return aliases;
    }

    /** The ruleset version: a hash of the file's bytes, so any edit gives a new version. */
    public static String version(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What is wrong and where: the YAML parser's context and problem with their lines (its first line alone, e.g.
     * «while scanning a quoted scalar», said neither what was found nor where), or the mapper's message and line.
     */
    static String problem(IOException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                String context = yaml.getContext() == null ? "" : yaml.getContext() + at(yaml.getContextMark()) + ": ";
                return context + yaml.getProblem() + at(yaml.getProblemMark());
            }
        }
        if (e instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation() != JsonLocation.NA) {
            return firstLine(json.getOriginalMessage()) + " (line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return firstLine(e.getMessage());
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

}
