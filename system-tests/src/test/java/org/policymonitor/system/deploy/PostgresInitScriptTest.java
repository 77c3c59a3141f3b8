package org.policymonitor.system.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/postgres/init-databases.sh, which the postgres container of docker-compose runs on its first start,
 * run the same way (psql as the superuser, passwords from the environment) against a real PostgreSQL whose
 * service roles must log in with a password: each service gets its own database, which it owns and no other
 * service can enter.
 */
class PostgresInitScriptTest {

    /** Quotes, a backslash and '$' must reach PostgreSQL unchanged. */
    private static final String INGEST_PASSWORD = "in'gest\"pa$$ \\word";
    private static final String ALERT_PASSWORD = "alert-" + System.nanoTime();

    @TempDir
    static Path dataDirectory;
    private static EmbeddedPostgres postgres;
    private static Tool.Result initialisation;

    @BeforeAll
    static void initialise() throws IOException {
        Tool.require("psql", "Install the PostgreSQL client (apt-get install -y postgresql-client): the "
                + "postgres image runs the init script with psql, and so does this test.");
        Tool shell = Tool.require("sh", "A POSIX shell is needed to run the init script.");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("data"))
                // the superuser is trusted on this machine (as in the container during init); everybody else
                // must present a password
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                .start();
        initialisation = shell.run(Repository.root(), Map.of(
                        "POSTGRES_USER", "postgres",
                        "POSTGRES_DB", "postgres",
                        "PGHOST", "localhost",
                        "PGPORT", String.valueOf(postgres.getPort()),
                        "POLICY_INGEST_DB_PASSWORD", INGEST_PASSWORD,
                        "POLICY_ALERT_DB_PASSWORD", ALERT_PASSWORD),
                Repository.file("deploy/postgres/init-databases.sh").toString());
    }

    private static void writeHba(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), """
                    local all postgres trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128 trust
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
                user, password);
    }

    @Test
    void eachServiceOwnsItsDatabaseAndCanCreateItsSchema() throws SQLException {
        assertThat(initialisation.succeeded()).as("init script: %s", initialisation.describe()).isTrue();
        // what Flyway does at the service's first start
        try (Connection c = connect("policy_ingest", "policy_ingest", INGEST_PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.feed_state (id text PRIMARY KEY)");
            s.execute("INSERT INTO feed_state VALUES ('belta-en')");
        }
        try (Connection c = connect("policy_alert", "policy_alert", ALERT_PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.item (id text PRIMARY KEY)");
        }
    }

    @Test
    void aServiceCannotEnterTheOtherServicesDatabase() {
        assertThat(initialisation.succeeded()).as("init script: %s", initialisation.describe()).isTrue();
        assertThatThrownBy(() -> connect("policy_alert", "policy_ingest", INGEST_PASSWORD).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> connect("policy_ingest", "policy_alert", ALERT_PASSWORD).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(initialisation.succeeded()).as("init script: %s", initialisation.describe()).isTrue();
        assertThatThrownBy(() -> connect("policy_ingest", "policy_ingest", "not-the-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }
}
