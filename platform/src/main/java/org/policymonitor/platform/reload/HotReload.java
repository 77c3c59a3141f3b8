package org.policymonitor.platform.reload;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A file put in force while the service runs: one immutable {@link Snapshot} (the value built from the file, its
 * version, when it was loaded) that readers take whole, replaced atomically when the file changed and is valid.
 * <p>
 * A file that does not read or build is refused as a whole: the last good snapshot stays in force, and the refusal
 * (its version and problem) is kept for the health check, counted through the {@link Listener}, and logged once per
 * version — checking the same broken file again neither rebuilds nor logs it. A file that is missing changes
 * nothing either (a warning, once). At startup there is no snapshot yet: whether a refused file then stops the
 * service is the caller's choice ({@link #reload()} throws). Plain Java: the services schedule {@link #check()} and
 * call {@link #reload()} from their admin endpoints.
 * <p>
 * A scheduled {@link #check()} may read a file an operator is still writing in place, and the first half of a YAML
 * document is often a valid document itself (fewer rules, fewer sources). So a check puts a changed file in force
 * only once it has read the very same bytes (same hash) again at least the settle time after it first saw them; a
 * file that is still changing is only noted, neither built, refused nor logged. An explicit {@link #reload()} is the
 * operator saying the file is complete, and acts at once.
 *
 * @param <T> what the file builds (an immutable value: it is shared by every reader)
 * @param <E> the exception that says why a file is refused
 */
public final class HotReload<T, E extends Exception> {

    private static final Logger LOG = Logger.getLogger(HotReload.class);

    /** The value in force, the version of the file it was built from, and when. */
    public record Snapshot<T>(T value, String version, Instant loadedAt) {
    }

    /**
     * The last file that was not put in force: its version (null when it could not be read or does not exist), what
     * was wrong, and the exception that said so (null for a missing file).
     */
    public record Refusal<E>(String version, String message, E problem, Instant at) {
    }

    /** What a reload did: the snapshot in force afterwards, the one before, and whether it changed. */
    public record Result<T>(Snapshot<T> inForce, Snapshot<T> previous, boolean changed) {
    }

    /** Reads the file's bytes; null when it does not exist; throws when it exists but cannot be read. */
    @FunctionalInterface
    public interface Reader<E extends Exception> {
        byte[] read() throws E;
    }

    /** Builds the value from the file's bytes; throws when the file is invalid. */
    @FunctionalInterface
    public interface Builder<T, E extends Exception> {
        T build(byte[] content) throws E;
    }

    /** Told of every change and refusal (metrics, retiring the previous value). */
    public interface Listener<T, E> {
        default void loaded(Snapshot<T> now, Snapshot<T> before) {
        }

        default void refused(Refusal<E> refusal, Snapshot<T> inForce) {
        }
    }

    private final String what;
    private final String origin;
    private final Reader<E> reader;
    private final Function<byte[], String> version;
    private final Builder<T, E> builder;
    private final Listener<T, E> listener;
    private final Clock clock;
    private final long settleNanos;
    private final AtomicReference<Snapshot<T>> current = new AtomicReference<>();
    private volatile Refusal<E> lastRefusal;
    /** A changed version a check has seen and that waits to be seen again after the settle time; null when none. */
    private Sighting pending;

    /** When a check first saw a version ({@link System#nanoTime()}: a test's fixed clock must not stop the settling). */
    private record Sighting(String version, long firstSeenNanos) {
    }

    /** How long a changed file must stay the same before a check puts it in force: an operator's save is done by then. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(1);

    /**
     * @param what    what the file is, for log lines ("source catalogue", "ruleset")
     * @param origin  where it is read from, for log lines and problems ("file /etc/…", "classpath:…")
     * @param version the version of a file's bytes (a hash: any edit is a new version)
     * @param settle  how long a check waits, at least, between first reading a changed file and putting the same bytes
     *                in force ({@link Duration#ZERO}: at once, for files nobody writes in place)
     */
    public HotReload(String what, String origin, Reader<E> reader, Function<byte[], String> version,
                     Builder<T, E> builder, Listener<T, E> listener, Clock clock, Duration settle) {
        this.settleNanos = settle.toNanos();
        this.what = what;
        this.origin = origin;
        this.reader = reader;
        this.version = version;
        this.builder = builder;
        this.listener = listener;
        this.clock = clock;
    }

    /** The snapshot in force; null until a file was first put in force. */
    public Snapshot<T> current() {
        return current.get();
    }

    /** The last refusal, or null when the last look at the file found it in force (or unchanged). */
    public Refusal<E> lastRefusal() {
        return lastRefusal;
    }

    public String origin() {
        return origin;
    }

    /**
     * Reads the file and puts it in force when it changed and is valid.
     *
     * @throws E when the file cannot be read or is invalid (the snapshot in force stays; the same broken version
     *           again throws the same problem without building or logging it again)
     */
    public synchronized Result<T> reload() throws E {
        return putInForce(false);
    }

    private Result<T> putInForce(boolean settle) throws E {
        Snapshot<T> before = current.get();
        byte[] content;
        try {
            content = reader.read();
        } catch (Exception e) {
            pending = null;
            throw refuse(null, problem(e), before);
        }
        if (content == null) {
            pending = null;
            Refusal<E> previous = lastRefusal;
            if (previous == null || previous.problem() != null || previous.version() != null) {
                LOG.warnf("%s %s does not exist: %s", what, origin, before == null ? "nothing is in force until it does"
                        : "version " + before.version() + " stays in force");
            }
            lastRefusal = new Refusal<>(null, "file not found: " + origin, null, clock.instant());
            return new Result<>(before, before, false);
        }
        String v = version.apply(content);
        if (before != null && before.version().equals(v)) {
            lastRefusal = null;
            pending = null;
            return new Result<>(before, before, false);
        }
        Refusal<E> refused = lastRefusal;
        if (refused != null && v.equals(refused.version()) && refused.problem() != null) {
            throw refused.problem(); // the same broken file again: refused and logged already
        }
        if (settle && !settled(v)) {
            return new Result<>(before, before, false); // maybe still being written: look again later
        }
        pending = null;
        T value;
        try {
            value = builder.build(content);
        } catch (Exception e) {
            throw refuse(v, problem(e), before);
        }
        Snapshot<T> now = new Snapshot<>(value, v, clock.instant());
        current.set(now);
        lastRefusal = null;
        LOG.infof("%s %s from %s in force%s", what, v, origin, before == null ? "" : " (was " + before.version() + ")");
        listener.loaded(now, before);
        return new Result<>(now, before, true);
    }

    /**
     * For a schedule: puts the file in force when it changed and has stayed the same since a check at least the
     * settle time ago; a refusal is reported as by {@link #reload()}, not thrown.
     */
    public void check() {
        try {
            synchronized (this) {
                putInForce(settleNanos > 0);
            }
        } catch (RuntimeException e) {
            LOG.warnf("cannot check the %s %s: %s", what, origin, e.getMessage());
        } catch (Exception e) {
            // refused: reported (log, listener, lastRefusal); the snapshot in force keeps serving
        }
    }

    /** Whether this version was seen by an earlier check, at least the settle time ago (else it is noted now). */
    private boolean settled(String v) {
        long now = System.nanoTime();
        Sighting seen = pending;
        if (seen == null || !seen.version().equals(v)) {
            pending = new Sighting(v, now);
            LOG.debugf("%s %s changed (%s); put in force once it stays the same for %d ms", what, origin, v,
                    settleNanos / 1_000_000);
            return false;
        }
        return now - seen.firstSeenNanos() >= settleNanos;
    }

    private E refuse(String v, E problem, Snapshot<T> inForce) {
        Refusal<E> refusal = new Refusal<>(v, Objects.requireNonNullElse(problem.getMessage(), problem.toString()),
                problem, clock.instant());
        lastRefusal = refusal;
        LOG.errorf("%s %s from %s refused, %s: %s", what, v == null ? "(unreadable)" : v, origin,
                inForce == null ? "nothing is in force" : "version " + inForce.version() + " stays in force",
                refusal.message());
        listener.refused(refusal, inForce);
        return problem;
    }

    /** The reader's and builder's own exceptions are refusals; anything unexpected is rethrown as it is. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E problem(Exception e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        return (E) e;
    }
}
