package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesetThemesTest {

    @Test
    void theShippedRulesGiveTheThemesOfThemesMdInTheirOrder() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("../classifier-service/src/main/resources/rules/rules.yaml"));
        assertThat(RulesetThemes.ids(shipped)).containsExactly("artificial-intelligence", "ai-law", "ai-standards",
                "ai-research", "sci-tech-priorities", "digital-sovereignty", "digital-governance", "data-protection",
                "cybersecurity", "intl-cooperation", "sustainable-development");
    }

    @Test
    void onlyTheIdsCountNotTheRules() {
        String yaml = """
                label: x
                themes:
                  - id: quantum-computing
                    rules: [{id: q, query: "((("}]
                  - id: space-policy
                """;
        assertThat(RulesetThemes.ids(yaml.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("quantum-computing", "space-policy");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not YAML               | 'themes: [ {id: '                        | not a YAML document",
            "empty file             | ''                                       | no themes",
            "no themes key          | 'label: x'                               | no themes",
            "themes not a list      | 'themes: ai-law'                         | no themes",
            "empty list             | 'themes: []'                             | no themes",
            "a theme without id     | 'themes: [{id: a}, {name: b}]'           | themes[1] has no id",
            "a blank id             | 'themes: [{id: \" \"}]'                   | themes[0] has no id",
            "an id that is a list   | 'themes: [{id: [a]}]'                    | themes[0] has no id",
            "an id twice            | 'themes: [{id: a}, {id: b}, {id: a}]'    | themes[2]: the id 'a' is used twice"})
    void aFileWithoutAUsableThemeListIsRefusedSayingWhy(String what, String yaml, String message) {
        assertThatThrownBy(() -> RulesetThemes.ids(yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
