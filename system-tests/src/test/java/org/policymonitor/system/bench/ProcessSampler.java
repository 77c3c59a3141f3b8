package org.policymonitor.system.bench;

import org.policymonitor.testing.ProcessCpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

/**
 * Reads the resident memory (VmRSS in /proc/PID/status) and CPU time (utime + stime in /proc/PID/stat) of the
 * service processes, and keeps the peak RSS seen by sampling twice a second.
 */
final class ProcessSampler implements AutoCloseable {

    /** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });

    ProcessSampler(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        pids.forEach((name, pid) -> {
            long kb = rssKb(pid);
            peakKb.merge(name, kb, Math::max);
        });
    }

    Map<String, Long> rssKbNow() {
        Map<String, Long> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long kb = rssKb(pid);
            peakKb.merge(name, kb, Math::max);
            now.put(name, kb);
        });
        return now;
    }

    long peakKb(String name) {
        return peakKb.getOrDefault(name, 0L);
    }

    Map<String, Double> cpuSecondsNow() {
        Map<String, Double> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> now.put(name, cpuSeconds(pid)));
        return now;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone (or this is not Linux): nothing to report
        }
        return 0;
    }

    static double cpuSeconds(long pid) {
        try {
            return ProcessCpu.millis(pid) / 1000;
        } catch (RuntimeException e) {
            return 0; // the process is gone (or this is not Linux)
        }
    }

    /**
     * CPU seconds of a process and all its descendants: its own utime + stime, those of every child still running,
     * and cutime + cstime — what its children that already ended used. For PostgreSQL: the postmaster, its backends
     * (one per connection; a connection's backend that ended is counted through the postmaster's cutime), the
     * checkpointer, WAL writer and autovacuum workers.
     */
    static double treeCpuSeconds(long pid) {
        double own;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            own = (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]))
                    / TICKS_PER_SECOND; // utime, stime, cutime, cstime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return own + ProcessHandle.of(pid).map(h -> h.descendants().mapToDouble(d -> cpuSeconds(d.pid())).sum())
                .orElse(0.0);
    }

    /**
     * The same split by what each process is, from its title ({@code postgres: walwriter}, {@code postgres: postgres
     * policy_alert 127.0.0.1(5432) idle}): "backend DB" per database, the background processes by their name, and
     * "ended" for the processes that already exited (the root's cutime + cstime, e.g. autovacuum workers, the
     * connections this harness opened and closed).
     */
    static Map<String, Double> treeCpuByKind(long pid) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            kinds.put("postmaster", (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND);
            kinds.put("ended", (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return kinds;
        }
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d ->
                kinds.merge(postgresKind(d.pid()), cpuSeconds(d.pid()), Double::sum)));
        return kinds;
    }

    /** What a PostgreSQL process is, from its title: "backend DB" per database, a background process by its name. */
    private static String postgresKind(long pid) {
        try {
            String title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ')
                    .trim().replaceFirst("^postgres: ", "");
            String[] words = title.split(" ");
            // a backend's title is "USER DATABASE HOST(PORT) STATE"; a background process's is its name
            return words.length >= 3 && words[2].contains("(") ? "backend " + words[1]
                    : title.replaceAll(" [0-9A-F/]+$", "");
        } catch (IOException | RuntimeException e) {
            return "other";
        }
    }

    /**
     * CPU seconds of a JVM's threads so far, by kind: the thread's name (/proc/PID/task/TID/comm, which Linux cuts to
     * 15 characters) with its digits replaced by {@code #}, so that {@code executor-thread-3} and {@code -4} add up.
     * Shows what Java samples do not: the JIT's compiler threads and the garbage collector ({@code VM Thread} for
     * SerialGC).
     */
    static Map<String, Double> threadCpuByKind(long pid) {
        return byThreadKind(pid, task -> {
            String stat = Files.readString(task.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        }, Double::sum);
    }

    /** What a thread's /proc/PID/task/TID folder says, read. */
    private interface TaskReader<V> {
        V read(Path task) throws IOException;
    }

    /** A value read for each of a JVM's threads, summed by kind: the name with its digits as {@code #}. */
    private static <V> Map<String, V> byThreadKind(long pid, TaskReader<V> reader, BinaryOperator<V> sum) {
        Map<String, V> kinds = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String kind = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    kinds.merge(kind, reader.read(task), sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            // the process is gone (or this is not Linux): nothing to report
        }
        return kinds;
    }

    /**
     * What the scheduler counted for a thread or process so far ({@code /proc/…/schedstat}): nanoseconds on a CPU, and
     * nanoseconds runnable but waiting for a CPU. Over a run's wall time the two say how busy one thread was and how
     * long it waited for a core; the rest of the time it was blocked (a socket, a lock, a poll, an idle wait).
     */
    record Sched(long onCpu, long waiting) {
        static final Sched NONE = new Sched(0, 0);

        Sched plus(Sched other) {
            return new Sched(onCpu + other.onCpu, waiting + other.waiting);
        }

        Sched minus(Sched other) {
            return new Sched(onCpu - other.onCpu, waiting - other.waiting);
        }
    }

    static Sched sched(Path schedstat) {
        try {
            String[] f = Files.readString(schedstat).trim().split(" ");
            return new Sched(Long.parseLong(f[0]), Long.parseLong(f[1]));
        } catch (IOException | RuntimeException e) {
            return Sched.NONE; // ended meanwhile, or a kernel without schedstats
        }
    }

    /** {@link Sched} of a JVM's threads, by kind as {@link #threadCpuByKind} names them. */
    static Map<String, Sched> threadSchedByKind(long pid) {
        return byThreadKind(pid, task -> sched(task.resolve("schedstat")), Sched::plus);
    }

    /** {@link Sched} of a process tree's running processes (PostgreSQL's), by kind as {@link #treeCpuByKind} names them. */
    static Map<String, Sched> treeSchedByKind(long pid) {
        Map<String, Sched> kinds = new LinkedHashMap<>();
        kinds.put("postmaster", sched(Path.of("/proc", Long.toString(pid), "schedstat")));
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d ->
                kinds.merge(postgresKind(d.pid()), sched(Path.of("/proc", Long.toString(d.pid()), "schedstat")),
                        Sched::plus)));
        return kinds;
    }

    /**
     * A process's page faults and its CPU split into user and system time so far ({@code /proc/PID/stat}): a run that
     * costs more CPU for the same work in every process (the first after a build) shows here whether the extra is
     * the kernel's (faults: pages read back or reclaimed) or the code's own.
     */
    record Faults(long minor, long major, double userSeconds, double systemSeconds) {
        static final Faults NONE = new Faults(0, 0, 0, 0);

        Faults plus(Faults o) {
            return new Faults(minor + o.minor, major + o.major, userSeconds + o.userSeconds, systemSeconds + o.systemSeconds);
        }

        Faults minus(Faults o) {
            return new Faults(minor - o.minor, major - o.major, userSeconds - o.userSeconds, systemSeconds - o.systemSeconds);
        }
    }

    static Faults faults(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new Faults(Long.parseLong(f[7]), Long.parseLong(f[9]), Long.parseLong(f[11]) / TICKS_PER_SECOND,
                    Long.parseLong(f[12]) / TICKS_PER_SECOND); // minflt, majflt, utime, stime
        } catch (IOException | RuntimeException e) {
            return Faults.NONE;
        }
    }

    /** {@link Faults} of a process and its running descendants (PostgreSQL's postmaster and its processes). */
    static Faults treeFaults(long pid) {
        Faults own = faults(pid);
        return ProcessHandle.of(pid).map(h -> h.descendants().map(d -> faults(d.pid())).reduce(own, Faults::plus))
                .orElse(own);
    }

    /** Busy CPU seconds of the whole machine so far (all cores), from /proc/stat. */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
