package org.policymonitor.system.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus metric names the services can expose: those their code registers with Micrometer (read from
 * their sources, so a renamed meter breaks the dashboard's test rather than the dashboard), plus the ones
 * Quarkus registers for every service (Kafka clients, HTTP server, JVM), named as Micrometer's Prometheus
 * registry names them: '.' becomes '_', counters end in _total, timers in _seconds_{count,sum,max,bucket}.
 */
final class ServiceMetrics {

    static final List<String> SERVICES = List.of("ingest-service", "classifier-service", "alert-service");

    /**
     * Registered by Quarkus itself in each service (Micrometer's HTTP server and JVM binders; Micrometer's Kafka client
     * metrics through platform's KafkaClientMeters since perf7, named as Quarkus' binder named them), as read
     * from the /q/metrics of the packaged alert-service; {@code up} and {@code ALERTS} (the firing alerts) are Prometheus'
     * own.
     */
    static final Set<String> FRAMEWORK = Set.of(
            "up",
            "ALERTS",
            "kafka_consumer_fetch_manager_records_lag_max",
            "kafka_consumer_fetch_manager_records_consumed_total",
            "kafka_consumer_fetch_manager_records_consumed_rate",
            "kafka_producer_record_send_total",
            "kafka_producer_record_error_total",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max",
            "jvm_memory_used_bytes",
            "jvm_memory_max_bytes",
            "process_cpu_usage",
            "process_uptime_seconds");

    enum Type { COUNTER, TIMER, GAUGE, SUMMARY }

    private static final Pattern REGISTRATION = Pattern.compile(
            "(?<kind>Counter\\.builder|FunctionCounter\\.builder|\\.counter|Timer\\.builder|LongTaskTimer\\.builder|\\.timer"
                    + "|Gauge\\.builder|TimeGauge\\.builder|MultiGauge\\.builder|\\.gauge|\\.gaugeMapSize|\\.gaugeCollectionSize"
                    + "|DistributionSummary\\.builder|\\.summary|@Counted|@Timed)\\s*\\(\\s*(?:value\\s*=\\s*)?"
                    + "(?:\"(?<literal>[a-zA-Z][a-zA-Z0-9_.]*)\"|(?<constant>[A-Za-z_][A-Za-z0-9_.]*)\\s*[,)])");
    private static final Pattern CONSTANT = Pattern.compile(
            "\\b(?:static\\s+final\\s+)?String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-zA-Z][a-zA-Z0-9_.]*)\"\\s*;");
    /** A platform meter named after the service that uses it: {@code Gauge.builder(prefix + ".consumer.waiting.seconds", …}. */
    private static final Pattern PREFIXED = Pattern.compile(
            "Gauge\\.builder\\(\\s*prefix(?:\\.get\\(\\))?\\s*\\+\\s*\"(?<suffix>\\.[a-z][a-z0-9_.]*)\"");
    /** The prefix each service gives platform's consumer meters. */
    private static final Pattern METRIC_PREFIX = Pattern.compile(
            "^policy\\.messaging\\.lag\\.metric-prefix\\s*=\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*(?:\"([a-z]+)\"|BaseUnits\\.([A-Z_]+))");

    private ServiceMetrics() {
    }

    /** Every name a dashboard or an alert may query. */
    static Set<String> known() {
        Set<String> names = new TreeSet<>(FRAMEWORK);
        names.addAll(registeredByServices());
        return names;
    }

    /** Prometheus names of the meters the services' own code registers. */
    static Set<String> registeredByServices() {
        List<String> sources = javaSources();
        Map<String, String> constants = new HashMap<>();
        for (String source : sources) {
            Matcher c = CONSTANT.matcher(source);
            while (c.find()) {
                constants.putIfAbsent(c.group(1), c.group(2));
            }
        }
        Set<String> names = new TreeSet<>();
        for (String source : sources) {
            Matcher m = REGISTRATION.matcher(source);
            while (m.find()) {
                String name = m.group("literal");
                if (name == null) {
                    String constant = m.group("constant");
                    name = constants.get(constant.substring(constant.lastIndexOf('.') + 1));
                }
                if (name == null || !name.contains(".") && !name.contains("_")) {
                    continue; // not a meter name (a variable, or a one-word string such as a tag)
                }
                int end = source.indexOf(';', m.end());
                String statement = source.substring(m.start(), end < 0 ? source.length() : end);
                Matcher unit = BASE_UNIT.matcher(statement);
                String baseUnit = unit.find() ? (unit.group(1) != null ? unit.group(1) : unit.group(2).toLowerCase()) : null;
                names.addAll(prometheusNames(name, typeOf(m.group("kind")), baseUnit));
            }
        }
        names.addAll(platformMetersOfServices());
        return names;
    }

    /** Platform's consumer gauges, under the prefix each service's configuration gives them. */
    static Set<String> platformMetersOfServices() {
        Set<String> names = new TreeSet<>();
        List<String> suffixes = new ArrayList<>();
        for (String source : sourcesOf(List.of("platform"))) {
            Matcher m = PREFIXED.matcher(source);
            while (m.find()) {
                suffixes.add(m.group("suffix"));
            }
        }
        for (String service : SERVICES) {
            Path properties = Repository.root().resolve(service).resolve("src/main/resources/application.properties");
            try {
                Matcher prefix = METRIC_PREFIX.matcher(Files.isRegularFile(properties) ? Files.readString(properties) : "");
                if (prefix.find()) {
                    suffixes.forEach(suffix -> names.addAll(prometheusNames(prefix.group(1) + suffix, Type.GAUGE, null)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static Type typeOf(String kind) {
        if (kind.contains("ounter") || kind.equals("@Counted")) {
            return Type.COUNTER;
        }
        if (kind.contains("imer") || kind.equals("@Timed")) {
            return Type.TIMER;
        }
        if (kind.contains("ummary")) {
            return Type.SUMMARY;
        }
        return Type.GAUGE;
    }

    static Set<String> prometheusNames(String meterName, Type type, String baseUnit) {
        String base = meterName.replace('.', '_').replace('-', '_');
        if (baseUnit != null && !base.endsWith("_" + baseUnit)) {
            base = base + "_" + baseUnit;
        }
        return switch (type) {
            case COUNTER -> Set.of(base.endsWith("_total") ? base : base + "_total");
            case TIMER -> {
                String seconds = base.endsWith("_seconds") ? base : base + "_seconds";
                yield Set.of(seconds + "_count", seconds + "_sum", seconds + "_max", seconds + "_bucket",
                        seconds + "_active_count", seconds + "_duration_sum");
            }
            case SUMMARY -> Set.of(base + "_count", base + "_sum", base + "_max", base + "_bucket");
            case GAUGE -> Set.of(base);
        };
    }

    private static List<String> javaSources() {
        return sourcesOf(SERVICES);
    }

    private static List<String> sourcesOf(List<String> modules) {
        try {
            List<String> sources = new ArrayList<>();
            for (String service : modules) {
                Path main = Repository.root().resolve(service).resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        sources.add(Files.readString(file));
                    }
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
