package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's PostgreSQL is the major version the deployments run, and says so when a data folder is older. */
class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void runsTheMajorVersionOfTheDeployments() throws Exception {
        // PostgreSQL is told its port before it binds it: one chosen free again when another process took it meanwhile
        try (LocalPostgres postgres = PortRetry.start("PostgreSQL", new int[] {Ports.free()},
                ports -> LocalPostgres.start(dataDir.resolve("postgres"), ports[0], dataDir.resolve("pg.log")));
             Connection c = postgres.connect("postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(17);
        }
        assertThat(Files.readString(dataDir.resolve("postgres/PG_VERSION")).trim()).isEqualTo("17");
    }

    @Test
    void aDataFolderOfAnotherMajorVersionIsRefusedWithWhatToDo() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        // what a launcher of PostgreSQL 14 left behind (the rest of the cluster does not matter: it is never read)
        Files.writeString(pgData.resolve("PG_VERSION"), "14\n", StandardCharsets.UTF_8);
        int port = Ports.free();

        assertThatThrownBy(() -> LocalPostgres.start(pgData, port, dataDir.resolve("pg.log")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL 14")
                .hasMessageContaining("PostgreSQL 17")
                .hasMessageContaining(pgData.toString())
                .hasMessageContaining("delete");
        assertThat(Ports.isFree(port)).isTrue();
        assertThat(Files.readString(pgData.resolve("PG_VERSION")).trim()).isEqualTo("14"); // nothing overwritten
    }
}
