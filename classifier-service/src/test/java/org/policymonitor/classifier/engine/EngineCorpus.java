package org.policymonitor.classifier.engine;

import org.policymonitor.classifier.rules.InvalidRuleException;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.RuleDefinition;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.ThemeDefinition;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Items and rulesets the engine's results are pinned on ({@code GoldenClassificationsTest}) and its cost is measured
 * on ({@code EngineCostBenchmark}): the dev set, reshaped so that every field, language guessing and long texts are
 * exercised; the system benchmark's items ({@code testing}'s {@link BenchmarkNews}); and a generated ruleset using
 * every query form analysts may write. Everything is deterministic (fixed seeds), so the same corpus comes out on
 * every run.
 */
public final class EngineCorpus {

    private static final List<String> SOURCES = List.of("belta", "newsby", "nasb", "president", "undp", "test");

    private EngineCorpus() {
    }

    public static List<ItemText> devItems() throws IOException {
        return DevSetItems.load();
    }

    /**
     * The system benchmark's throughput mix, in its proportions (per 10 items: 2 AI law, 1 cyber, 1 data,
     * 1 governance, 5 that match nothing), as the classifier receives them.
     */
    public static List<ItemText> systemBenchItems() {
        List<ItemText> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            items.add(new ItemText("bench-" + i, BenchmarkNews.title(kind, i), BenchmarkNews.text(kind, i), null, "en",
                    "bench"));
        }
        return items;
    }

    /**
     * The corpus the golden file pins: the dev items as they are; without a declared language (guessed from the
     * script); with their text in {@code content} only; three items of one language merged into title, summary and
     * content; with a foreign declared language and another source; a long article (more than 20 evidence spans);
     * odd texts (empty, punctuation, mixed scripts); and the system benchmark's items.
     */
    public static List<ItemText> goldenItems() throws IOException {
        List<ItemText> dev = devItems();
        List<ItemText> items = new ArrayList<>(dev);
        for (ItemText d : dev) {
            items.add(new ItemText(d.id() + "-guessed", d.title(), d.summary(), null, null, d.source()));
            items.add(new ItemText(d.id() + "-content", null, null, d.title() + ". " + d.summary(), d.language(),
                    d.source()));
            items.add(new ItemText(d.id() + "-foreign", d.summary(), d.title(), d.title(), "de-DE",
                    SOURCES.get(Math.floorMod(d.id().hashCode(), SOURCES.size()))));
        }
        for (int i = 0; i < dev.size(); i++) {
            ItemText a = dev.get(i);
            ItemText b = sameLanguageAfter(dev, i, 1);
            ItemText c = sameLanguageAfter(dev, i, 2);
            ItemText d = sameLanguageAfter(dev, i, 3);
            items.add(new ItemText(a.id() + "-merged", a.title(), b.summary() + " " + c.title(),
                    c.summary() + "\n" + d.title() + " — " + d.summary() + " " + a.summary(), a.language(), b.source()));
        }
        for (String language : List.of("en", "ru", "be")) {
            StringBuilder article = new StringBuilder();
            dev.stream().filter(d -> language.equals(d.language())).limit(12)
                    .forEach(d -> article.append(d.title()).append(". ").append(d.summary()).append("\n\n"));
            items.add(new ItemText("long-" + language, "Digest", article.toString(), article.toString(), language,
                    "belta"));
        }
        items.add(new ItemText("odd-empty", "", "", "", "en", ""));
        items.add(new ItemText("odd-blank", " ", "\n\n", "\t", "ru", " "));
        items.add(new ItemText("odd-punctuation", "«—»", "!!! ... ???", "( ) [ ] { } * ? ~ \" '", null, null));
        items.add(new ItemText("odd-mixed", "AI и ИИ і ШІ", "ChatGPT, нейросеть, нейрасетка; deepfake/дипфейк",
                "Закон аб штучным інтэлекце, закон об искусственном интеллекте, law on artificial intelligence.",
                null, "BELTA"));
        items.addAll(systemBenchItems());
        return items;
    }

    private static ItemText sameLanguageAfter(List<ItemText> items, int i, int nth) {
        String language = items.get(i).language();
        int found = 0;
        for (int k = 1; k <= items.size(); k++) {
            ItemText candidate = items.get((i + k) % items.size());
            if (language.equals(candidate.language()) && ++found == nth) {
                return candidate;
            }
        }
        return items.get(i);
    }

    /**
     * About 800 rules drawn from the dev items' own words, in every form the rule syntax offers: terms, phrases,
     * AND, NOT, prefixes, wildcards, proximity, field prefixes, {@code fields:}, {@code sources:}, {@code source:},
     * {@code requires:} and {@code implies}, per language and for every language. Rules that do not compile (a word
     * the parser reads as syntax) are left out.
     */
    public static RulesetDefinition generatedRuleset() throws IOException {
        Random random = new Random(20261201);
        List<ItemText> dev = devItems();
        // words of more than a few items («the», «и») would make every rule fire on every item
        Map<String, Integer> itemsWith = new HashMap<>();
        dev.forEach(d -> words(d.title() + " " + d.summary()).forEach(w -> itemsWith.merge(w, 1, Integer::sum)));
        int themes = 8;
        List<List<RuleDefinition>> rulesByTheme = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            rulesByTheme.add(new ArrayList<>());
        }
        for (int i = 0; i < 800; i++) {
            ItemText item = dev.get(random.nextInt(dev.size()));
            List<String> words = words(item.title() + " " + item.summary()).stream()
                    .filter(w -> itemsWith.get(w) <= 3).toList();
            if (words.size() < 4) {
                continue;
            }
            int at = random.nextInt(words.size() - 3);
            String a = words.get(at);
            String b = words.get(at + 1);
            String c = words.get(at + 2 + random.nextInt(2));
            String far = words.get(random.nextInt(words.size()));
            String other = words(dev.get(random.nextInt(dev.size())).summary()).stream()
                    .filter(w -> itemsWith.get(w) <= 3).findFirst().orElse("zzz");
            List<String> sources = List.of();
            List<String> fields = List.of();
            List<String> requires = List.of();
            String query = switch (i % 12) {
                case 0 -> a;
                case 1 -> "\"" + a + " " + b + "\"";
                case 2 -> a + " AND " + far;
                case 3 -> a + " AND NOT " + other;
                case 4 -> prefix(a) + " OR " + other;
                case 5 -> "title:" + a + " OR summary:\"" + b + " " + c + "\"";
                case 6 -> "\"" + a + " " + c + "\"~3";
                case 7 -> a + " OR " + b;
                case 8 -> "(" + a + " OR " + b + ") AND (" + far + " OR " + other + ")";
                case 9 -> "source:" + item.source() + " AND " + a;
                case 10 -> a.length() > 4 ? a.substring(0, 2) + "?" + a.substring(3) : a;
                default -> "+" + a + " -" + other + " " + b;
            };
            if (i % 5 == 0) {
                sources = List.of(item.source());
            }
            if (i % 7 == 0) {
                fields = List.of(i % 2 == 0 ? "title" : "summary");
            }
            int theme = i % themes;
            if (i % 11 == 0 && theme > 0) {
                requires = List.of("g" + (theme - 1));
            }
            List<String> languages = i % 9 == 0 ? List.of() : List.of(item.language());
            RuleDefinition rule = new RuleDefinition("r" + i, "g" + theme, query, languages, sources, fields, null,
                    requires);
            try {
                RuleCompiler.compile(rule, Map.of());
                rulesByTheme.get(theme).add(rule);
            } catch (InvalidRuleException e) {
                // a word the classic parser reads as syntax: not a rule an analyst could save either
            }
        }
        List<ThemeDefinition> definitions = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            List<String> implies = t % 3 == 1 ? List.of("g" + (t + 1) % themes) : List.of();
            definitions.add(new ThemeDefinition("g" + t, "generated " + t, null, implies, rulesByTheme.get(t)));
        }
        return new RulesetDefinition("generated", "generated", Map.of(), definitions);
    }

    private static String prefix(String word) {
        return word.substring(0, Math.max(3, word.length() - 3)) + "*";
    }

    /** Lower-cased words of letters only, at least 3 long (lower case: AND/OR/NOT stay words, not operators). */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(words);
    }
}
