package org.policymonitor.platform.retry;

import org.junit.jupiter.api.Test;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PostgreSQL cuts the connection in the middle of a JDBC batch — what a consumer sees when the database goes
 * away while it stores. The driver must report that as the SQL failure it is in production, so that
 * {@link RetryingExecutor} waits and stores the batch again: with JVM assertions on for pgjdbc (surefire's default
 * {@code -ea}), its {@code BatchResultHandler} throws {@code AssertionError} instead, which no consumer catches. The
 * build runs the driver with its assertions off ({@code -da:org.postgresql...} in the parent pom), as production does.
 */
class ConnectionCutMidBatchTest {

    @Test
    void aBatchWhoseConnectionIsCutIsWaitedForAndStoredAgain() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stored (id int PRIMARY KEY)");
        }
        List<Duration> pauses = new ArrayList<>();
        RetryingExecutor retrying = new RetryingExecutor(
                new Backoff(Duration.ofMillis(200), Duration.ofMillis(800), () -> 0.5), new ConsumerWaits(),
                pauses::add);
        AtomicInteger attempts = new AtomicInteger();

        int stored = retrying.storing("classified", "storing 2 items", () -> {
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.addBatch("INSERT INTO stored VALUES (1)");
                if (attempts.incrementAndGet() == 1) {
                    // the server ends this session between two statements of the batch, as a shutdown or a crash does
                    s.addBatch("DO $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); END $$");
                }
                s.addBatch("INSERT INTO stored VALUES (2)");
                int rows = s.executeBatch().length;
                c.commit();
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("storing failed", e);
            }
        });

        assertThat(stored).isEqualTo(2);
        assertThat(attempts).hasValue(2);
        assertThat(pauses).hasSize(1);
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM stored")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }

    private static Connection connect(TestPostgres.Database db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
