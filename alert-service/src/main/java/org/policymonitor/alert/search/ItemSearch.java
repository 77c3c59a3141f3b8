package org.policymonitor.alert.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs item searches in plain JDBC: the filters map to SQL (with a generated tsvector for full text) that JPQL
 * cannot express, and exports stream rows through a server-side cursor instead of loading them all.
 */
@ApplicationScoped
public class ItemSearch {

    /** Stops a pathological query from holding a connection (seconds). */
    static final int QUERY_TIMEOUT_SECONDS = 15;
    private static final int EXPORT_FETCH_SIZE = 500;

    /** One page and how many items match in all. */
    public record Page(long total, int page, int size, List<ItemRow> items) {
    }

    /** Receives exported rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(ItemRow row) throws IOException;
    }

    @Inject
    AgroalDataSource dataSource;

    public Page page(ItemFilter filter, String sort, int page, int size) {
        SqlFragment where = ItemQuery.where(filter);
        SqlFragment order = ItemQuery.orderBy(sort, filter);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = where.prepare(c, "SELECT count(*) FROM item i" + where.sql(), List.of())) {
                ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> extra = new ArrayList<>(order.params());
            extra.add(size);
            extra.add((long) page * size);
            List<ItemRow> rows = new ArrayList<>();
            try (PreparedStatement ps = where.prepare(c, "SELECT " + ItemRow.COLUMNS + " FROM item i" + where.sql()
                    + order.sql() + " LIMIT ? OFFSET ?", extra)) {
                ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(ItemRow.read(rs));
                    }
                }
            }
            return new Page(total, page, size, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("item search failed: " + e.getMessage(), e);
        }
    }

    /** Streams every matching item, in order, through a cursor (constant memory whatever the result size). */
    public void stream(ItemFilter filter, String sort, RowSink sink) throws IOException {
        SqlFragment where = ItemQuery.where(filter);
        SqlFragment order = ItemQuery.orderBy(sort, filter);
        try (Connection c = dataSource.getConnection(); ReadTransaction ignored = ReadTransaction.begin(c);
             PreparedStatement ps = where.prepare(c, "SELECT " + ItemRow.COLUMNS + " FROM item i" + where.sql()
                     + order.sql(), order.params())) {
            ps.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(ItemRow.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("item export failed: " + e.getMessage(), e);
        }
    }

    /**
     * The transaction a cursor needs (the PostgreSQL driver fetches in batches only inside one), rolled back when the
     * export ends. Closed as a resource so that a failing rollback — the connection is gone — is added to the failure
     * that ended the export, not put in its place ("This connection has been closed" hid why).
     */
    private record ReadTransaction(Connection connection, boolean autoCommit) implements AutoCloseable {

        static ReadTransaction begin(Connection connection) throws SQLException {
            ReadTransaction transaction = new ReadTransaction(connection, connection.getAutoCommit());
            connection.setAutoCommit(false);
            return transaction;
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Counts by theme, source, day (of publication, else of fetching, UTC) and review status. */
    public Map<String, Object> stats(ItemFilter filter) {
        SqlFragment where = ItemQuery.where(filter);
        Map<String, Object> stats = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            stats.put("total", single(c, where, "SELECT count(*) FROM item i" + where.sql()));
            stats.put("tagged", single(c, where, "SELECT count(*) FROM item i" + where.sql() + " AND cardinality(i.themes) > 0"));
            stats.put("byTheme", counts(c, where, "SELECT t AS key, NULL AS label, count(*) AS n FROM item i CROSS JOIN LATERAL unnest(i.themes) t"
                    + where.sql() + " GROUP BY t ORDER BY n DESC, t", "theme"));
            stats.put("bySource", counts(c, where, "SELECT i.source_id AS key, max(i.source_name) AS label, count(*) AS n FROM item i"
                    + where.sql() + " GROUP BY i.source_id ORDER BY n DESC, i.source_id", "source"));
            stats.put("byDay", counts(c, where, "SELECT to_char((coalesce(i.published_at, i.fetched_at) AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS key,"
                    + " NULL AS label, count(*) AS n FROM item i" + where.sql() + " GROUP BY 1 ORDER BY 1", "day"));
            stats.put("byReviewStatus", counts(c, where, "SELECT i.review_status AS key, NULL AS label, count(*) AS n FROM item i"
                    + where.sql() + " GROUP BY i.review_status ORDER BY n DESC", "status"));
            return stats;
        } catch (SQLException e) {
            throw new IllegalStateException("item stats failed: " + e.getMessage(), e);
        }
    }

    private static long single(Connection c, SqlFragment where, String sql) throws SQLException {
        try (PreparedStatement ps = where.prepare(c, sql, List.of())) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Map<String, Object>> counts(Connection c, SqlFragment where, String sql, String keyName)
            throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (PreparedStatement ps = where.prepare(c, sql, List.of())) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put(keyName, rs.getString("key"));
                    if (rs.getString("label") != null) {
                        row.put("name", rs.getString("label"));
                    }
                    row.put("count", rs.getLong("n"));
                    result.add(row);
                }
            }
        }
        return result;
    }
}
