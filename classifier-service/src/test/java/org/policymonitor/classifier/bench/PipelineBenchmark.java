package org.policymonitor.classifier.bench;

import com.sun.management.OperatingSystemMXBean;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.engine.DevSetItems;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.TestKafka;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Kafka path of the classifier, {@code policy.items.raw} → {@code policy.items.classified}, through the
 * real embedded broker: N dev items (en/ru/be, ~80 words) are published as fast as the broker takes them and the
 * run ends when every classified item has been read back. Prints items/s (wall) and CPU-ms per item: of the whole
 * process (which also hosts the broker and this load generator) and of the service's own threads (SmallRye's
 * consumer, Vert.x, the classified-items producer), from {@link ThreadMXBean}. Asserts only that nothing was
 * lost. Not part of the default build (see README "Benchmark"):
 * {@code ./mvnw -B -ntp -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@QuarkusTest
class PipelineBenchmark {

    static final int ITEMS = Integer.getInteger("bench.items", 5_000);
    static final int WARMUP_ITEMS = Integer.getInteger("bench.warmup", 2_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final Duration ROUND_DEADLINE = Duration.ofMinutes(5);
    /**
     * Threads that work for the service: SmallRye's Kafka consumer and polling threads, Vert.x and Quarkus workers,
     * and the Kafka clients SmallRye creates (their client ids start with kafka-producer-/kafka-consumer- and the
     * channel name). The broker's threads and this harness's clients (client ids bench-*) are not among them.
     */
    static final Pattern SERVICE_THREADS = Pattern.compile(
            "smallrye-kafka-.*|vert\\.x-.*|executor-thread-.*|.*kafka-(producer|consumer)-(items|policy).*|"
                    + "kafka-coordinator-heartbeat-thread \\| classifier-service|ruleset-.*|consumer-lag");

    record Round(int items, double seconds, double processCpuMs, double serviceCpuMs, Map<String, Double> cpuByThread) {
        double itemsPerSecond() {
            return items / seconds;
        }
    }

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void itemsThroughTheBroker() throws Exception {
        List<ItemText> dev = DevSetItems.load();
        try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.ITEMS_CLASSIFIED));
            run(dev, WARMUP_ITEMS, producer, consumer);
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                rounds.add(run(dev, ITEMS, producer, consumer));
            }
            print(rounds);
        }
    }

    private Round run(List<ItemText> dev, int count, KafkaProducer<String, String> producer,
                      KafkaConsumer<String, String> consumer) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        List<FeedItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ItemText text = dev.get(i % dev.size());
            items.add(FeedItem.of(text.source() == null ? "belta" : text.source(), "Bench",
                    "https://bench.example/" + runId + "/" + i, null, text.title(), text.summary(), text.content(),
                    text.language(), List.of(), null, null, null, Instant.now()));
        }
        List<String> payloads = items.stream().map(EventJson::toJson).toList();
        Set<String> waiting = new HashSet<>();
        items.forEach(item -> waiting.add(item.id()));

        Map<Long, Long> threadsBefore = threadCpu();
        Map<Long, String> names = threadNames();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(Topics.ITEMS_RAW, items.get(i).id(), payloads.get(i)));
        }
        producer.flush();
        long deadline = start + ROUND_DEADLINE.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                waiting.remove(record.key());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuBefore;
        assertThat(waiting).as("classified items not read back within %s", ROUND_DEADLINE).isEmpty();

        Map<Long, Long> threadsAfter = threadCpu();
        names.putAll(threadNames());
        Map<String, Double> byThread = new HashMap<>();
        double service = 0;
        for (Map.Entry<Long, Long> e : threadsAfter.entrySet()) {
            double ms = (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / 1e6;
            String name = names.getOrDefault(e.getKey(), "?");
            byThread.merge(name.replaceAll("\\d+", "N"), ms, Double::sum);
            if (SERVICE_THREADS.matcher(name).matches()) {
                service += ms;
            }
        }
        return new Round(count, seconds, cpu / 1e6, service, byThread);
    }

    private static void print(List<Round> rounds) {
        System.out.printf(Locale.ROOT, "%n| round | items | items/s (wall) | process CPU-ms/item | service-threads CPU-ms/item |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|%n");
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            System.out.printf(Locale.ROOT, "| %d | %,d | %,.0f | %.3f | %.3f |%n", i + 1, r.items(), r.itemsPerSecond(),
                    r.processCpuMs() / r.items(), r.serviceCpuMs() / r.items());
        }
        Round best = rounds.stream().max((a, b) -> Double.compare(a.itemsPerSecond(), b.itemsPerSecond())).orElseThrow();
        System.out.printf(Locale.ROOT, "%nCPU-ms per item by thread group (best round):%n");
        best.cpuByThread().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-70s %.3f%s%n", e.getKey(), e.getValue() / best.items(),
                        SERVICE_THREADS.matcher(e.getKey().replace("N", "0")).matches() ? "  (service)" : ""));
        System.out.printf(Locale.ROOT, "load average %.1f; JVM %s, %d processors, max heap %d MB%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static Map<Long, String> threadNames() {
        Map<Long, String> names = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return names;
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-load");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-read");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // item ids are new in every round
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
