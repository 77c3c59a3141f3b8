package org.policymonitor.system.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The storing line's stalls in the latency run, its unmeasured warm-up included, read from alert-service's database
 * after the run. The webhook tail of the quiet runs (up to 220 of 4,500 webhooks later than 900 ms after storing)
 * began with one: a storing transaction that merged two stories rewrote ~11,900 item rows and took 2.8 s during the
 * warm-up, and the ~450 deliveries it and the next transaction released drained into the measured window (BENCHMARK.md,
 * "The webhook tail"). The late items' own split (stored → committed → claimed → received) cannot show that: their own
 * storing was quick, they queued behind the warm-up's burst.
 */
final class StoringStalls {

    /** A storing transaction this long is a stall: at 100 items/s, a burst of as many deliveries follows it. */
    static final Duration SLOW = Duration.ofMillis(500);
    /** One transaction rewriting this many item rows is a story merge of a large story (the grouping's only bulk update). */
    static final int REWRITE = 1_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private StoringStalls() {
    }

    /**
     * Storing transactions of the given sources' items that took longer than {@link #SLOW}: each item's
     * {@code stored_at} is its transaction's start, its row's commit time (PostgreSQL runs with
     * {@code track_commit_timestamp}) the end — or the end of a later transaction that rewrote every row of it (a
     * merge), which the second line shows.
     */
    static List<String> lines(Connection c, List<String> sources, Instant from) throws SQLException {
        List<String> slow = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT stored_at, count(*), min(pg_xact_commit_timestamp(xmin)) FROM item
                WHERE source_id = ANY (?) GROUP BY stored_at
                HAVING min(pg_xact_commit_timestamp(xmin)) - stored_at > ? * interval '1 millisecond'
                ORDER BY stored_at""")) {
            s.setArray(1, c.createArrayOf("text", sources.toArray()));
            s.setLong(2, SLOW.toMillis());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant start = instant(r.getTimestamp(1));
                    slow.add("%s %d ms (%d items)".formatted(TIME.format(start),
                            Duration.between(start, instant(r.getTimestamp(3))).toMillis(), r.getLong(2)));
                }
            }
        }
        List<String> rewrites = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT pg_xact_commit_timestamp(xmin) AS at, count(*) FROM item GROUP BY xmin
                HAVING count(*) >= ? AND pg_xact_commit_timestamp(xmin) >= ? ORDER BY 1""")) {
            s.setInt(1, REWRITE);
            s.setTimestamp(2, Timestamp.from(from));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rewrites.add("committed %s, %d rows".formatted(TIME.format(instant(r.getTimestamp(1))), r.getLong(2)));
                }
            }
        }
        return List.of(
                "  storing transactions of the latency run (its warm-up included) longer than %d ms: %s".formatted(
                        SLOW.toMillis(), slow.isEmpty() ? "none" : String.join(", ", slow)),
                "    transactions since then that rewrote ≥ %,d item rows (story merges): %s".formatted(REWRITE,
                        rewrites.isEmpty() ? "none" : rewrites.stream().collect(Collectors.joining(", "))));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
