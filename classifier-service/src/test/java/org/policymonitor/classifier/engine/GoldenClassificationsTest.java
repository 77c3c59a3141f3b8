package org.policymonitor.classifier.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.ShippedRules;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's results, pinned: every item of {@link EngineCorpus#goldenItems()} classified with the shipped rules and
 * with {@link EngineCorpus#generatedRuleset()} must give exactly the themes, rules and evidence (field, text, offsets,
 * rule, order) recorded in {@code golden/engine-classifications.jsonl}, which was written by the engine before its
 * per-item cost was cut (issue 14, item 9). A change meant to be faster, not different, keeps this test green.
 * <p>
 * A deliberate change of results (new rules, a new analysis) rewrites the file:
 * {@code ./mvnw -pl classifier-service verify -Dtest=GoldenClassificationsTest -Dgolden.write=true} — and the diff of
 * the file shows every item whose tags changed.
 */
class GoldenClassificationsTest {

    static final String RESOURCE = "golden/engine-classifications.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyItemIsClassifiedExactlyAsRecorded() throws Exception {
        List<String> actual = new ArrayList<>();
        List<ItemText> items = EngineCorpus.goldenItems();
        classifyAll("shipped", ShippedRules.definition(), items, actual);
        classifyAll("generated", EngineCorpus.generatedRuleset(), items, actual);

        boolean write = Boolean.getBoolean("golden.write");
        if (write) {
            Path file = Path.of("src", "test", "resources", RESOURCE);
            Files.createDirectories(file.getParent());
            Files.write(file, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = write ? actual : golden();
        assertThat(actual).as("items classified").hasSameSizeAs(expected);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.add("expected " + expected.get(i) + "\n     got " + actual.get(i));
            }
        }
        assertThat(differences).as(differences.size() + " of " + expected.size() + " classifications differ:\n"
                + String.join("\n", differences.subList(0, Math.min(5, differences.size())))).isEmpty();
        // the corpus must keep exercising what it was built for, or identity would be cheap
        assertThat(actual.stream().filter(l -> l.contains("\"field\":\"content\""))).hasSizeGreaterThan(100);
        assertThat(actual.stream().filter(l -> l.contains("\"ruleset\":\"generated\"") && l.contains("\"evidence\"")))
                .hasSizeGreaterThan(300);
    }

    private static void classifyAll(String name, RulesetDefinition ruleset, List<ItemText> items, List<String> out)
            throws Exception {
        try (RuleEngine engine = RuleEngine.build(ruleset)) {
            for (ItemText item : items) {
                out.add(line(name, item, engine));
            }
        }
    }

    private static String line(String ruleset, ItemText item, RuleEngine engine) throws IOException {
        Classification result = engine.classify(item);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ruleset", ruleset);
        line.put("id", item.id());
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Tag tag : result.tags()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("theme", tag.theme());
            t.put("rules", tag.rules());
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Evidence e : tag.evidence()) {
                Map<String, Object> span = new LinkedHashMap<>();
                span.put("field", e.field());
                span.put("start", e.start());
                span.put("end", e.end());
                span.put("rule", e.rule());
                if (ruleset.equals("shipped")) {
                    span.put("text", e.text()); // the generated rules' texts would only make the file larger
                }
                evidence.add(span);
            }
            t.put("evidence", evidence);
            tags.add(t);
        }
        line.put("tags", tags);
        line.put("matching", engine.matchingRules(item).stream().sorted().toList());
        return JSON.writeValueAsString(line);
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = Objects.requireNonNull(GoldenClassificationsTest.class.getClassLoader()
                .getResourceAsStream(RESOURCE), RESOURCE + " is missing: write it with -Dgolden.write=true")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
