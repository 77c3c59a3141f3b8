package org.policymonitor.classifier.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per item of reading a {@code policy.items.raw} record ({@link FeedItem} JSON, as the system benchmark writes
 * it: two dates with microseconds), with the events' mapper ({@code EventJson}, whose {@code IsoDateTimes} reads the
 * dates) and with the plain {@code JavaTimeModule} mapping it replaced, in alternating rounds on one thread after a
 * warm-up ({@link ThreadMXBean} CPU time, as the machine is shared). Run it with the services' JIT setting to see what
 * they pay: {@code -DargLine=-XX:TieredStopAtLevel=1}. Asserts nothing.
 * <pre>
 * ./mvnw -B -ntp -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=FeedItemReadBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -DargLine=-XX:TieredStopAtLevel=1
 * </pre>
 */
@Tag("benchmark")
class FeedItemReadBenchmark {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The events' mapping without {@code IsoDateTimes}: what jackson-datatype-jsr310 alone does. */
    static final ObjectMapper JAVA_TIME_MODULE = JsonMapper.builder().build().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void cpuPerItem() throws Exception {
        List<String> records = records(1000);
        int rounds = Integer.getInteger("bench.rounds", 10);
        int passes = Integer.getInteger("bench.passes", 20);
        for (int i = 0; i < 30; i++) {
            read(EventJson.mapper(), records);
            read(JAVA_TIME_MODULE, records);
        }
        List<Double> events = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            events.add(microsPerItem(EventJson.mapper(), records, passes));
            plain.add(microsPerItem(JAVA_TIME_MODULE, records, passes));
        }
        print("EventJson (IsoDateTimes)", events);
        print("JavaTimeModule alone", plain);
        System.out.printf(Locale.ROOT, "JVM %s %s, load average %.1f%n", System.getProperty("java.vm.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static List<String> records(int count) {
        List<String> records = new ArrayList<>();
        Instant start = Instant.parse("2026-12-01T06:00:00.123456Z");
        for (int i = 0; i < count; i++) {
            Instant fetchedAt = start.plusNanos(i * 1_234_000L);
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            String link = "https://bench.example/news/" + i;
            records.add(EventJson.toJson(FeedItem.of("bench", "Benchmark News", link, link, BenchmarkNews.title(kind, i),
                    BenchmarkNews.text(kind, i), null, "en", List.of("News"), null,
                    OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.ofHours(3)), null, fetchedAt)));
        }
        return records;
    }

    static double microsPerItem(ObjectMapper mapper, List<String> records, int passes) throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int pass = 0; pass < passes; pass++) {
            read(mapper, records);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / ((long) passes * records.size());
    }

    static long sink;

    static void read(ObjectMapper mapper, List<String> records) throws IOException {
        for (String record : records) {
            sink += mapper.readValue(record, FeedItem.class).fetchedAt().getNano();
        }
    }

    static void print(String name, List<Double> micros) {
        List<Double> sorted = micros.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s: CPU µs per item best %.2f, median %.2f, worst %.2f%n", name, sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
}
