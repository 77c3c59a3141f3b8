package org.policymonitor.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * The errors no one caught, on any thread of the JVM, while it is open — what a test waiting beside this one would
 * meet: Awaitility makes itself the JVM's default handler while it waits and fails the waiting test with any such
 * error (a clean-clone run of 7 December 2026 failed {@code LocalStackTest} with a bind failure {@code MailCatcherTest}
 * provoked beside it). For the tests that show a server handles its threads' failures itself. One default handler
 * serves the whole JVM: where test classes run concurrently (the launcher's), a wait of a test beside this one takes it
 * over while it waits — an error then fails that test instead of being seen here, so a regression still fails the run.
 *
 * <pre>{@code try (UncaughtErrors uncaught = UncaughtErrors.record()) { …; UncaughtErrors.awaitEnd(thread); assertThat(uncaught.seen()).isEmpty(); } }</pre>
 */
public final class UncaughtErrors implements AutoCloseable {

    private final Thread.UncaughtExceptionHandler previous;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private UncaughtErrors() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> seen.add(thread.getName() + ": " + error));
    }

    /** Records from now until {@link #close()}. */
    public static UncaughtErrors record() {
        return new UncaughtErrors();
    }

    /** Each error as "thread name: error". */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    /**
     * Waits until no live thread has this name: a thread's uncaught error is handed on before it dies, so it is
     * {@link #seen()} by then. The wait itself lets other threads' errors through to this recorder.
     */
    public static void awaitEnd(String threadName) {
        await("the end of thread " + threadName).dontCatchUncaughtExceptions().atMost(Deadlines.ARRIVES)
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals(threadName) && t.isAlive()));
    }

    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
