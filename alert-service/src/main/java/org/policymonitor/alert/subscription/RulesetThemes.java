package org.policymonitor.alert.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The theme ids of a classifier ruleset ({@code rules.yaml}: {@code themes: [{id: ai-law, …}, …]}). Only the ids
 * are read: the rest of the file is the classifier's to check, so a rule's syntax never decides what may be
 * subscribed to.
 */
public final class RulesetThemes {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RulesetThemes() {
    }

    /**
     * @return the theme ids in the order of the file
     * @throws IllegalArgumentException naming what is wrong: not YAML, no themes, a theme without an id, an id twice
     */
    public static List<String> ids(byte[] rulesYaml) {
        JsonNode root;
        try {
            root = YAML.readTree(rulesYaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a YAML document: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode themes = root == null ? null : root.get("themes");
        if (themes == null || !themes.isArray() || themes.isEmpty()) {
            throw new IllegalArgumentException("no themes: the file needs a list 'themes' of {id, name, rules}");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            JsonNode id = themes.get(i).get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw new IllegalArgumentException("themes[" + i + "] has no id");
            }
            if (!ids.add(id.asText().strip())) {
                throw new IllegalArgumentException("themes[" + i + "]: the id '" + id.asText() + "' is used twice");
            }
        }
        return List.copyOf(ids);
    }
}
