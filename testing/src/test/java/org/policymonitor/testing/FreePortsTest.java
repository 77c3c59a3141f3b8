package org.policymonitor.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void aPortChosenFreeIsNeverOneTheKernelGivesToOutgoingConnections() throws IOException {
        // a port of the ephemeral range, chosen free but not bound yet, can become the local end of a Kafka or JDBC
        // client's loopback connection, and the test server it was chosen for then fails to start
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        String[] bounds = Files.exists(range) ? Files.readAllLines(range).get(0).trim().split("\\s+") : new String[] {"32768", "65535"};
        int low = Integer.parseInt(bounds[0]);
        int high = Integer.parseInt(bounds[1]);
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.pick();
            assertThat(port < low || port > high).as("port %d chosen free, in %d–%d", port, low, high).isTrue();
        }
    }
}
