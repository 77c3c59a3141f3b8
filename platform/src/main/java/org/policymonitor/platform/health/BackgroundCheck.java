package org.policymonitor.platform.health;

import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A question to a dependency that may block (a database query, a new connection) asked on its own thread every
 * interval, so that a health probe reads the last answer and never waits. A probe that waits on a frozen dependency
 * (a paused VM, a swapped-out host, packets dropped) fails as a timeout: the orchestrator restarts the pod in a loop
 * and the operator sees no cause. Here a question in flight longer than its deadline is itself the answer — "no
 * answer for 12 s" — while the thread keeps waiting for the dependency (the driver's own timeouts end that wait).
 * Plain Java: the clock is given, {@link #ask()} runs one question, {@link #start()} schedules them.
 *
 * @param <T> what the dependency answers
 */
public final class BackgroundCheck<T> implements AutoCloseable {

    /** The blocking question; an exception is its failure. */
    @FunctionalInterface
    public interface Question<T> {
        T ask() throws Exception;
    }

    /** The last answer, or why there is none: {@code problem} is null exactly when {@code value} is current. */
    public record Outcome<T>(T value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final String dependency;
    private final Question<T> question;
    private final Duration every;
    private final Duration deadline;
    private final Clock clock;
    private volatile Instant askedAt;
    private volatile Outcome<T> last;
    private ScheduledExecutorService thread;

    /**
     * @param dependency what is asked, as operators name it ("the database"), used in the problems
     * @param every      how often to ask (between the end of one question and the next)
     * @param deadline   how long a question may be in flight before the check reports no answer
     */
    public BackgroundCheck(String dependency, Question<T> question, Duration every, Duration deadline, Clock clock) {
        this.dependency = dependency;
        this.question = question;
        this.every = every;
        this.deadline = deadline;
        this.clock = clock;
        this.last = new Outcome<>(null, dependency + " not asked yet");
    }

    /** Asks now, then every interval, on a daemon thread of its own named after {@code threadName}. */
    public synchronized BackgroundCheck<T> start(String threadName) {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
            thread.scheduleWithFixedDelay(this::ask, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Asks once on the caller's thread and records the answer (the scheduled runs call this). */
    public void ask() {
        Instant began = clock.instant();
        askedAt = began;
        try {
            last = new Outcome<>(question.ask(), null);
        } catch (Exception e) {
            last = new Outcome<>(null, dependency + " failed at " + began + ": " + describe(e));
        } finally {
            askedAt = null;
        }
    }

    /** Never blocks: the last answer, unless a question has been in flight past the deadline. */
    public Outcome<T> outcome() {
        Instant since = askedAt;
        if (since != null) {
            Duration silent = Duration.between(since, clock.instant());
            if (silent.compareTo(deadline) > 0) {
                return new Outcome<>(null, dependency + " has not answered for " + silent.toSeconds() + " s (asked at "
                        + since + "; frozen, overloaded or unreachable)");
            }
        }
        return last;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
