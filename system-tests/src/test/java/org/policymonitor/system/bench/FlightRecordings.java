package org.policymonitor.system.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * -Dbench.jfr=classifier-service,this: a Java Flight Recorder profile ({@code settings=profile}) of the named processes
 * during the throughput run only, started and dumped through {@code jcmd} (so it can target one service without
 * changing the JVM options of the others, and leaves out start-up and the warm-up). {@code this} is the benchmark's
 * own JVM (the Kafka broker and the producer). The recordings go to target/benchmark-NAME.jfr; read them with
 * {@code jfr print --events jdk.ExecutionSample} or {@code jfr summary}.
 */
final class FlightRecordings {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    /** The recording's name, also in its file name: {@code throughput} or {@code latency}. */
    private final String part;

    /** @param processes every process that may be named (name → pid) */
    FlightRecordings(String names, Map<String, Long> processes) {
        this(names, processes, "throughput");
    }

    /**
     * @param part which part of the run is recorded ({@code latency}: -Dbench.jfr.latency, the steady-rate run, where
     *             the profile's thread-park, socket-read and lock events show what a late send waited for)
     */
    FlightRecordings(String names, Map<String, Long> processes, String part) {
        this.part = part;
        for (String name : Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList()) {
            Long pid = name.equals("this") ? Long.valueOf(ProcessHandle.current().pid()) : processes.get(name);
            if (pid == null) {
                throw new IllegalArgumentException("bench.jfr: no process named " + name + " (one of "
                        + processes.keySet() + " or this)");
            }
            pids.put(name, pid);
        }
    }

    void start() throws IOException, InterruptedException {
        for (long pid : pids.values()) {
            jcmd(pid, "JFR.start", "name=bench-" + part, "settings=profile");
        }
    }

    /** Stops the recordings and writes them; returns the files written. */
    List<Path> stop() throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            String suffix = part.equals("throughput") ? "" : "-" + part;
            Path file = Path.of("target", "benchmark-" + e.getKey() + suffix + ".jfr").toAbsolutePath();
            jcmd(e.getValue(), "JFR.stop", "name=bench-" + part, "filename=" + file);
            files.add(file);
        }
        return files;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", args) + " failed: " + out);
        }
    }
}
