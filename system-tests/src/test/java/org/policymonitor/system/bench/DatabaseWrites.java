package org.policymonitor.system.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL wrote during the throughput run, counted rather than timed (a busy machine disturbs counts much less
 * than CPU seconds): the WAL generated (its position, exact; records and full-page images from {@code pg_stat_wal},
 * which backends report up to a second or so late), and how much each relation of alert-service's database grew —
 * the table, its TOAST table and every index — per stored item. Relations grow by whole pages, so a figure per item is
 * an average over the run.
 */
final class DatabaseWrites {

    private final long walLsn;
    private final long walRecords;
    private final long walFpi;
    private final Map<String, Long> sizes;

    private DatabaseWrites(long walLsn, long walRecords, long walFpi, Map<String, Long> sizes) {
        this.walLsn = walLsn;
        this.walRecords = walRecords;
        this.walFpi = walFpi;
        this.sizes = sizes;
    }

    /** The WAL position and statistics and every relation's size, now. */
    static DatabaseWrites now(Connection c) throws SQLException {
        long lsn;
        long records;
        long fpi;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT pg_current_wal_lsn() - '0/0'::pg_lsn, w.wal_records, w.wal_fpi FROM pg_stat_wal w""")) {
            r.next();
            lsn = r.getLong(1);
            records = r.getLong(2);
            fpi = r.getLong(3);
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        // a TOAST table and its index are named after the table whose values they hold
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT coalesce(owner.relname || ' (TOAST)', towner.relname || ' (TOAST index)',
                                     CASE c.relkind WHEN 'i' THEN ix.relname || ': ' || c.relname ELSE c.relname END),
                            pg_relation_size(c.oid)
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     LEFT JOIN pg_class owner ON owner.reltoastrelid = c.oid
                     LEFT JOIN pg_index x ON x.indexrelid = c.oid
                     LEFT JOIN pg_class ix ON ix.oid = x.indrelid
                     LEFT JOIN pg_class towner ON towner.reltoastrelid = ix.oid
                     WHERE c.relkind IN ('r', 'i', 't') AND c.relpersistence = 'p'
                       AND (n.nspname = 'public' OR owner.oid IS NOT NULL OR towner.oid IS NOT NULL)
                     ORDER BY 1""")) {
            while (r.next()) {
                sizes.put(r.getString(1), r.getLong(2));
            }
        }
        return new DatabaseWrites(lsn, records, fpi, sizes);
    }

    /** One line for the report: WAL per item. */
    String walLine(DatabaseWrites before, int items) {
        return "PostgreSQL WAL per item: %.1f KB, %.1f records, %.2f full-page images (the WAL's bytes exact, its counts"
                .formatted((walLsn - before.walLsn) / 1024.0 / items, (walRecords - before.walRecords) / (double) items,
                        (walFpi - before.walFpi) / (double) items) + " reported up to a few seconds late)";
    }

    /** Each relation that grew, bytes per item, largest first. */
    List<String> growth(DatabaseWrites before, int items) {
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        sizes.forEach((name, size) -> {
            long delta = size - before.sizes.getOrDefault(name, 0L);
            if (delta > 0) {
                grown.add(Map.entry(name, delta));
            }
        });
        grown.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> lines = new ArrayList<>();
        lines.add("%12s %12s  %s".formatted("bytes/item", "MB in all", "relation of alert-service's database (grown"
                + " during the throughput run)"));
        grown.forEach(e -> lines.add("%12.0f %12.1f  %s".formatted(e.getValue() / (double) items,
                e.getValue() / 1048576.0, e.getKey())));
        return lines;
    }
}
