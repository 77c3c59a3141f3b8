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

    /**
     * The WAL of the throughput run taken apart (needs {@code pg_walinspect}, shipped with the embedded binaries, and a
     * superuser's connection): records and bytes per item by relation — each record counted once, for the relation of
     * its first block; a record with no block (a commit) under its kind — and by kind of record. Reads the WAL back
     * from disk, so it is run after the measured window and only when asked ({@code -Dbench.pg.wal=true}).
     */
    List<String> walByRelation(Connection c, DatabaseWrites before, int items) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("%10s %10s  %s".formatted("records", "bytes", "per item: the relation (of this database; others by"
                + " database oid) or the record kind, and the record kinds it got"));
        String range = "'%s'::pg_lsn, '%s'::pg_lsn".formatted(lsn(before.walLsn), lsn(walLsn));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
            try (ResultSet r = s.executeQuery("""
                    WITH b AS (
                        SELECT CASE WHEN b.reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                                    THEN coalesce(pg_filenode_relation(b.reltablespace, b.relfilenode)::regclass::text,
                                                  'relfilenode ' || b.relfilenode)
                                    ELSE 'database ' || b.reldatabase END
                                   || CASE b.relforknumber WHEN 0 THEN '' ELSE ' (fork ' || b.relforknumber || ')' END
                                   AS rel,
                               b.resource_manager || '/' || b.record_type AS kind, b.record_length
                        FROM pg_get_wal_block_info(%s, false) b WHERE b.block_id = 0),
                    k AS (SELECT rel, kind, count(*) AS n FROM b GROUP BY rel, kind),
                    r AS (SELECT rel, count(*) AS n, sum(record_length) AS bytes FROM b GROUP BY rel),
                    blockless AS (
                        SELECT 'records without a block: ' || w."resource_manager/record_type" AS rel, w.count AS n,
                               w.combined_size AS bytes
                        FROM pg_get_wal_stats(%s, true) w
                        WHERE w.count > (SELECT count(*) FROM b WHERE b.kind = w."resource_manager/record_type"))
                    SELECT r.rel, r.n, r.bytes, (SELECT string_agg(k.kind || ' ' || k.n, ', ' ORDER BY k.n DESC)
                                                  FROM k WHERE k.rel = r.rel) FROM r
                    UNION ALL
                    SELECT rel, n, bytes, NULL FROM blockless
                    ORDER BY 2 DESC""".formatted(range, range))) {
                while (r.next()) {
                    lines.add("%10.2f %10.0f  %s%s".formatted(r.getLong(2) / (double) items,
                            r.getLong(3) / (double) items, r.getString(1),
                            r.getString(4) == null ? "" : "  (" + perItem(r.getString(4), items) + ")"));
                }
            }
        }
        return lines;
    }

    /** "Heap/INSERT 220000, …" with each count per item. */
    private static String perItem(String kinds, int items) {
        StringBuilder out = new StringBuilder();
        for (String kind : kinds.split(", ")) {
            int space = kind.lastIndexOf(' ');
            out.append(out.isEmpty() ? "" : ", ").append(kind, 0, space)
                    .append(" %.2f".formatted(Long.parseLong(kind.substring(space + 1)) / (double) items));
        }
        return out.toString();
    }

    private static String lsn(long position) {
        return Long.toHexString(position >>> 32).toUpperCase() + "/" + Long.toHexString(position & 0xffffffffL)
                .toUpperCase();
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
