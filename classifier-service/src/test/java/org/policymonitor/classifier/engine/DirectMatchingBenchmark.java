package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.rules.ShippedRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine as it classifies now ({@link DirectQuery}) against the engine as it classified before (every rule through
 * Lucene Monitor, {@link RuleEngine#monitorOnly}) in one JVM: the shipped rules, the same items (the system benchmark's
 * and the dev set), {@link RuleEngine#classify} — tags and evidence included —, alternating rounds of CPU time on one
 * thread after a warm-up, so that the machine's load weighs on both alike. Checks first that both classify every item
 * alike. Run it with the services' JIT setting:
 * <pre>
 * ./mvnw -B -ntp -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none \
 *   -Dtest=DirectMatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
 *   -DargLine=-XX:TieredStopAtLevel=1        # -Dbench.rounds=12 -Dbench.round.cpu=0.5 -Dbench.warmup.cpu=8
 * </pre>
 */
@Tag("benchmark")
class DirectMatchingBenchmark {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void cpuPerItem() throws Exception {
        Map<String, List<ItemText>> sets = new LinkedHashMap<>();
        sets.put("system benchmark mix", EngineCorpus.systemBenchItems());
        sets.put("dev set", EngineCorpus.devItems());
        try (RuleEngine monitor = RuleEngine.monitorOnly(ShippedRules.definition());
             RuleEngine direct = RuleEngine.build(ShippedRules.definition())) {
            for (List<ItemText> items : sets.values()) {
                for (ItemText item : items) {
                    assertThat(direct.classify(item)).isEqualTo(monitor.classify(item));
                }
            }
            int rounds = Integer.getInteger("bench.rounds", 12);
            double roundCpu = Double.parseDouble(System.getProperty("bench.round.cpu", "0.5"));
            long warmupEnd = THREADS.getCurrentThreadCpuTime()
                    + (long) (Double.parseDouble(System.getProperty("bench.warmup.cpu", "8")) * 1e9);
            while (THREADS.getCurrentThreadCpuTime() < warmupEnd) {
                for (List<ItemText> items : sets.values()) {
                    classifyAll(monitor, items);
                    classifyAll(direct, items);
                }
            }
            for (var set : sets.entrySet()) {
                List<Double> before = new ArrayList<>();
                List<Double> after = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    before.add(microsPerItem(monitor, set.getValue(), roundCpu));
                    after.add(microsPerItem(direct, set.getValue(), roundCpu));
                }
                before.sort(null);
                after.sort(null);
                System.out.printf(Locale.ROOT, "%s: CPU µs per item, Monitor only best %.1f median %.1f | "
                                + "direct best %.1f median %.1f | median %+.1f %%%n", set.getKey(), before.get(0),
                        before.get(rounds / 2), after.get(0), after.get(rounds / 2),
                        100 * (after.get(rounds / 2) / before.get(rounds / 2) - 1));
            }
        }
        System.out.printf(Locale.ROOT, "JVM %s, load average %.1f%n", ManagementFactory.getRuntimeMXBean()
                .getInputArguments(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double microsPerItem(RuleEngine engine, List<ItemText> items, double cpuSeconds) {
        long start = THREADS.getCurrentThreadCpuTime();
        long end = start + (long) (cpuSeconds * 1e9);
        long count = 0;
        long now;
        do {
            classifyAll(engine, items);
            count += items.size();
            now = THREADS.getCurrentThreadCpuTime();
        } while (now < end);
        return (now - start) / 1e3 / count;
    }

    static long sink;

    static void classifyAll(RuleEngine engine, List<ItemText> items) {
        for (ItemText item : items) {
            sink += engine.classify(item).tags().size();
        }
    }
}
