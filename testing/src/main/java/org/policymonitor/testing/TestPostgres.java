package org.policymonitor.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the test JVM (one for all the Quarkus applications a test JVM starts, too:
 * {@link JvmWide}), and a fresh, uniquely named database on it for each caller, so a test never sees another run's
 * rows:
 * <ul>
 *   <li>{@code POLICY_TEST_JDBC_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) set: that server is used;</li>
 *   <li>embedded (default): PostgreSQL binaries from Maven Central (zonky), on a free port, in a temporary folder;</li>
 *   <li>containers: the {@code postgres} image of docker-compose.yml through Testcontainers.</li>
 * </ul>
 * The embedded server can be {@link #stopServer() stopped} and {@link #startServer() started} again on the same
 * port with the same data, so a test can play a real database outage.
 */
public final class TestPostgres {

    private static final Logger LOG = Logger.getLogger(TestPostgres.class);
    private static Server server;
    /** The embedded server while it runs; null when stopped or when another mode is in use. */
    private static volatile EmbeddedPostgres embedded;
    private static Path embeddedData;
    private static int embeddedPort;

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
        Class<?> jvmWide = JvmWide.owner(TestPostgres.class);
        if (jvmWide != null) {
            String[] fields = (String[]) JvmWide.call(jvmWide, "freshDatabaseFields");
            return new Database(fields[0], fields[1], fields[2]);
        }
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

    /** {@link #freshDatabase()} as JDK types, for another copy of this class ({@link JvmWide}). */
    private static String[] freshDatabaseFields() {
        Database db = freshDatabase();
        return new String[]{db.jdbcUrl(), db.username(), db.password()};
    }

    /** True when the JVM's copy of this class ({@link JvmWide}) ran the method, false when this is that copy. */
    private static boolean ranJvmWide(String method) {
        Class<?> jvmWide = JvmWide.owner(TestPostgres.class);
        if (jvmWide == null) {
            return false;
        }
        JvmWide.call(jvmWide, method);
        return true;
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
            // our own data folder, kept across a stop/start (zonky runs initdb only when it holds no cluster yet)
            embeddedData = Files.createTempDirectory("policy-test-pg");
            // our port, not zonky's: zonky chooses one and starts on it without a second try if it was taken meanwhile
            EmbeddedPostgres postgres = FreePorts.startOnFreePort("test PostgreSQL", FreePorts::pick, TestPostgres::startEmbeddedOn);
            embedded = postgres;
            embeddedPort = postgres.getPort();
            // no lock and no logging here: the JVM is exiting (the logging may already be shut down)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                EmbeddedPostgres running = embedded;
                if (running != null) {
                    try {
                        running.close();
                    } catch (Exception | Error e) {
                        // exiting anyway
                    }
                }
                deleteTree(embeddedData);
            }, "test-postgres-stop"));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startEmbeddedOn(int port) {
        try {
            return embeddedBuilder().setPort(port).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres.Builder embeddedBuilder() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(embeddedData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // ours stops it, then deletes the data folder (hooks run concurrently)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
        if (Boolean.getBoolean("bench.pg.statements")) {
            // a benchmark's statements, nested ones too (triggers, foreign-key checks): alert's DatabaseWork reads them
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all");
        }
        return embeddedPort == 0 ? builder : builder.setPort(embeddedPort);
    }

    /**
     * Stops the embedded server (a fast shutdown: open connections are cut, as when a database host goes away).
     * Every database of the server becomes unreachable until {@link #startServer()}.
     */
    public static synchronized void stopServer() {
        if (ranJvmWide("stopServer")) {
            return;
        }
        if (embedded == null) {
            if (server != null && embeddedData == null) {
                throw new UnsupportedOperationException("only the embedded PostgreSQL can be stopped by a test");
            }
            return;
        }
        try {
            embedded.close();
            LOG.info("test PostgreSQL stopped");
        } catch (IOException e) {
            throw new IllegalStateException("could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        } finally {
            embedded = null;
        }
    }

    /**
     * Starts the embedded server again on the same port with the same data (a no-op while it runs). The same port on
     * purpose, the one race of the test servers left: the services under test hold the server's address in their
     * configuration, as real clients of a database host that restarts do; another port would not be that outage. The
     * port is free only while a test has the server stopped (seconds, its outage); a port cannot be held for it
     * meanwhile (a socket bound without listening would keep others off, but not after the server's connections
     * leave it in TIME_WAIT), so another process taking it then fails the restart loudly ("could not restart").
     */
    public static synchronized void startServer() {
        if (ranJvmWide("startServer")) {
            return;
        }
        if (embedded != null || embeddedData == null) {
            return;
        }
        try {
            embedded = embeddedBuilder().start();
            LOG.infof("test PostgreSQL started again on port %d", embeddedPort);
        } catch (IOException e) {
            throw new IllegalStateException("could not restart the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Freezes the embedded server without closing anything: SIGSTOP to the postmaster and every backend, as a paused
     * VM, a swapped-out host or a network black hole would. Connections stay open and new ones are accepted into the
     * kernel's backlog, but no byte is answered until {@link #thawServer()}: the fault that hangs every client
     * without a deadline, which a stopped server (connection refused) does not show.
     */
    public static synchronized void freezeServer() {
        if (ranJvmWide("freezeServer")) {
            return;
        }
        signalServer("STOP");
        LOG.info("test PostgreSQL frozen (SIGSTOP)");
    }

    /** Lets a {@link #freezeServer() frozen} server run again (SIGCONT); a no-op on a server that runs. */
    public static synchronized void thawServer() {
        if (ranJvmWide("thawServer")) {
            return;
        }
        signalServer("CONT");
        LOG.info("test PostgreSQL thawed (SIGCONT)");
    }

    private static void signalServer(String signal) {
        if (embedded == null) {
            throw new UnsupportedOperationException("only a running embedded PostgreSQL can be frozen by a test");
        }
        try {
            long postmaster = Long.parseLong(Files.readAllLines(embeddedData.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle root = ProcessHandle.of(postmaster)
                    .orElseThrow(() -> new IllegalStateException("no postmaster process " + postmaster));
            // the children first on SIGSTOP, so that the postmaster cannot start a backend after we listed them
            List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
            root.descendants().forEach(p -> command.add(Long.toString(p.pid())));
            command.add(Long.toString(postmaster));
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes());
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not signal the embedded PostgreSQL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling the embedded PostgreSQL", e);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", root, e.getMessage());
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(InfraMode.image("postgres"));
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
