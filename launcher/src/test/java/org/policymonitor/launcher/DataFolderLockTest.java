package org.policymonitor.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFolderLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLauncherOnTheSameFolderIsRefusedWithThePidOfTheFirst() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> DataFolderLock.acquire(dataDir))
                    .hasMessageContaining("another Policy Monitor launcher (pid " + other.pid() + ")")
                    .hasMessageContaining("--data");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        // the lock went with the process: this JVM gets it, and taking it again here is harmless
        try (DataFolderLock mine = DataFolderLock.acquire(dataDir); DataFolderLock again = DataFolderLock.acquire(dataDir)) {
            assertThat(mine).isNotNull();
            assertThat(again).isNotNull();
        }
    }
}
