package org.policymonitor.platform.retry;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Says in the log that a dependency is away — once when the outage begins (with the reason), at most once per
 * reminder interval while it lasts (with how long), and once at INFO when it is back — instead of a line per failed
 * attempt: alert's delivery worker ticks every 2 s and wrote ~1,800 WARN lines an hour of a database outage, which
 * buried everything else. Readiness and the metrics say the outage all along; the log says when it began and ended.
 * Plain Java, thread-safe. The caller decides what is an outage (e.g. {@link Failures#isDatabaseUnreachable}) and logs
 * any other failure itself.
 */
public final class OutageLog {

    private final Logger log;
    private final String dependency;
    private final String meanwhile;
    private final Duration remindEvery;
    private final Clock clock;
    /** When the outage began; null while the dependency answers. */
    private Instant since;
    private Instant lastSaid;
    private long failures;

    /**
     * @param log         the caller's logger, so that the lines carry its category
     * @param dependency  what is away, as the subject of a sentence: "the database"
     * @param meanwhile   what happens while it is away: "deliveries wait in the outbox until it returns"
     * @param remindEvery the least time between two lines of one outage
     */
    public OutageLog(Logger log, String dependency, String meanwhile, Duration remindEvery, Clock clock) {
        if (remindEvery.isNegative() || remindEvery.isZero()) {
            throw new IllegalArgumentException("the reminder interval must be positive, was " + remindEvery);
        }
        this.log = log;
        this.dependency = dependency;
        this.meanwhile = meanwhile;
        this.remindEvery = remindEvery;
        this.clock = clock;
    }

    /** An attempt failed because the dependency is away. */
    public synchronized void failed(Throwable failure) {
        Instant now = clock.instant();
        failures++;
        if (since == null) {
            since = now;
            lastSaid = now;
            log.warnf("%s is unreachable; %s: %s", dependency, meanwhile, Failures.describe(failure));
        } else if (!now.isBefore(lastSaid.plus(remindEvery))) {
            lastSaid = now;
            log.warnf("%s is still unreachable after %s (%s); %s: %s", dependency,
                    spoken(Duration.between(since, now)), attempts(), meanwhile, Failures.describe(failure));
        }
    }

    /** An attempt reached the dependency: ends the outage, if there was one. */
    public synchronized void succeeded() {
        if (since == null) {
            return;
        }
        log.infof("%s is back after %s (%s)", dependency, spoken(Duration.between(since, clock.instant())), attempts());
        since = null;
        lastSaid = null;
        failures = 0;
    }

    /** Whether an outage is under way (for tests and callers that say it elsewhere). */
    public synchronized boolean inOutage() {
        return since != null;
    }

    private String attempts() {
        return failures == 1 ? "1 failed attempt" : failures + " failed attempts";
    }

    /** "42 s", "5 min 3 s", "2 h 7 min": as precise as a reader of a log needs. */
    static String spoken(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
