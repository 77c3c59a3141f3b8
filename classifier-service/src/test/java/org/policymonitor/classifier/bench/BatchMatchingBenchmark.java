package org.policymonitor.classifier.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.classifier.engine.RuleEngine;
import org.policymonitor.classifier.rules.ShippedRules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A/B of the two ways the engine can classify a polled batch: item by item ({@link RuleEngine#classify}) and in one
 * call ({@link RuleEngine#classifyAll}), on the same 500 mixed-language items, in alternating rounds of the same JVM so
 * that both are measured at the same stage of JIT compilation and under the same load. Prints the CPU time per item
 * of the measuring thread for every round.
 */
@Tag("benchmark")
class BatchMatchingBenchmark {

    static final int BATCH = Integer.getInteger("bench.batch", 500);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void oneCallPerBatchAgainstOnePerItem() throws Exception {
        List<ItemText> real = ClassifierBenchmark.realItems();
        List<ItemText> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(real.get(i % real.size()));
        }
        try (RuleEngine engine = RuleEngine.build(ShippedRules.definition())) {
            double bestSingle = Double.MAX_VALUE;
            double bestBatch = Double.MAX_VALUE;
            for (int round = 1; round <= ROUNDS; round++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (ItemText item : batch) {
                    engine.classify(item);
                }
                double single = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / BATCH;
                cpu = THREADS.getCurrentThreadCpuTime();
                engine.classifyAll(batch);
                double together = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / BATCH;
                bestSingle = Math.min(bestSingle, single);
                bestBatch = Math.min(bestBatch, together);
                System.out.printf(Locale.ROOT, "round %2d: item by item %.3f ms/item, batch of %d %.3f ms/item%n", round,
                        single, BATCH, together);
            }
            System.out.printf(Locale.ROOT, "best: item by item %.3f ms/item, batch of %d %.3f ms/item; load average %.1f%n",
                    bestSingle, BATCH, bestBatch, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
