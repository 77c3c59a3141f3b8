package org.policymonitor.classifier.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.engine.EngineCorpus;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.classifier.engine.RuleEngine;
import org.policymonitor.classifier.rules.ShippedRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per item of the engine alone (shipped rules, one thread): the system benchmark's item mix and the 120 dev
 * items. Measured as CPU time of the measuring thread ({@link ThreadMXBean}), not wall time, because the build machine
 * is shared; after a warm-up long enough for C2, several rounds, each printed with the load average. Asserts nothing.
 * <pre>
 * ./mvnw -B -ntp -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=EngineCostBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false        # -Dbench.warmup.cpu=20 -Dbench.rounds=5 -Dbench.round.cpu=2
 * </pre>
 * {@link #main} runs the same without Maven, which is how two builds of the engine were compared in alternation
 * ({@code java -cp <classes>:<test-classes>:<dependencies> org.policymonitor.classifier.bench.EngineCostBenchmark}).
 */
@Tag("benchmark")
class EngineCostBenchmark {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void cpuPerItem() throws Exception {
        run();
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        double warmupCpu = Double.parseDouble(System.getProperty("bench.warmup.cpu", "20"));
        int rounds = Integer.getInteger("bench.rounds", 5);
        double roundCpu = Double.parseDouble(System.getProperty("bench.round.cpu", "2"));
        Map<String, List<ItemText>> sets = new LinkedHashMap<>();
        sets.put("system benchmark mix", EngineCorpus.systemBenchItems());
        sets.put("dev set", EngineCorpus.devItems());
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        sets.keySet().forEach(name -> micros.put(name, new ArrayList<>()));
        try (RuleEngine engine = RuleEngine.build(ShippedRules.definition())) {
            long sink = 0;
            long warmupEnd = THREADS.getCurrentThreadCpuTime() + (long) (warmupCpu * 1e9);
            while (THREADS.getCurrentThreadCpuTime() < warmupEnd) {
                for (List<ItemText> items : sets.values()) {
                    for (ItemText item : items) {
                        sink += engine.classify(item).tags().size();
                    }
                }
            }
            for (int round = 1; round <= rounds; round++) {
                StringBuilder line = new StringBuilder("round " + round + ":");
                for (var set : sets.entrySet()) {
                    long items = 0;
                    long start = THREADS.getCurrentThreadCpuTime();
                    long end = start + (long) (roundCpu * 1e9);
                    long now;
                    do {
                        for (ItemText item : set.getValue()) {
                            sink += engine.classify(item).tags().size();
                        }
                        items += set.getValue().size();
                        now = THREADS.getCurrentThreadCpuTime();
                    } while (now < end);
                    double us = (now - start) / 1e3 / items;
                    micros.get(set.getKey()).add(us);
                    line.append(String.format(Locale.ROOT, "  %s %.1f µs/item", set.getKey(), us));
                }
                line.append(String.format(Locale.ROOT, "  (load %.1f)", loadAverage()));
                System.out.println(line);
            }
            if (sink == Long.MIN_VALUE) {
                System.out.println(sink);
            }
        }
        micros.forEach((name, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%s: CPU µs per item best %.1f, median %.1f%n", name, sorted.get(0),
                    sorted.get(sorted.size() / 2));
        });
        System.out.printf(Locale.ROOT, "JVM: %s, %d processors, load average at the end %.1f%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
