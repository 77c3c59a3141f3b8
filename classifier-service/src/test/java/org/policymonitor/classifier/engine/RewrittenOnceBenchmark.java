package org.policymonitor.classifier.engine;

import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.analysis.IndexAnalyzer;
import org.policymonitor.classifier.analysis.Language;
import org.policymonitor.classifier.rules.CompiledRule;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.ShippedRules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RewrittenOnce} against Monitor's own decomposer in one JVM: two sets of Monitors over the shipped rules, the
 * same documents (the system benchmark's items and the dev set), alternating rounds of CPU time on one thread after a
 * warm-up, so that the machine's load weighs on both alike. Checks first that both find the same matches; prints CPU
 * µs per item of {@code Monitor.match} (the engine without building tags). Run it with the services' JIT setting:
 * <pre>
 * ./mvnw -B -ntp -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none \
 *   -Dtest=RewrittenOnceBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
 *   -DargLine=-XX:TieredStopAtLevel=1        # -Dbench.rounds=12 -Dbench.round.cpu=0.5 -Dbench.warmup.cpu=8
 * </pre>
 */
@Tag("benchmark")
class RewrittenOnceBenchmark {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A document ready to match, in the monitor of its language. */
    record Prepared(Language language, Document document) {
    }

    @Test
    void cpuPerItem() throws Exception {
        List<CompiledRule> compiled = RuleCompiler.compileAll(ShippedRules.definition());
        Map<Language, Monitor> monitorsOwn = monitors(compiled, false);
        Map<Language, Monitor> rewrittenOnce = monitors(compiled, true);
        Map<String, List<Prepared>> sets = new LinkedHashMap<>();
        try (RuleEngine engine = RuleEngine.build(ShippedRules.definition())) {
            sets.put("system benchmark mix", prepared(engine, EngineCorpus.systemBenchItems()));
            sets.put("dev set", prepared(engine, EngineCorpus.devItems()));
        }
        for (List<Prepared> documents : sets.values()) {
            for (Prepared d : documents) {
                assertThat(matches(rewrittenOnce, d)).isEqualTo(matches(monitorsOwn, d));
            }
        }
        int rounds = Integer.getInteger("bench.rounds", 12);
        double roundCpu = Double.parseDouble(System.getProperty("bench.round.cpu", "0.5"));
        long warmupEnd = THREADS.getCurrentThreadCpuTime()
                + (long) (Double.parseDouble(System.getProperty("bench.warmup.cpu", "8")) * 1e9);
        while (THREADS.getCurrentThreadCpuTime() < warmupEnd) {
            for (List<Prepared> documents : sets.values()) {
                matchAll(monitorsOwn, documents);
                matchAll(rewrittenOnce, documents);
            }
        }
        for (var set : sets.entrySet()) {
            List<Double> own = new ArrayList<>();
            List<Double> once = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                own.add(microsPerItem(monitorsOwn, set.getValue(), roundCpu));
                once.add(microsPerItem(rewrittenOnce, set.getValue(), roundCpu));
            }
            own.sort(null);
            once.sort(null);
            System.out.printf(Locale.ROOT, "%s: CPU µs per item, Monitor's decomposer best %.1f median %.1f | "
                            + "RewrittenOnce best %.1f median %.1f | median %+.1f %%%n", set.getKey(), own.get(0),
                    own.get(rounds / 2), once.get(0), once.get(rounds / 2),
                    100 * (once.get(rounds / 2) / own.get(rounds / 2) - 1));
        }
        System.out.printf(Locale.ROOT, "JVM %s, load average %.1f%n", ManagementFactory.getRuntimeMXBean()
                .getInputArguments(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Monitor monitor : monitorsOwn.values()) {
            monitor.close();
        }
        for (Monitor monitor : rewrittenOnce.values()) {
            monitor.close();
        }
    }

    static Map<Language, Monitor> monitors(List<CompiledRule> compiled, boolean once) throws IOException {
        Map<Language, Monitor> monitors = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            MonitorConfiguration configuration = new MonitorConfiguration().setPurgeFrequency(1, TimeUnit.HOURS)
                    .setQueryUpdateBufferSize(256);
            if (once) {
                configuration.setQueryDecomposer(new RewrittenOnce());
            }
            Monitor monitor = new Monitor(IndexAnalyzer.get(), RuleEngine.presearcher(compiled), configuration);
            List<MonitorQuery> queries = new ArrayList<>();
            for (CompiledRule rule : compiled) {
                if (rule.queries().containsKey(language)) {
                    queries.add(new MonitorQuery(rule.id(), rule.queries().get(language), rule.definition().query(),
                            Map.of("theme", rule.theme())));
                }
            }
            monitor.register(queries);
            monitors.put(language, monitor);
        }
        return monitors;
    }

    static List<Prepared> prepared(RuleEngine engine, List<ItemText> items) {
        List<Prepared> prepared = new ArrayList<>();
        for (ItemText item : items) {
            Language language = RuleEngine.language(item);
            prepared.add(new Prepared(language, engine.document(item, language)));
        }
        return prepared;
    }

    static List<String> matches(Map<Language, Monitor> monitors, Prepared d) throws IOException {
        List<String> found = new ArrayList<>();
        for (HighlightsMatch match : monitors.get(d.language()).match(d.document(), HighlightsMatch.MATCHER)
                .getMatches()) {
            found.add(match.getQueryId() + " " + match.getHits());
        }
        found.sort(null);
        return found;
    }

    static double microsPerItem(Map<Language, Monitor> monitors, List<Prepared> documents, double cpuSeconds)
            throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        long end = start + (long) (cpuSeconds * 1e9);
        long items = 0;
        long now;
        do {
            matchAll(monitors, documents);
            items += documents.size();
            now = THREADS.getCurrentThreadCpuTime();
        } while (now < end);
        return (now - start) / 1e3 / items;
    }

    static long sink;

    static void matchAll(Map<Language, Monitor> monitors, List<Prepared> documents) throws IOException {
        for (Prepared d : documents) {
            sink += monitors.get(d.language()).match(d.document(), HighlightsMatch.MATCHER).getMatchCount();
        }
    }
}
