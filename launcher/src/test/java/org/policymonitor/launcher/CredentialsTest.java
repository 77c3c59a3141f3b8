package org.policymonitor.launcher;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void passwordsAreGeneratedOnceKeptOwnerOnlyAndReused() throws Exception {
        Credentials first = Credentials.loadOrCreate(dataDir);
        assertThat(first.adminPassword()).hasSize(20).isNotEqualTo(first.analystPassword());
        Path file = dataDir.resolve(Credentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Credentials again = Credentials.loadOrCreate(dataDir);
        assertThat(again.adminPassword()).isEqualTo(first.adminPassword());
        assertThat(again.analystPassword()).isEqualTo(first.analystPassword());
    }

    @Test
    void aFileMadeReadableByOthersIsRestrictedAgain() throws Exception {
        Credentials.loadOrCreate(dataDir);
        Path file = dataDir.resolve(Credentials.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Credentials.loadOrCreate(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theServicesGetBcryptHashesOfThePasswordsAndTheRoles() {
        Credentials c = Credentials.loadOrCreate(dataDir);
        Map<String, String> config = c.serviceConfig();
        assertThat(config).containsEntry("policy.auth.users.admin.roles", "admin,analyst")
                .containsEntry("policy.auth.users.analyst.roles", "analyst");
        String adminHash = config.get("policy.auth.users.admin.password-hash");
        assertThat(adminHash).startsWith("$2").doesNotContain(c.adminPassword());
        assertThat(BcryptUtil.matches(c.adminPassword(), adminHash)).isTrue();
        assertThat(BcryptUtil.matches(c.analystPassword(), adminHash)).isFalse();
        assertThat(BcryptUtil.matches(c.analystPassword(), config.get("policy.auth.users.analyst.password-hash"))).isTrue();
    }
}
