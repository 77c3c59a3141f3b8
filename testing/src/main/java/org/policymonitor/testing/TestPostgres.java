package org.policymonitor.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL server for the test JVM, and a fresh, uniquely named database on it for each caller, so a
 * test never sees another run's rows:
 * <ul>
 *   <li>{@code POLICY_TEST_JDBC_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) set: that server is used;</li>
 *   <li>embedded (default): PostgreSQL binaries from Maven Central (zonky), on a free port, in a temporary folder;</li>
 *   <li>containers: the {@code postgres} image of docker-compose.yml through Testcontainers.</li>
 * </ul>
 */
public final class TestPostgres {

    private static final Logger LOG = Logger.getLogger(TestPostgres.class);
    private static Server server;

    /** Where a fresh database lives and how to log in. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private record Server(String adminJdbcUrl, String username, String password) {
        String urlOf(String database) {
            int slash = adminJdbcUrl.lastIndexOf('/');
            int query = adminJdbcUrl.indexOf('?', slash);
            return adminJdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminJdbcUrl.substring(query));
        }
    }

    private TestPostgres() {
    }

    /** Creates a new empty database with a unique name and returns how to reach it. */
    public static synchronized Database freshDatabase() {
        if (server == null) {
            server = start();
        }
        String name = "pm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server.adminJdbcUrl(), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(server.urlOf(name), server.username(), server.password());
    }

    private static Server start() {
        String given = InfraMode.env("POLICY_TEST_JDBC_URL");
        if (given != null) {
            LOG.infof("tests use the PostgreSQL server at %s", given);
            return new Server(given, InfraMode.env("POLICY_TEST_JDBC_USERNAME"), InfraMode.env("POLICY_TEST_JDBC_PASSWORD"));
        }
        long began = System.nanoTime();
        Server started = InfraMode.current() == InfraMode.CONTAINERS ? startContainer() : startEmbedded();
        LOG.infof("test PostgreSQL up at %s in %d ms", started.adminJdbcUrl(), (System.nanoTime() - began) / 1_000_000);
        return started;
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception e) {
                    LOG.warn("could not stop the embedded PostgreSQL cleanly", e);
                }
            }, "test-postgres-stop"));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(InfraMode.image("postgres"));
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
