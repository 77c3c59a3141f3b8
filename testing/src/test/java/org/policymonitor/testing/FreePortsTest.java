package org.policymonitor.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void aPortChosenFreeIsNeverOneTheKernelGivesToOutgoingConnections() {
        // a port of the ephemeral range, chosen free but not bound yet, can become the local end of a Kafka or JDBC
        // client's loopback connection, and the test server it was chosen for then fails to start
        EphemeralPorts range = EphemeralPorts.current();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.pick();
            assertThat(range.contains(port)).as("port %d chosen free, in %s", port, range).isFalse();
        }
    }
}
