package org.policymonitor.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code ip_local_port_range} says, and the range assumed where it says nothing usable. */
class EphemeralPortsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "''{0}'' -> {1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "32768\t60999 | 32768 | 60999",   // Linux's default, as the kernel writes it (a tab between)
            "  40000   50000  | 40000 | 50000",
            "1024 65535 | 1024 | 65535",      // a wide range is what the kernel says: the chooser decides what to do
            "50000 40000 | 32768 | 65535",    // not a range
            "0 70000 | 32768 | 65535",        // not ports
            "32768 | 32768 | 65535",          // one bound only
            "ports | 32768 | 65535",
            "'' | 32768 | 65535"})
    void theKernelsWordsOrTheDefault(String content, int low, int high) throws IOException {
        Path file = Files.writeString(dir.resolve("ip_local_port_range"), content + "\n");

        assertThat(EphemeralPorts.of(file)).isEqualTo(new EphemeralPorts(low, high));
    }

    @ParameterizedTest
    @CsvSource({"32767, false", "32768, true", "60999, true", "61000, false"})
    void containsItsBounds(int port, boolean contained) {
        assertThat(new EphemeralPorts(32_768, 60_999).contains(port)).isEqualTo(contained);
    }

    @Test
    void aSystemWithoutTheFileHasTheDefault() {
        assertThat(EphemeralPorts.of(dir.resolve("missing"))).isEqualTo(EphemeralPorts.DEFAULT);
    }
}
