package org.policymonitor.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The storing line's transactions of one run, read back from alert-service's database: each item's {@code stored_at}
 * is taken when its batch's storing begins (alert-service's clock), its row's commit time is PostgreSQL's
 * ({@code track_commit_timestamp}); the items of one transaction share both. From them: when storing began after the
 * first publish, how many items each transaction held, and how much of the line's time was spent inside a
 * transaction and how much between two (handing over, settling, waiting for the next prepared batch) — the question
 * "what bounds raw → stored" asked of the line itself rather than of CPU seconds.
 */
final class StoringTimeline {

    /** One storing transaction: when it began (alert-service's clock), when it committed (PostgreSQL's), its items. */
    record Transaction(Instant began, Instant committed, int items) {
        double seconds() {
            return Duration.between(began, committed).toNanos() / 1e9;
        }
    }

    private final List<Transaction> transactions;

    StoringTimeline(List<Transaction> transactions) {
        this.transactions = List.copyOf(transactions);
    }

    /** The transactions that stored the source's items, in order (a story merge rewrites member rows, not items). */
    static StoringTimeline of(Connection c, String sourceId) throws SQLException {
        List<Transaction> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT stored_at, min(pg_xact_commit_timestamp(xmin)), count(*) FROM item WHERE source_id = ?
                GROUP BY stored_at ORDER BY stored_at""")) {
            s.setString(1, sourceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getTimestamp(2) != null) {
                        found.add(new Transaction(r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant(),
                                r.getInt(3)));
                    }
                }
            }
        }
        return new StoringTimeline(found);
    }

    /**
     * The report's lines: storing's start after the first publish, transactions and their sizes, the line's time in
     * and between transactions — over the whole run and over the part after {@code classifiedAll} (every record
     * already on the classified topic: from then on the line is never short of input).
     */
    List<String> lines(Instant firstPublish, Instant classifiedAll) {
        if (transactions.isEmpty()) {
            return List.of("  storing line: no transaction found");
        }
        List<String> lines = new ArrayList<>();
        Transaction first = transactions.get(0);
        lines.add("  storing line (alert-service, from stored_at and commit times): first transaction began %.2f s after the first publish; %s"
                .formatted(Duration.between(firstPublish, first.began()).toNanos() / 1e9, summary(transactions)));
        if (classifiedAll != null) {
            List<Transaction> after = transactions.stream().filter(t -> !t.began().isBefore(classifiedAll)).toList();
            if (!after.isEmpty()) {
                lines.add("    after all were classified (%.2f s after the first publish): %s".formatted(
                        Duration.between(firstPublish, classifiedAll).toNanos() / 1e9, summary(after)));
            }
        }
        return lines;
    }

    /** One line per transaction: its start after the first publish, its length and its items (a CSV for plots). */
    void write(Path file, Instant firstPublish) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("began_s,ms,items");
        transactions.forEach(t -> rows.add("%.3f,%.1f,%d".formatted(
                Duration.between(firstPublish, t.began()).toNanos() / 1e9, t.seconds() * 1000, t.items())));
        Files.write(file, rows);
    }

    private static String summary(List<Transaction> ts) {
        int[] sizes = ts.stream().mapToInt(Transaction::items).sorted().toArray();
        int items = Arrays.stream(sizes).sum();
        double span = Duration.between(ts.get(0).began(), ts.get(ts.size() - 1).committed()).toNanos() / 1e9;
        double inside = ts.stream().mapToDouble(Transaction::seconds).sum();
        double[] gaps = new double[Math.max(0, ts.size() - 1)];
        for (int i = 1; i < ts.size(); i++) {
            gaps[i - 1] = Duration.between(ts.get(i - 1).committed(), ts.get(i).began()).toNanos() / 1e6;
        }
        Arrays.sort(gaps);
        double[] durations = ts.stream().mapToDouble(t -> t.seconds() * 1000).sorted().toArray();
        return ("%d transactions, %d items (per transaction min / median / max %d / %d / %d); first begin → last commit "
                + "%.2f s (%.0f items/s): in a transaction %.2f s (%.0f %%; each median %.0f ms, %.2f ms per item), "
                + "between two %.2f s (median gap %.1f ms, max %.1f)").formatted(ts.size(), items, sizes[0],
                sizes[sizes.length / 2], sizes[sizes.length - 1], span, items / span, inside, 100 * inside / span,
                durations[durations.length / 2], inside * 1000 / items, span - inside,
                gaps.length == 0 ? 0.0 : gaps[gaps.length / 2], gaps.length == 0 ? 0.0 : gaps[gaps.length - 1]);
    }
}
