package org.policymonitor.classifier.bench;

import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.engine.DevSetItems;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.classifier.engine.RuleEngine;
import org.policymonitor.classifier.rules.CompiledRule;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.RuleDefinition;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.ShippedRules;
import org.policymonitor.classifier.rules.ThemeDefinition;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Throughput of classification on ~80-word items: the shipped rules, 10,000 generated rules, and the same
 * 10,000 rules as one precompiled java.util.regex each (what regex-based feed readers do). Prints a table;
 * asserts nothing about time. Not part of the default build:
 * {@code ./mvnw -pl classifier-service verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ClassifierBenchmark}
 */
@Tag("benchmark")
class ClassifierBenchmark {

    static final int GENERATED_RULES = 10_000;
    static final long MEASURE_NANOS = 3_000_000_000L;
    static final long WARMUP_NANOS = 8_000_000_000L;
    static final int ROUNDS = 3;

    /** itemsPerCpuSecond: items per second of CPU time of the measuring thread, less sensitive to a busy machine. */
    record Result(String scenario, int rules, double itemsPerSecond, double itemsPerCpuSecond, long heapMb,
                  double matchesPerItem) {
    }

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void throughput() throws Exception {
        List<ItemText> realItems = realItems();
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random, 20_000);
        List<ItemText> mixedItems = mixedItems(realItems, vocabulary, random);
        List<RuleDefinition> generated = generatedRules(vocabulary, random);
        System.out.printf(Locale.ROOT, "items: %d real (avg %.0f words), %d with generated vocabulary (avg %.0f words)%n",
                realItems.size(), avgWords(realItems), mixedItems.size(), avgWords(mixedItems));

        List<Result> results = new ArrayList<>();
        RulesetDefinition shipped = ShippedRules.definition();
        List<CompiledRule> shippedCompiled = RuleCompiler.compileAll(shipped);
        for (Presearcher presearcher : List.of(new TermFilteredPresearcher(), new MultipassTermFilteredPresearcher(2))) {
            long base = usedHeap();
            try (RuleEngine engine = RuleEngine.build(shipped, shippedCompiled, presearcher)) {
                long heap = usedHeap() - base;
                String name = presearcher.getClass().getSimpleName();
                results.add(measure("Lucene Monitor, shipped rules, " + name + " (1 thread)", engine.ruleCount(), heap,
                        realItems, item -> rulesFired(engine, item)));
                results.add(measureParallel("Lucene Monitor, shipped rules, " + name + " (2 threads)",
                        engine.ruleCount(), heap, realItems, engine));
            }
        }

        RulesetDefinition big = new RulesetDefinition("generated", "generated", Map.of(),
                List.of(new ThemeDefinition("generated", "generated", null, List.of(), generated)));
        List<CompiledRule> compiled = RuleCompiler.compileAll(big);
        for (Presearcher presearcher : List.of(new TermFilteredPresearcher(), new MultipassTermFilteredPresearcher(2))) {
            long base = usedHeap();
            long start = System.nanoTime();
            try (RuleEngine engine = RuleEngine.build(big, compiled, presearcher)) {
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                long heap = usedHeap() - base;
                String name = presearcher.getClass().getSimpleName();
                System.out.printf(Locale.ROOT, "%s: 10,000 rules indexed in %.1f s%n", name, buildSeconds);
                results.add(measure("Lucene Monitor, 10,000 rules, " + name, engine.ruleCount(), heap, mixedItems,
                        item -> rulesFired(engine, item)));
            }
        }

        long base = usedHeap();
        List<Pattern> patterns = generated.stream().map(ClassifierBenchmark::regexOf).toList();
        long regexHeap = usedHeap() - base;
        results.add(measure("java.util.regex, one pattern per rule, 10,000 rules", patterns.size(), regexHeap,
                mixedItems, item -> {
                    String text = item.title() + "\n" + item.summary();
                    int matched = 0;
                    for (Pattern p : patterns) {
                        if (p.matcher(text).find()) {
                            matched++;
                        }
                    }
                    return matched;
                }));

        System.out.println();
        System.out.println("| scenario | rules | items/s (wall) | items/CPU-s | rules fired/item | heap used (MB) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %s | %s | %d |%n", r.scenario(), r.rules(),
                    r.itemsPerSecond(), Double.isNaN(r.itemsPerCpuSecond()) ? "–" : String.format(Locale.ROOT, "%,.0f",
                            r.itemsPerCpuSecond()), Double.isNaN(r.matchesPerItem()) ? "–" : String.format(Locale.ROOT,
                            "%.2f", r.matchesPerItem()), r.heapMb());
        }
        double lucene = results.stream().filter(r -> r.scenario().contains("10,000 rules, " + MultipassTermFilteredPresearcher.class.getSimpleName()))
                .findFirst().orElseThrow().itemsPerSecond();
        Result regexResult = results.get(results.size() - 1);
        double luceneCpu = results.stream().filter(r -> r.scenario().contains("10,000 rules, " + MultipassTermFilteredPresearcher.class.getSimpleName()))
                .findFirst().orElseThrow().itemsPerCpuSecond();
        System.out.printf(Locale.ROOT, "%nLucene Monitor / regex at 10,000 rules: %.0fx (wall), %.0fx (CPU)%n",
                lucene / regexResult.itemsPerSecond(), luceneCpu / regexResult.itemsPerCpuSecond());
        System.out.printf(Locale.ROOT, "load average during the run: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    static int rulesFired(RuleEngine engine, ItemText item) {
        return engine.classify(item).tags().stream().mapToInt(t -> t.rules().size()).sum();
    }

    /**
     * Warm-up, then {@value #ROUNDS} timed rounds; the best round is reported, because on a shared machine
     * the other rounds measure the neighbours as much as the code.
     */
    static Result measure(String scenario, int rules, long heapBytes, List<ItemText> items, ToIntFunction<ItemText> work) {
        long sink = 0;
        int i = 0;
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmupEnd) {
            sink += work.applyAsInt(items.get(i++ % items.size()));
        }
        double best = 0;
        double bestCpu = 0;
        double matchesPerItem = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long count = 0;
            long matches = 0;
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + MEASURE_NANOS;
            long now;
            do {
                matches += work.applyAsInt(items.get(i++ % items.size()));
                count++;
                now = System.nanoTime();
            } while (now < end);
            double rate = count / ((now - start) / 1e9);
            bestCpu = Math.max(bestCpu, count / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
            if (rate > best) {
                best = rate;
                matchesPerItem = (double) matches / count;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new Result(scenario, rules, best, bestCpu, heapBytes >> 20, matchesPerItem);
    }

    static Result measureParallel(String scenario, int rules, long heapBytes, List<ItemText> items, RuleEngine engine)
            throws InterruptedException {
        int threads = 2;
        long[] counts = new long[threads];
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime() + WARMUP_NANOS;
        long end = start + MEASURE_NANOS;
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                int i = id;
                long n = 0;
                while (System.nanoTime() < end) {
                    engine.classify(items.get(i++ % items.size()));
                    if (System.nanoTime() >= start) {
                        n++;
                    }
                }
                counts[id] = n;
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long total = counts[0] + counts[1];
        return new Result(scenario, rules, total / (MEASURE_NANOS / 1e9), Double.NaN, heapBytes >> 20, Double.NaN);
    }

    /** The dev-set items in all three languages, two of the same language joined to make ~80-word items. */
    static List<ItemText> realItems() throws Exception {
        List<ItemText> dev = DevSetItems.load();
        List<ItemText> items = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            ItemText a = dev.get(i);
            ItemText b = dev.stream().skip(i + 1).filter(x -> x.language().equals(a.language())).findFirst()
                    .orElse(dev.stream().filter(x -> x.language().equals(a.language())).findFirst().orElseThrow());
            items.add(new ItemText("bench-" + i, a.title(), a.summary() + " " + b.title() + ". " + b.summary(), null,
                    a.language(), a.source()));
        }
        return items;
    }

    /** English dev items with 30 words of the generated vocabulary mixed in (Zipf-distributed, as in real text). */
    static List<ItemText> mixedItems(List<ItemText> real, List<String> vocabulary, Random random) {
        List<ItemText> items = new ArrayList<>();
        for (ItemText item : real) {
            if (!"en".equals(item.language())) {
                continue;
            }
            StringBuilder extra = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                extra.append(' ').append(vocabulary.get(zipf(random, vocabulary.size())));
            }
            String[] words = item.summary().split(" ");
            String summary = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 50))) + extra;
            items.add(new ItemText(item.id(), item.title(), summary, null, "en", item.source()));
        }
        return items;
    }

    static int zipf(Random random, int n) {
        // inverse-CDF approximation of Zipf(s=1): rank ~ n^u
        return Math.min(n - 1, (int) Math.floor(Math.pow(n, random.nextDouble())) - 1 + 0);
    }

    /** Pronounceable pseudo-words, so that the generated rules do not collide with real English stems. */
    static List<String> vocabulary(Random random, int size) {
        String[] consonants = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "t", "v", "z"};
        String[] vowels = {"a", "e", "i", "o", "u"};
        LinkedHashSet<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                w.append(consonants[random.nextInt(consonants.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            w.append(consonants[random.nextInt(consonants.length)]);
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    /** 10,000 rules mixing the syntax analysts use: OR of terms, phrases, AND with NOT. */
    static List<RuleDefinition> generatedRules(List<String> vocabulary, Random random) {
        List<RuleDefinition> rules = new ArrayList<>(GENERATED_RULES);
        for (int i = 0; i < GENERATED_RULES; i++) {
            String a = vocabulary.get(random.nextInt(vocabulary.size()));
            String b = vocabulary.get(random.nextInt(vocabulary.size()));
            String c = vocabulary.get(random.nextInt(vocabulary.size()));
            String query = switch (i % 3) {
                case 0 -> a + " OR " + b;
                case 1 -> "\"" + a + " " + b + "\"";
                default -> a + " AND " + b + " AND NOT " + c;
            };
            rules.add(new RuleDefinition("g" + i, "generated", query, List.of("en"), List.of(), List.of(), null, List.of()));
        }
        return rules;
    }

    /** The regular expression a regex-based reader would use for the same rule. */
    static Pattern regexOf(RuleDefinition rule) {
        String q = rule.query();
        String regex;
        if (q.contains(" OR ")) {
            String[] p = q.split(" OR ");
            regex = "\\b(?:" + Pattern.quote(p[0]) + "|" + Pattern.quote(p[1]) + ")\\b";
        } else if (q.startsWith("\"")) {
            String[] p = q.substring(1, q.length() - 1).split(" ");
            regex = "\\b" + Pattern.quote(p[0]) + "\\s+" + Pattern.quote(p[1]) + "\\b";
        } else {
            String[] p = q.replace(" AND NOT ", " AND ").split(" AND ");
            regex = "^(?=.*\\b" + Pattern.quote(p[0]) + "\\b)(?=.*\\b" + Pattern.quote(p[1]) + "\\b)(?!.*\\b"
                    + Pattern.quote(p[2]) + "\\b)";
        }
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    static double avgWords(List<ItemText> items) {
        return items.stream().mapToInt(i -> (i.title() + " " + i.summary()).split("\\s+").length).average().orElse(0);
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
