package org.policymonitor.alert.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database did for a benchmark's slice of items, in figures that do not move with the machine's load: buffer
 * accesses (shared buffers hit or read) per item, the autovacuum and autoanalyze runs of the storing path's tables,
 * and — when the server loads pg_stat_statements ({@code -Dbench.pg.statements=true}, see {@code TestPostgres}) — the
 * statements that took the most time, nested ones (triggers, foreign-key checks) included, with their calls and
 * buffer accesses per item. Wall-clock times per item on a shared 2-core machine swing by a factor of two with other
 * builds; a statement whose plan goes wrong as a table grows shows up here as buffers per item that grow with it.
 */
final class DatabaseWork {

    static final boolean STATEMENTS = Boolean.getBoolean("bench.pg.statements");

    private static final String TABLES = "'item', 'story', 'story_member', 'story_key', 'item_act'";

    private final DataSource dataSource;
    private long blocks;
    private long maintenance;
    private long inserted;
    private long wal;

    DatabaseWork(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (STATEMENTS) {
                st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                st.execute("SELECT pg_stat_statements_reset()");
            }
            blocks = blocks(st);
            maintenance = maintenance(st);
            inserted = inserted(st);
            wal = wal(st);
        } catch (SQLException e) {
            throw new IllegalStateException("database statistics not readable: " + e.getMessage(), e);
        }
    }

    /** The slice since the last call, as lines to print; starts the next slice. */
    List<String> slice(long items) {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long b = blocks(st);
            long m = maintenance(st);
            lines.add(String.format("database: %.0f buffer accesses per item, %d autovacuum/autoanalyze runs of the"
                    + " storing tables", (b - blocks) / (double) Math.max(1, items), m - maintenance));
            blocks = b;
            maintenance = m;
            long i = inserted(st);
            long w = wal(st);
            // rows and WAL written: what a new index entry per item costs, whatever the machine's load
            lines.add(String.format("database: %.1f rows inserted and %.0f bytes of WAL per item", (i - inserted)
                    / (double) Math.max(1, items), (w - wal) / (double) Math.max(1, items)));
            inserted = i;
            wal = w;
            if (STATEMENTS) {
                try (ResultSet rs = st.executeQuery("""
                        SELECT calls, total_exec_time, shared_blks_hit + shared_blks_read,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 90)
                        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                        ORDER BY total_exec_time DESC LIMIT 8""")) {
                    while (rs.next()) {
                        lines.add(String.format("  %6.2f calls, %6.3f ms, %6.0f buffers per item: %s",
                                rs.getLong(1) / (double) items, rs.getDouble(2) / items, rs.getLong(3) / (double) items,
                                rs.getString(4)));
                    }
                }
                st.execute("SELECT pg_stat_statements_reset()");
            }
        } catch (SQLException e) {
            lines.add("database statistics not readable: " + e.getMessage());
        }
        return lines;
    }

    private static long blocks(Statement st) throws SQLException {
        // the backends report their counts at the end of a transaction (at most once a second): a slice is long enough
        try (ResultSet rs = st.executeQuery("SELECT blks_hit + blks_read FROM pg_stat_database"
                + " WHERE datname = current_database()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Rows inserted into the storing path's tables (the statistics collector's counts, as for {@link #blocks}). */
    private static long inserted(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables"
                + " WHERE relname IN (" + TABLES + ")")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The WAL's position in bytes: all the server wrote to it (the benchmark is its only writer). */
    private static long wal(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long maintenance(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0)"
                + " FROM pg_stat_user_tables WHERE relname IN (" + TABLES + ")")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
