package org.policymonitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process on this machine has used so far (its user + system time in {@code /proc/PID/stat}), for the
 * benchmarks that measure another process than their own: a PostgreSQL backend, a service under load.
 */
public final class ProcessCpu {

    /** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream kernel. */
    public static final double MILLIS_PER_TICK = 10.0;

    private ProcessCpu() {
    }

    /**
     * User + system CPU of the process, in milliseconds (a multiple of {@link #MILLIS_PER_TICK}).
     *
     * @throws UncheckedIOException when the process has ended or {@code /proc} cannot be read
     */
    public static double millis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MILLIS_PER_TICK; // utime, stime
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
