package org.policymonitor.classifier.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.rules.ShippedRules;
import org.policymonitor.classifier.rules.ThemeDefinition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the labelled dev set (120 items, en/ru/be, many hard negatives) through the shipped rules and measures
 * per-theme precision, recall and F1. Fails below micro-F1 0.90 or any theme below F1 0.75. The table is
 * printed and written to target/quality-report.md; every wrong item is listed so analysts can see why.
 */
class DevSetQualityTest {

    record Labelled(String id, String language, ItemText text, Set<String> themes) {
    }

    static RuleEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = RuleEngine.build(ShippedRules.definition());
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void shippedRulesReachTheQualityBar() throws IOException {
        List<Labelled> items = load();
        assertThat(items).hasSize(120);
        List<String> themes = engine.ruleset().themes().stream().map(ThemeDefinition::id).toList();
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        themes.forEach(t -> counts.put(t, new int[3]));
        List<String> mistakes = new ArrayList<>();
        for (Labelled item : items) {
            Set<String> predicted = new HashSet<>(engine.classify(item.text()).themes());
            for (String theme : themes) {
                boolean gold = item.themes().contains(theme);
                boolean got = predicted.contains(theme);
                int[] c = counts.get(theme);
                if (gold && got) {
                    c[0]++;
                } else if (got) {
                    c[1]++;
                } else if (gold) {
                    c[2]++;
                }
            }
            if (!predicted.equals(item.themes())) {
                Set<String> extra = new HashSet<>(predicted);
                extra.removeAll(item.themes());
                Set<String> missing = new HashSet<>(item.themes());
                missing.removeAll(predicted);
                mistakes.add(item.id() + " [" + item.language() + "] " + item.text().title()
                        + (extra.isEmpty() ? "" : "  +" + extra) + (missing.isEmpty() ? "" : "  -" + missing));
            }
        }
        StringBuilder table = new StringBuilder();
        table.append("| theme | precision | recall | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, Double> f1ByTheme = new LinkedHashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            double f1 = f1(c[0], c[1], c[2]);
            f1ByTheme.put(e.getKey(), f1);
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", e.getKey(),
                    precision(c[0], c[1]), recall(c[0], c[2]), f1, c[0], c[1], c[2]));
        }
        double micro = f1(tp, fp, fn);
        table.append(String.format(Locale.ROOT, "| **micro** | %.3f | %.3f | **%.3f** | %d | %d | %d |%n",
                precision(tp, fp), recall(tp, fn), micro, tp, fp, fn));
        String report = table + "\nItems not labelled exactly (" + mistakes.size() + " of " + items.size() + "):\n"
                + String.join("\n", mistakes) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "quality-report.md"), report);

        assertThat(micro).as("micro-F1\n" + report).isGreaterThanOrEqualTo(0.90);
        f1ByTheme.forEach((theme, f1) -> assertThat(f1).as("F1 of " + theme + "\n" + report).isGreaterThanOrEqualTo(0.75));
    }

    static List<Labelled> load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Labelled> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DevSetQualityTest.class.getResourceAsStream("/dev-set.jsonl")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                Set<String> themes = new HashSet<>();
                n.get("themes").forEach(t -> themes.add(t.asText()));
                items.add(new Labelled(n.get("id").asText(), n.get("language").asText(),
                        new ItemText(n.get("id").asText(), n.path("title").asText(null), n.path("summary").asText(null),
                                n.path("content").asText(null), n.get("language").asText(), n.path("source").asText(null)),
                        themes));
            }
        }
        return items;
    }

    private static double precision(int tp, int fp) {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    private static double recall(int tp, int fn) {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = precision(tp, fp);
        double r = recall(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
