package org.policymonitor.classifier.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted themes against labelled ones, per theme and pooled over themes (micro), with
 * the items not labelled exactly. Pure counting: no engine, no I/O.
 */
final class ThemeScores {

    /** True positives, false positives, false negatives. */
    record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    private final Map<String, Counts> byTheme = new LinkedHashMap<>();
    private final List<String> mistakes = new ArrayList<>();
    private int items;

    ThemeScores(List<String> themes) {
        themes.forEach(t -> byTheme.put(t, new Counts(0, 0, 0)));
    }

    void add(String description, Set<String> gold, Set<String> predicted) {
        items++;
        byTheme.replaceAll((theme, c) -> {
            boolean labelled = gold.contains(theme);
            boolean got = predicted.contains(theme);
            return c.plus(new Counts(labelled && got ? 1 : 0, got && !labelled ? 1 : 0, labelled && !got ? 1 : 0));
        });
        if (!predicted.equals(gold)) {
            Set<String> extra = new HashSet<>(predicted);
            extra.removeAll(gold);
            Set<String> missing = new HashSet<>(gold);
            missing.removeAll(predicted);
            mistakes.add(description + (extra.isEmpty() ? "" : "  +" + extra) + (missing.isEmpty() ? "" : "  -" + missing));
        }
    }

    Map<String, Counts> byTheme() {
        return byTheme;
    }

    Counts micro() {
        return byTheme.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    int items() {
        return items;
    }

    List<String> mistakes() {
        return mistakes;
    }

    /** The Markdown table of the classifier README: one row per theme and the micro row. */
    String table() {
        StringBuilder table = new StringBuilder("| theme | precision | recall | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
        byTheme.forEach((theme, c) -> table.append(row(theme, c, "%.3f")));
        return table.append(row("**micro**", micro(), "**%.3f**")).toString();
    }

    private static String row(String name, Counts c, String f1Format) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | " + f1Format + " | %d | %d | %d |%n", name, c.precision(),
                c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
