package org.policymonitor.alert.support;

import org.flywaydb.core.Flyway;
import org.policymonitor.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the tests that show a statement's cost does not grow with a table (a plan kept from the empty table): a fresh,
 * migrated database of its own — no statistics gathered, as in a new deployment's first minutes — and the rows a
 * transaction has read so far, counted by the backend itself.
 */
public final class PlanCost {

    private PlanCost() {
    }

    /** A connection to a new database with alert-service's schema. */
    public static Connection freshSchema() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                .load().migrate();
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    /** This transaction's sequential reads of the table so far. */
    public static long rowsScanned(Statement st, String table) throws SQLException {
        return count(st, "coalesce(seq_tup_read, 0)", table);
    }

    /** This transaction's reads of the table so far, by sequential scan or fetched through an index. */
    public static long rowsRead(Statement st, String table) throws SQLException {
        return count(st, "coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)", table);
    }

    private static long count(Statement st, String expression, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT " + expression + " FROM pg_stat_xact_user_tables WHERE relname = '"
                + table + "'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
