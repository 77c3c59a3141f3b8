package org.policymonitor.system.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Thread dumps ({@code Thread.print -l}) of other JVMs of this machine, taken from this JVM through the attach API,
 * each JVM attached once and kept.
 *
 * <p>Why not {@code jcmd}: jcmd is a JVM of its own; each dump started one, about 0.4 s of CPU (0.26–0.29 s user,
 * 0.10–0.19 s system at load 14) and 0.8–1.4 s of wall time on this 2-core machine, and {@link StallWatch} took two per
 * dump (alert-service, the receiver), up to six dumps, exactly while a webhook was late — the watch loaded the machine
 * in the window it was there to observe, and made the tail it caught longer (perf8 in BENCHMARK.md). Through the attach
 * API the dump costs the target what jcmd's did (a safepoint, the text) and this JVM a socket read.
 *
 * <p>{@code executeJCmd} is public in the JDK's {@code sun.tools.attach}, which jdk.attach does not export: the
 * system tests' JVM is started with {@code --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED} (pom.xml).
 */
final class ThreadDumps implements AutoCloseable {

    private final Map<Long, VirtualMachine> attached = new HashMap<>();

    /** The threads of the JVM {@code pid}, with their locks, as {@code jcmd PID Thread.print -l} prints them. */
    synchronized String of(long pid) throws IOException {
        VirtualMachine vm = attached.get(pid);
        if (vm == null) {
            try {
                vm = VirtualMachine.attach(Long.toString(pid));
            } catch (AttachNotSupportedException e) {
                throw new IOException("cannot attach to " + pid, e);
            }
            attached.put(pid, vm);
        }
        try (InputStream in = jcmd(vm, "Thread.print -l")) {
            return read(in);
        } catch (IOException e) {
            attached.remove(pid); // the JVM ended or closed the connection: attach again next time
            vm.detach();
            throw e;
        }
    }

    /**
     * Read as jcmd reads it, each read into the start of one buffer: read with {@code readAllBytes}, JDK 17.0.15's
     * attach stream ended after its first 4,096 bytes (a read at an offset other than 0 seems to end it).
     */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputStream jcmd(VirtualMachine vm, String command) throws IOException {
        try {
            Method execute = vm.getClass().getMethod("executeJCmd", String.class);
            return (InputStream) execute.invoke(vm, command);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("the JDK's attach API has no executeJCmd here (is sun.tools.attach exported?)", e);
        }
    }

    @Override
    public synchronized void close() {
        for (VirtualMachine vm : attached.values()) {
            try {
                vm.detach();
            } catch (IOException e) {
                // the JVM ended: nothing to detach from
            }
        }
        attached.clear();
    }
}
