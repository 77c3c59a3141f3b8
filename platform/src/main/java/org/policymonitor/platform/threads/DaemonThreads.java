package org.policymonitor.platform.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the services' background executors (timers, pools, a line of work): daemon threads, so none
 * holds the JVM up at shutdown — their owners end them in order when they close —, named for what they do, so a
 * thread dump says whose a thread is. Before, each owner wrote the same six lines of factory.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads all named {@code name}: a single-thread executor's, or one thread of its own. */
    public static ThreadFactory named(String name) {
        return r -> daemon(r, name);
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, …: a pool's. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> daemon(r, prefix + "-" + n.incrementAndGet());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
