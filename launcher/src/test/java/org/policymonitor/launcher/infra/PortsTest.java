package org.policymonitor.launcher.infra;

import org.junit.jupiter.api.Test;
import org.policymonitor.testing.EphemeralPorts;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void freePortsHandedOutBeforeAnyoneBindsThemAreAllDifferent() {
        // the services of a test stack get their ports before any of them binds: a port given twice makes one
        // service fail to start and the other answer the first one's health checks
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.free();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
            assertThat(Ports.isFree(port)).isTrue();
        }
    }

    @Test
    void aPortChosenFreeIsNeverOneTheKernelGivesToOutgoingConnections() {
        // Kafka's and PostgreSQL's clients open loopback connections all the time; a port of the ephemeral range, chosen
        // free but not bound yet, can become the local end of one of them, and the server it was chosen for then cannot
        // bind it (LauncherTest failed so in CI: "Could not start mail server smtp:127.0.0.1:40607"). The range as the
        // testing module reads it, for tests of every chooser: the launcher's own reading is what is under test here
        EphemeralPorts range = EphemeralPorts.current();
        for (int i = 0; i < 200; i++) {
            int port = Ports.free();
            assertThat(range.contains(port)).as("port %d chosen free, in %s", port, range).isFalse();
        }
    }
}
